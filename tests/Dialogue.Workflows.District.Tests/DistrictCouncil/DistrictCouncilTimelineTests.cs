using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using NodaTime;
using static Dialogue.Workflows.District.Tests.DistrictCouncil.DistrictCouncilFixture;

namespace Dialogue.Workflows.District.Tests.DistrictCouncil;

/// <summary>
/// The computed timeline, through the engine, on the document's own periods (Quý II and Quý III of
/// 2024, II.2) and on dates that cross Tết, 30/4–1/5 and 2/9. The document fixes no number of days
/// for any step, so the only dated steps are the session's own (III.2), due on its day.
/// </summary>
public sealed class DistrictCouncilTimelineTests
{
    private static readonly LocalDate January2024 = new(2024, 1, 15);

    private static readonly string[] SessionSteps =
        ["commune-petitions", "invitations", "time-and-venue", "classify-petitions", "prepare-content", "opening-report",
         "conclusion-notice", "assign-unanswered", "resolve-petitions", "follow-up", "results-report", "dossier", "front-supervision"];

    [Fact]
    public void Timeline_DocumentPeriods_ListsEveryStepInOrder_II2_III()
    {
        var fixture = new DistrictCouncilFixture(January2024);

        var timeline = fixture.Engine.Timeline(fixture.Preview());

        // First the plan-wide preparation, which has no date (propaganda, the agencies' and the communes' own plans, IV). Then each
        // session with its steps around it, Quý II (from 01/04) then Quý III (from 01/07): its six undated steps before it in the
        // plan's order, the session, its two steps at it (pending from the quarter's first day), its seven undated steps after it.
        // Last the plan-wide step done at the Party secretary's dialogues, which has no date either.
        Assert.Equal(
        [
            "propaganda", "agency-implementation-plans", "commune-implementation-plans",
            .. SessionSteps.Take(6).Select(s => $"{s}@q2"), "q2", "answer-at-session@q2", "conclude-session@q2",
            .. SessionSteps.Skip(6).Select(s => $"{s}@q2"),
            .. SessionSteps.Take(6).Select(s => $"{s}@q3"), "q3", "answer-at-session@q3", "conclude-session@q3",
            .. SessionSteps.Skip(6).Select(s => $"{s}@q3"),
            "attend-secretary-dialogues",
        ], timeline.Select(l => l.Id));
    }

    [Fact]
    public void Timeline_DocumentPeriods_SessionStepsArePendingAcrossTheirQuarter_II2()
    {
        var fixture = new DistrictCouncilFixture(January2024);

        var timeline = fixture.Engine.Timeline(fixture.Preview()).ToDictionary(l => l.Id);

        // Quý II/2024: 01/04 (Monday) to 30/06 (Sunday). A step on the session's day is due that day, or on the next
        // working day when the session falls on a day off, so the latest is Monday 01/07.
        Assert.Equal((null, new LocalDate(2024, 4, 1), new LocalDate(2024, 6, 30)), Dates(timeline["q2"]));
        Assert.Equal((null, new LocalDate(2024, 4, 1), new LocalDate(2024, 7, 1)), Dates(timeline["answer-at-session@q2"]));
        Assert.Equal((null, new LocalDate(2024, 4, 1), new LocalDate(2024, 7, 1)), Dates(timeline["conclude-session@q2"]));
        // Quý III/2024: 01/07 (Monday) to 30/09 (Monday), both working days.
        Assert.Equal((null, new LocalDate(2024, 7, 1), new LocalDate(2024, 9, 30)), Dates(timeline["q3"]));
        Assert.Equal((null, new LocalDate(2024, 7, 1), new LocalDate(2024, 9, 30)), Dates(timeline["conclude-session@q3"]));
        Assert.Equal("Planned", timeline["q2"].Status);
    }

    [Fact]
    public void Timeline_DocumentPeriods_StepsWithoutADeadlineInTheDocumentHaveNoDate_III1_III3()
    {
        var fixture = new DistrictCouncilFixture(January2024);
        var plan = fixture.Preview();

        var undated = fixture.Engine.Timeline(plan).Where(l => l.Kind == EntityKind.Task && l.Phase != Plans.TaskPhase.At).ToList();

        Assert.Equal(2 * SessionSteps.Length + 3, undated.Count);
        Assert.All(undated, l => Assert.Equal((null, null, null), Dates(l)));
        Assert.Null(fixture.Engine.Explain(plan, "conclusion-notice@q2"));
        Assert.Null(fixture.Engine.Explain(plan, "front-supervision@q3"));
    }

