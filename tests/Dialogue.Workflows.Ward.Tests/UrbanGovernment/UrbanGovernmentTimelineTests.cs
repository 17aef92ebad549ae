using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Ward.UrbanGovernment;
using NodaTime;

namespace Dialogue.Workflows.Ward.Tests.UrbanGovernment;

/// <summary>
/// The urban-government timeline through the engine. The plan sets no deadline, so its dates are the
/// sessions' own (II.3), and the calendar shows only in the lint: a session on a day off of Tết,
/// 30/4–1/5 or 2/9 is reported, a make-up Saturday is not.
/// </summary>
public sealed class UrbanGovernmentTimelineTests
{
    private static readonly PlanTypeHarness Ward = new(new UrbanGovernmentPlanType(), new LocalDate(2024, 3, 1));

    /// <summary>Each session's tasks before it, in the document's order.</summary>
    private static readonly string[] BeforeTasks =
    [
        "office-situation-report", "office-invitations", "office-logistics", "radio-announcement", "culture-slogans", "finance-funding",
        "front-concerns",
    ];

    /// <summary>Each session's tasks at it, in the document's order.</summary>
    private static readonly string[] AtTasks = ["police-security", "front-explain-at"];

    /// <summary>Each session's tasks after it, in the document's order.</summary>
    private static readonly string[] AfterTasks =
    [
        "office-report", "office-follow-up", "specialists-answers", "culture-news", "finance-settlement", "front-explain-after",
    ];

    private static IReadOnlyList<TimelineEntry> Timeline(params (string Key, string Value)[] parameters) =>
        Ward.Engine.Timeline(Ward.Preview(parameters));

    private static IReadOnlyList<PlanWarning> Lint(params (string Key, string Value)[] parameters) =>
        Ward.Engine.Lint(Ward.Preview(parameters));

    [Fact]
    public void Timeline_DocumentsMonths_IsTheWholeOrderedSequence()
    {
        // First the plan-wide step of drawing up the plan itself (no date, before everything). Then each session with its steps
        // around it, June's first, then November's: its tasks before it, the session, its tasks at it, its tasks after it, each
        // phase in the document's order (no task has a date).
        var timeline = Timeline();

        Assert.Equal(
        [
            "office-plan",
            .. BeforeTasks.Select(k => $"{k}@session-1"), "session-1", .. AtTasks.Select(k => $"{k}@session-1"),
            .. AfterTasks.Select(k => $"{k}@session-1"),
            .. BeforeTasks.Select(k => $"{k}@session-2"), "session-2", .. AtTasks.Select(k => $"{k}@session-2"),
            .. AfterTasks.Select(k => $"{k}@session-2"),
        ], timeline.Select(l => l.Id));
    }

    [Fact]
    public void Timeline_DocumentsMonths_SessionsArePendingOverTheirMonthsAndNoTaskHasADate()
    {
        var timeline = Timeline();

        var june = timeline.Single(l => l.Id == "session-1");
        var november = timeline.Single(l => l.Id == "session-2");
        Assert.Equal((null, new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 30), "Planned"), (june.Due, june.DueEarliest, june.DueLatest, june.Status));
        Assert.Equal((new LocalDate(2024, 11, 1), new LocalDate(2024, 11, 30)), (november.DueEarliest, november.DueLatest));
        Assert.All(timeline.Where(l => l.Kind == EntityKind.Task), l => Assert.Equal((null, null, null), (l.Due, l.DueEarliest, l.DueLatest)));
        Assert.Equal("Đài Truyền thanh phường", timeline.Single(l => l.Id == "radio-announcement@session-1").Owner);
    }

    [Fact]
    public void Timeline_DocumentsMonths_MatchesTheSnapshot() =>
        TimelineSnapshot.Match(Timeline(), "UrbanGovernmentTimelineTests.Timeline_DocumentsMonths_MatchesTheSnapshot.snap",
            "tests", "Dialogue.Workflows.Ward.Tests", "UrbanGovernment");

    [Fact]
    public void Timeline_ExactDates_AreTheSessionsDates()
    {
        var timeline = Timeline(("session", "2024-06-20"), ("session", "2024-11-15"));

        Assert.Equal(new LocalDate(2024, 6, 20), timeline.Single(l => l.Id == "session-1").Due);
        Assert.Equal(new LocalDate(2024, 11, 15), timeline.Single(l => l.Id == "session-2").Due);
        Assert.Equal("Scheduled", timeline.Single(l => l.Id == "session-2").Status);
    }

    [Fact]
    public void Lint_DocumentsMonths_FindNothing() => Assert.Empty(Lint());

    [Fact]
    public void Lint_SessionsOnTheReunificationDayAndTheNationalDayBridge_AreReported()
    {
        // 2024: Tue 30/04 is Ngày Chiến thắng; Tue 03/09 is the day off after Quốc khánh (Mon 2/9 and Tue 3/9, TB 5014/TB-LĐTBXH).
        var warnings = Lint(("session", "2024-04-30"), ("session", "2024-09-03"));

        Assert.Equal([("session.on-day-off", "session-1"), ("session.on-day-off", "session-2")], warnings.Select(w => (w.Code, w.Subject)));
        Assert.Equal([new LocalDate(2024, 4, 30), new LocalDate(2024, 9, 3)], warnings.Select(w => w.Date));
    }

    [Fact]
    public void Lint_SessionOnTheMakeUpSaturdayOf4May2024_IsAWorkingDay()
    {
        // CV 2450/VPCP-KGVX: Mon 29/04/2024 was swapped with Sat 04/05/2024, which became a working day; Mon 29/04 is off.
        Assert.Empty(Lint(("session", "2024-05-04"), ("session", "2024-11-15")));
        Assert.Equal("session-1", Assert.Single(Lint(("session", "2024-04-29"), ("session", "2024-11-15"))).Subject);
    }

    [Fact]
    public void Lint_SessionOnTet2025_IsReported()
    {
        // Tết 2025: Wed 29/01/2025 is mùng 1 Tết, inside the 27–31/01 weekday days off (TB 6150/TB-BLĐTBXH); Mon 03/02 is a working day again.
        // The second session stays before 01/07/2025, when the pilot's structure ended (a later one would add plan.law-not-in-force).
        var warning = Assert.Single(Lint(("year", "2025"), ("session", "2025-01-29"), ("session", "2025-06-13")));

        Assert.Equal(("session.on-day-off", "session-1", new LocalDate(2025, 1, 29)), (warning.Code, warning.Subject, warning.Date));
        Assert.Empty(Lint(("year", "2025"), ("session", "2025-02-03"), ("session", "2025-06-13")));
    }
}
