using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Ward.WardChairman;
using NodaTime;

namespace Dialogue.Workflows.Ward.Tests.WardChairman;

/// <summary>
/// The ward-chairman timeline through the engine: the "trước 10 ngày" submissions (IV.1, IV.4–IV.6,
/// IV.11, IV.12) and the 7-working-day notice (II.4), on the document's quarter, on a date in it,
/// and on dates whose counts cross Tết, 30/4–1/5 and 2/9. Every expected date is worked out by hand
/// in the comment beside it from the official schedules (facts §2).
/// </summary>
public sealed class WardChairmanTimelineTests
{
    private static readonly PlanTypeHarness Ward = new(new WardChairmanPlanType(), new LocalDate(2023, 3, 1));

    /// <summary>The ten-day submissions, in the document's order.</summary>
    private static readonly string[] TenDayTasks =
    [
        "front-summary", "justice-report", "land-report", "construction-report", "labour-report",
        .. Enumerable.Range(1, 8).Select(n => $"group-{n}-report"),
    ];

    /// <summary>The tasks before the session without a deadline, in the document's order: they follow the dated ones.</summary>
    private static readonly string[] UndatedBeforeTasks =
    [
        "chairman-scope", "departments-prepare", "departments-review", "one-stop-review", "office-classify", "office-programme", "office-venue",
        "culture-mobile", "culture-sound", "culture-broadcast", "police-plan", "finance-funding",
        .. Enumerable.Range(1, 8).Select(n => $"group-{n}-inform"), .. Enumerable.Range(1, 8).Select(n => $"group-{n}-invite"),
    ];

    /// <summary>The tasks at the session, in the document's order; none has a deadline.</summary>
    private static readonly string[] AtTasks = ["departments-answer", "culture-article", "police-security", "civil-defence-security"];

    /// <summary>The tasks after the session, in the document's order; none has a deadline.</summary>
    private static readonly string[] AfterTasks = ["departments-report", "office-notify-results", "office-urge", "justice-results"];

    /// <summary>Every task without a deadline.</summary>
    private static readonly string[] UndatedTasks = [.. UndatedBeforeTasks, .. AtTasks, .. AfterTasks];

    private static IReadOnlyList<TimelineEntry> Timeline(params (string Key, string Value)[] parameters) =>
        Ward.Engine.Timeline(Ward.Preview(parameters));

    private static string Task(string key) => $"{key}@session-1";

    [Fact]
    public void Timeline_SessionOn15September2023_IsTheWholeOrderedSequence()
    {
        var timeline = Timeline(("session", "2023-09-15"));

        // Before the session: the notice and the ten-day tasks, all due 05/09, in the document's order, then the undated tasks before it
        // in the document's order; then the session; then its tasks at it, then its tasks after it, each in the document's order.
        Assert.Equal(
        [
            Task("city-notice"), .. TenDayTasks.Select(Task), .. UndatedBeforeTasks.Select(Task), "session-1", .. AtTasks.Select(Task),
            .. AfterTasks.Select(Task),
        ], timeline.Select(l => l.Id));
    }

    [Fact]
    public void Timeline_SessionOn15September2023_EveryTenDaySubmissionIsDue5September()
    {
        // IV.1 etc. "trước 10 ngày tổ chức đối thoại": Friday 15/09/2023 − 10 days = Tuesday 05/09/2023, a working day
        // (the 2/9 break, Fri 1/9 – Mon 4/9, ends the day before).
        var timeline = Timeline(("session", "2023-09-15"));

        Assert.All(TenDayTasks, key => Assert.Equal(new LocalDate(2023, 9, 5), timeline.Single(l => l.Id == Task(key)).Due));
        Assert.Equal("Ủy ban Mặt trận Tổ quốc Việt Nam, các đoàn thể phường", timeline.Single(l => l.Id == Task("front-summary")).Owner);
        Assert.Equal("Tổ trưởng tổ dân phố 3", timeline.Single(l => l.Id == Task("group-3-report")).Owner);
    }

    [Fact]
    public void Timeline_SessionOn15September2023_NoticeIsDue5SeptemberWithSevenWholeWorkingDaysBetween()
    {
        // II.4 "ít nhất 07 ngày làm việc": the seven working days strictly between are 06, 07, 08, 11, 12, 13, 14/09; the notice is due the
        // working day before them, Tuesday 05/09/2023. The 2/9 break (2/9 a Saturday, with Fri 1/9 and Mon 4/9 off) lies before that, so it is not
        // crossed; counting the session day itself (the other reading) would give 06/09, one day later.
        var plan = Ward.Preview(("session", "2023-09-15"));

        var notice = Ward.Engine.Explain(plan, Task("city-notice"))!;

        Assert.Equal(new LocalDate(2023, 9, 5), notice.Due);
        Assert.Equal(CountingConvention.WorkingDaysBeforeExcludingBothEnds, notice.Explanation.Convention);
        Assert.Equal([new LocalDate(2023, 9, 9), new LocalDate(2023, 9, 10)], notice.Explanation.SkippedDays.Select(d => d.Date));
        Assert.Contains("trước thời điểm tổ chức đối thoại ít nhất 07 ngày làm việc", notice.Explanation.Text, StringComparison.Ordinal);
        Assert.Equal("UBND thành phố Quảng Ngãi", Ward.Engine.Timeline(plan).Single(l => l.Id == Task("city-notice")).Owner);
    }