    [Fact]
    public void Timeline_DocumentPeriods_MatchesSnapshot()
    {
        var fixture = new DistrictCouncilFixture(January2024);

        var timeline = fixture.Engine.Timeline(fixture.Preview());

        TimelineSnapshot.Match(timeline, $"{nameof(DistrictCouncilTimelineTests)}.{nameof(Timeline_DocumentPeriods_MatchesSnapshot)}.snap",
            "tests", "Dialogue.Workflows.District.Tests", "DistrictCouncil");
    }

    [Fact]
    public void Lint_DocumentPeriods_HasNothingToReport()
    {
        // The document fixes no date of its own (its number and day are blank), so it has no slip to report.
        var fixture = new DistrictCouncilFixture(January2024);

        Assert.Empty(fixture.Engine.Lint(fixture.Preview()));
    }

    [Fact]
    public void Timeline_Q2SessionOnVictoryDay2024_StepsMoveToThursday2May_AndLintFlagsTheSession()
    {
        var fixture = new DistrictCouncilFixture(January2024);

        var plan = fixture.Preview(("session", "2024-04-30"), ("session", "2024-Q3"));

        // 30/4 (Tuesday) and 1/5 (Wednesday) are holidays; Thursday 2/5/2024 is the next working day.
        var answer = fixture.Engine.Explain(plan, "answer-at-session@q2")!;
        Assert.Equal(new LocalDate(2024, 5, 2), answer.Due);
        Assert.Equal([new LocalDate(2024, 4, 30), new LocalDate(2024, 5, 1)], answer.Explanation.SkippedDays.Select(d => d.Date));
        Assert.Contains("tại hội nghị", answer.Explanation.RuleDescription, StringComparison.Ordinal);
        var warning = Assert.Single(fixture.Engine.Lint(plan));
        Assert.Equal(("session.on-day-off", "q2", new LocalDate(2024, 4, 30)), (warning.Code, warning.Subject, warning.Date));
        Assert.Contains("Ngày Chiến thắng (30/4)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_Q2SessionOnTheMakeUpSaturday4May2024_IsAWorkingDay()
    {
        var fixture = new DistrictCouncilFixture(January2024);

        var plan = fixture.Preview(("session", "2024-05-04"), ("session", "2024-Q3"));

        // Saturday 4/5/2024 was worked to make up for Monday 29/4 (CV 2450/VPCP-KGVX): the steps are due that very day.
        Assert.Equal(new LocalDate(2024, 5, 4), fixture.Engine.Explain(plan, "conclude-session@q2")!.Due);
        Assert.Empty(fixture.Engine.Lint(plan));
    }

    [Fact]
    public void Timeline_Q3SessionOnNationalDay2024_StepsMoveToWednesday4September()
    {
        var fixture = new DistrictCouncilFixture(January2024);

        var plan = fixture.Preview(("session", "2024-Q2"), ("session", "2024-09-02"));

        // 2/9 (Monday) and the adjacent 3/9 (Tuesday) are off in 2024 (TB 5014/TB-LĐTBXH): due Wednesday 4/9.
        var timeline = fixture.Engine.Timeline(plan).ToDictionary(l => l.Id);
        Assert.Equal(new LocalDate(2024, 9, 4), timeline["answer-at-session@q3"].Due);
        Assert.Equal(new LocalDate(2024, 9, 2), timeline["q3"].Due);
        Assert.Equal("Scheduled", timeline["q3"].Status);
        var warning = Assert.Single(fixture.Engine.Lint(plan));
        Assert.Equal("q3", warning.Subject);
        Assert.Contains("Quốc khánh (2/9)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_Q3SessionOnTheSaturdayBeforeNationalDay2024_SkipsTheWholeBreak()
    {
        var fixture = new DistrictCouncilFixture(January2024);

        var plan = fixture.Preview(("session", "2024-Q2"), ("session", "2024-08-31"));

        // Saturday 31/8, Sunday 1/9, 2/9 and 3/9 are all off: the first working day is Wednesday 4/9.
        var conclude = fixture.Engine.Explain(plan, "conclude-session@q3")!;
        Assert.Equal(new LocalDate(2024, 9, 4), conclude.Due);
        Assert.Equal(4, conclude.Explanation.SkippedDays.Count);
        Assert.Equal("session.on-day-off", Assert.Single(fixture.Engine.Lint(plan)).Code);
    }

    [Fact]
    public async Task AddAdHocSession_DuringTet2024_GetsEveryStepAndItsDayIsFlagged_II2()
    {
        var fixture = new DistrictCouncilFixture(January2024);
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });

        var plan = await fixture.RunAsync(new AddAdHocSession
        {
            By = Chairman, Title = "Đối thoại đột xuất về sạt lở đất", Date = new LocalDate(2024, 2, 13), Scope = ["Xã An Lạc"],
            Topic = "Sạt lở đất sau mưa lớn",
        });

        var session = plan.Session("adhoc-1");
        Assert.True(session.IsAdHoc);
        Assert.Equal(["Xã An Lạc"], session.Scope);
        // Every step of a planned session, in the plan's order: six before, two at, seven after.
        Assert.Equal(
            [.. SessionSteps.Take(6), "answer-at-session", "conclude-session", .. SessionSteps.Skip(6)],
            plan.Tasks.Where(t => t.Session == "adhoc-1").Select(t => t.Definition.Key));
        // Tết 2024: 8–14/2 off; 13/2 and 14/2 are compensatory days for mùng 1 and mùng 2 (a Saturday and a Sunday). Due Thursday 15/2.
        Assert.Equal(new LocalDate(2024, 2, 15), plan.Task("answer-at-session@adhoc-1").Due);
        var warning = Assert.Single(fixture.Engine.Lint(plan));
        Assert.Equal(("session.on-day-off", "adhoc-1"), (warning.Code, warning.Subject));
        Assert.Contains("Tết Nguyên đán", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAdHocSession_TheFirstWorkingDayAfterTet2024_IsDueThatDay()
    {
        var fixture = new DistrictCouncilFixture(January2024);
        await fixture.CreateAsync();

        var plan = await fixture.RunAsync(new AddAdHocSession { By = Chairman, Title = "Đối thoại chuyên đề rừng sản xuất", Date = new LocalDate(2024, 2, 15) });

        Assert.Equal(new LocalDate(2024, 2, 15), plan.Task("conclude-session@adhoc-1").Due);
        Assert.Empty(fixture.Engine.Lint(plan));
    }

    [Fact]
    public void Timeline_Q2SessionOnTheSwappedFriday2May2025_IsDueMonday5May()
    {
        var fixture = new DistrictCouncilFixture(new LocalDate(2025, 1, 6));

        var plan = fixture.Preview(("year", "2025"), ("session", "2025-05-02"), ("session", "2025-Q3"));

        // 2025: 30/4, 1/5 are holidays and Friday 2/5 was swapped with Saturday 26/4 (TB 6150/TB-BLĐTBXH);
        // 3/5 and 4/5 are the weekend, so the first working day is Monday 5/5.
        var answer = fixture.Engine.Explain(plan, "answer-at-session@q2")!;
        Assert.Equal(new LocalDate(2025, 5, 5), answer.Due);
        Assert.Contains("Nghỉ hoán đổi", answer.Explanation.SkippedDays[0].Name, StringComparison.Ordinal);
        // The Q3 session of 2025 falls after the district level ended (01/07/2025): the lint says so as well.
        Assert.Equal(["session.on-day-off", "plan.law-not-in-force"], fixture.Engine.Lint(plan).Select(w => w.Code));
    }

    [Theory]
    // Quý II/2025: 01/04 is a Tuesday and 30/06 a Monday, both working days.
    [InlineData("2025", "2025-Q2", "2025-04-01", "2025-06-30")]
    // Tháng 6/2024: 01/06 is a Saturday → Monday 03/06; 30/06 is a Sunday → Monday 01/07.
    [InlineData("2024", "2024-06", "2024-06-03", "2024-07-01")]
    public void Timeline_Q2GivenAsAPeriod_IsPendingBetweenItsFirstAndLastWorkingDays(string year, string q2, string earliest, string latest)
    {
        var fixture = new DistrictCouncilFixture(January2024);

        var plan = fixture.Preview(("year", year), ("session", q2), ("session", $"{year}-Q3"));

        var line = fixture.Engine.Timeline(plan).Single(l => l.Id == "answer-at-session@q2");
        Assert.Null(line.Due);
        Assert.Equal(earliest, line.DueEarliest?.ToString("yyyy-MM-dd", null));
        Assert.Equal(latest, line.DueLatest?.ToString("yyyy-MM-dd", null));
    }

    private static (LocalDate? Due, LocalDate? Earliest, LocalDate? Latest) Dates(TimelineEntry line) => (line.Due, line.DueEarliest, line.DueLatest);
}