    [Fact]
    public void Explain_FrontSummaryOn15September2023_QuotesTheDocumentsPhrase()
    {
        var plan = Ward.Preview(("session", "2023-09-15"));

        var summary = Ward.Engine.Explain(plan, Task("front-summary"))!;

        Assert.Equal(new LocalDate(2023, 9, 5), summary.Due);
        Assert.Contains("trước 10 ngày tổ chức đối thoại", summary.Explanation.Text, StringComparison.Ordinal);
        Assert.Empty(summary.Explanation.SkippedDays);
        Assert.Null(Ward.Engine.Explain(plan, Task("office-venue")));
    }

    [Fact]
    public void Timeline_QuarterOnly_EveryDatedBeforeTaskIsPendingBetween21JuneAnd20September()
    {
        // Quý III/2023 is 01/07–30/09/2023.
        // Ten days: 01/07 − 10 = Wed 21/06; 30/09 − 10 = Wed 20/09; both working days.
        // Notice, 7 whole working days strictly between: before Sat 01/07 they are 30, 29, 28, 27, 26, 23, 22/06 → Wed 21/06;
        // before Sat 30/09 they are 29, 28, 27, 26, 25, 22, 21/09 → Wed 20/09.
        var timeline = Timeline();

        foreach (var key in TenDayTasks.Prepend("city-notice"))
        {
            var line = timeline.Single(l => l.Id == Task(key));
            Assert.Null(line.Due);
            Assert.Equal((new LocalDate(2023, 6, 21), new LocalDate(2023, 9, 20)), (line.DueEarliest, line.DueLatest));
            Assert.Equal("Open", line.Status);
        }

        var session = timeline.Single(l => l.Id == "session-1");
        Assert.Equal((null, new LocalDate(2023, 7, 1), new LocalDate(2023, 9, 30), "Planned"), (session.Due, session.DueEarliest, session.DueLatest, session.Status));
        Assert.All(UndatedTasks, key => Assert.Null(timeline.Single(l => l.Id == Task(key)).DueEarliest));
    }

    [Fact]
    public void Timeline_QuarterOnly_IsTheWholeOrderedSequence()
    {
        var timeline = Timeline();

        // The session (Quý III, sorting by its first day, 01/07) with its steps around it. Before it: the notice and the ten-day tasks,
        // all pending from 21/06, in the document's order, then the undated tasks before it; then the session; then its tasks at it,
        // then its tasks after it.
        Assert.Equal(
        [
            Task("city-notice"), .. TenDayTasks.Select(Task), .. UndatedBeforeTasks.Select(Task), "session-1", .. AtTasks.Select(Task),
            .. AfterTasks.Select(Task),
        ], timeline.Select(l => l.Id));
    }

    [Fact]
    public void Timeline_QuarterOnly_MatchesTheSnapshot() =>
        TimelineSnapshot.Match(Timeline(), "WardChairmanTimelineTests.Timeline_QuarterOnly_MatchesTheSnapshot.snap",
            "tests", "Dialogue.Workflows.Ward.Tests", "WardChairman");

    [Fact]
    public void Timeline_SessionOn12September2023_CrossesTheNationalDayBreak()
    {
        // 2023: 2/9 is a Saturday; Fri 1/9 and Mon 4/9 are the days off (CV 8056/VPCP-KGVX).
        // Ten days: Tue 12/09 − 10 = Sat 02/09 (Quốc khánh) → back over Fri 01/09 (day off) → Thu 31/08.
        // Notice: working days before 12/09 are 11, 8, 7, 6, 5/09, then (4/9 off, 3–2/9 weekend, 1/9 off) 31, 30/08 — seven — so due Tue 29/08.
        var timeline = Timeline(("session", "2023-09-12"));

        Assert.All(TenDayTasks, key => Assert.Equal(new LocalDate(2023, 8, 31), timeline.Single(l => l.Id == Task(key)).Due));
        Assert.Equal(new LocalDate(2023, 8, 29), timeline.Single(l => l.Id == Task("city-notice")).Due);
    }

    [Fact]
    public void Explain_FrontSummaryOn12September2023_NamesTheNationalDayItSkips()
    {
        var plan = Ward.Preview(("session", "2023-09-12"));

        var summary = Ward.Engine.Explain(plan, Task("front-summary"))!;

        Assert.Equal([new LocalDate(2023, 9, 1), new LocalDate(2023, 9, 2)], summary.Explanation.SkippedDays.Select(d => d.Date));
        Assert.Contains("02/09/2023", summary.Explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_SessionOn10May2023_CrossesTheReunificationAndLabourDayBreak()
    {
        // 2023: Giỗ Tổ Sat 29/4 and 30/4 Sun are compensated on Tue 2/5 and Wed 3/5, with Mon 1/5 itself off.
        // Ten days: Wed 10/05 − 10 = Sun 30/04 → Sat 29/04 → Fri 28/04.
        // Notice: working days before 10/05 are 9, 8, 5, 4/05, then (3, 2, 1/5 off; 30, 29/4 weekend) 28, 27, 26/04 — seven — so due Tue 25/04.
        var timeline = Timeline(("session", "2023-05-10"));

        Assert.All(TenDayTasks, key => Assert.Equal(new LocalDate(2023, 4, 28), timeline.Single(l => l.Id == Task(key)).Due));
        Assert.Equal(new LocalDate(2023, 4, 25), timeline.Single(l => l.Id == Task("city-notice")).Due);
    }

    [Fact]
    public void Timeline_SessionOn20February2024_CrossesTet()
    {
        // Tết 2024 (TB 5014/TB-LĐTBXH): Thu 8/2 – Wed 14/2 off, weekdays 8, 9, 12, 13, 14/2.
        // Ten days: Tue 20/02 − 10 = Sat 10/02 (Tết) → back over Fri 9 and Thu 8/02 (Tết) → Wed 07/02.
        // Notice: working days before 20/02 are 19, 16, 15/02, then (14–8/02 off) 7, 6, 5, 2/02 — seven — so due Thu 01/02.
        var timeline = Timeline(("year", "2024"), ("session", "2024-02-20"));

        Assert.All(TenDayTasks, key => Assert.Equal(new LocalDate(2024, 2, 7), timeline.Single(l => l.Id == Task(key)).Due));
        Assert.Equal(new LocalDate(2024, 2, 1), timeline.Single(l => l.Id == Task("city-notice")).Due);
    }

    [Fact]
    public void Timeline_QuarterOne2024_PendingFromTheNewYearDayOffToLateMarch()
    {
        // Quý I/2024 is 01/01–31/03/2024. Ten days: 01/01 − 10 = Fri 22/12/2023; 31/03 − 10 = Thu 21/03.
        // Notice: before Mon 01/01/2024 (itself a day off) the seven working days are 29, 28, 27, 26, 25, 22, 21/12 → Wed 20/12/2023;
        // before Sun 31/03 they are 29, 28, 27, 26, 25, 22, 21/03 → Wed 20/03.
        var timeline = Timeline(("year", "2024"), ("session", "2024-Q1"));

        Assert.All(TenDayTasks, key =>
        {
            var line = timeline.Single(l => l.Id == Task(key));
            Assert.Equal((new LocalDate(2023, 12, 22), new LocalDate(2024, 3, 21)), (line.DueEarliest, line.DueLatest));
        });
        var notice = timeline.Single(l => l.Id == Task("city-notice"));
        Assert.Equal((new LocalDate(2023, 12, 20), new LocalDate(2024, 3, 20)), (notice.DueEarliest, notice.DueLatest));
    }

    [Fact]
    public void Lint_DocumentsOwnDates_FindNothing()
    {
        // The plan fixes no absolute date, so it has no date slip to report, on its quarter or on a working day in it.
        Assert.Empty(Ward.Engine.Lint(Ward.Preview()));
        Assert.Empty(Ward.Engine.Lint(Ward.Preview(("session", "2023-09-15"))));
    }

    [Fact]
    public void Lint_SessionOnTheNationalDayBridge_IsReported()
    {
        // Mon 04/09/2023 is a day off (the day after the 2/9 weekend).
        var warning = Assert.Single(Ward.Engine.Lint(Ward.Preview(("session", "2023-09-04"))));

        Assert.Equal(("session.on-day-off", "session-1"), (warning.Code, warning.Subject));
    }

    [Fact]
    public void Lint_PlanIssuedAfterTheNoticeWasDue_IsReported()
    {
        // Session 15/09 needs the notice by 05/09; a plan issued on 08/09 cannot meet it.
        var warning = Assert.Single(Ward.Engine.Lint(Ward.Preview(("session", "2023-09-15"), ("issued-on", "2023-09-08"))));

        Assert.Equal("session.lead-time-unmet", warning.Code);
        Assert.Equal(new LocalDate(2023, 9, 5), warning.Date);
    }
}
