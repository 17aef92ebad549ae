using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using NodaTime;
using static Dialogue.Workflows.Party.Tests.PartyCommittee.PartyCommitteeFixture;

namespace Dialogue.Workflows.Party.Tests.PartyCommittee;

/// <summary>
/// The computed timeline, through the engine, on the document's own dates (a conference "dự kiến trong
/// tháng 10" of 2023, III.1; survey results "chậm nhất ngày 04/10/2023", IV.6) and on dates that
/// cross Tết, 30/4–1/5 and 2/9.
/// </summary>
public sealed class PartyCommitteeTimelineTests
{
    private static readonly LocalDate IssueDay = new(2023, 9, 21);

    private static readonly string[] AtTheConference =
        ["direct-units", "secretary-answers", "council-chair-answers", "pc-chair-answers", "closing-conclusion",
         "party-office-minutes", "government-office-minutes", "propaganda-during"];

    private static readonly string[] UndatedBefore =
        ["council-select-issues", "front-monitor", "front-delegates", "party-office-preparation", "government-office-preparation",
         "prepare-answers", "propaganda-before"];

    private static readonly string[] UndatedAfter =
        ["conclusion-notice", "answer-outstanding", "send-answers-to-front", "council-supervision", "front-supervision",
         "front-mobilisation", "propaganda-after"];

    private static readonly string[] Undated = [.. UndatedBefore, .. UndatedAfter];

    [Fact]
    public void Timeline_DocumentDates_ListsEveryStepInOrder_III_IV()
    {
        var fixture = new PartyCommitteeFixture(IssueDay);

        var timeline = fixture.Engine.Timeline(fixture.Preview());

        // The conference's steps stay together around it. Before it: the survey, the only dated one (fixed on 4/10), then the undated
        // ones in the plan's order. The conference, known only as October 2023, sorts by Sunday 1/10. At it: its steps (Monday 2/10 at the
        // earliest), in the plan's order. After it: the undated follow-ups in the plan's order.
        Assert.Equal(
            ["front-survey@conference", .. UndatedBefore.Select(s => $"{s}@conference"), "conference",
             .. AtTheConference.Select(s => $"{s}@conference"), .. UndatedAfter.Select(s => $"{s}@conference")],
            timeline.Select(l => l.Id));
    }

    [Fact]
    public void Timeline_OnlyTheMonth_StepsAtTheConferenceArePendingThroughOctober_AndTheSurveyIsFixed()
    {
        var fixture = new PartyCommitteeFixture(IssueDay);

        var timeline = fixture.Engine.Timeline(fixture.Preview()).ToDictionary(l => l.Id);

        Assert.Equal(("Planned", null, new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31)), Line(timeline["conference"]));
        // 1/10/2023 is a Sunday, so a step on the conference's day is due Monday 2/10 at the earliest; 31/10 is a Tuesday.
        Assert.All(AtTheConference, s => Assert.Equal(("Open", null, new LocalDate(2023, 10, 2), new LocalDate(2023, 10, 31)), Line(timeline[$"{s}@conference"])));
        var survey = new LocalDate(2023, 10, 4);
        Assert.Equal(("Open", survey, survey, survey), Line(timeline["front-survey@conference"]));
        Assert.All(Undated, s => Assert.Equal(("Open", null, null, null), Line(timeline[$"{s}@conference"])));
    }

    [Theory]
    // The date is the document's own (IV.6): it does not follow the conference.
    [InlineData("2023-10-05")]
    [InlineData("2023-10-12")]
    [InlineData("2023-10-27")]
    [InlineData("2023-10-31")]
    [InlineData("2023-11-15")]
    [InlineData("2023-10")]
    [InlineData("2023-Q4")]
    public void Timeline_AnyConferenceDate_SurveyResultsAreDue4October2023(string session)
    {
        var fixture = new PartyCommitteeFixture(IssueDay);
        var plan = fixture.Preview(("session", session));

        var survey = fixture.Engine.Explain(plan, "front-survey@conference")!;

        Assert.Equal(new LocalDate(2023, 10, 4), survey.Due);
        Assert.Equal("Thời gian chậm nhất ngày 04/10/2023", survey.Explanation.Phrase);
        Assert.Equal(CountingConvention.AsWritten, survey.Explanation.Convention);
        Assert.Empty(survey.Warnings);
    }

    [Fact]
    public async Task Schedule_TheConferenceOn12October2023_FixesTheStepsAtItButNotTheSurvey()
    {
        var fixture = new PartyCommitteeFixture(IssueDay);
        await fixture.CreateAsync();

        var plan = await fixture.RunAsync(new ScheduleSession { By = Secretary, Session = "conference", Date = new LocalDate(2023, 10, 12) });

        var timeline = fixture.Engine.Timeline(plan).ToDictionary(l => l.Id);
        Assert.All(AtTheConference, s => Assert.Equal(new LocalDate(2023, 10, 12), timeline[$"{s}@conference"].Due));
        Assert.Equal(new LocalDate(2023, 10, 4), timeline["front-survey@conference"].Due);
        Assert.Equal("Scheduled", timeline["conference"].Status);
        Assert.Null(timeline["answer-outstanding@conference"].DueEarliest);
    }

    [Fact]
    public void Timeline_DocumentDates_MatchesSnapshot()
    {
        var fixture = new PartyCommitteeFixture(IssueDay);

        var timeline = fixture.Engine.Timeline(fixture.Preview());

        TimelineSnapshot.Match(timeline, $"{nameof(PartyCommitteeTimelineTests)}.{nameof(Timeline_DocumentDates_MatchesSnapshot)}.snap",
            "tests", "Dialogue.Workflows.Party.Tests", "PartyCommittee");
    }

    [Fact]
    public void Lint_DocumentDates_HasNothingToReport()
    {
        // 04/10/2023 is a Wednesday, a working day; the conference has no date yet.
        var fixture = new PartyCommitteeFixture(IssueDay);

        Assert.Empty(fixture.Engine.Lint(fixture.Preview()));
    }

    [Fact]
    public void Timeline_ConferenceOnTheLastDayOffOfTet2024_StepsMoveToThursday15February()
    {
        var fixture = new PartyCommitteeFixture(new LocalDate(2024, 1, 8));

        var plan = fixture.Preview(("year", "2024"), ("session", "2024-02-14"), ("survey-due", "2024-02-07"));

        // Tết 2024: 8–14/2 off (14/2 compensates mùng 2, a Sunday); the survey on Wednesday 7/2 is a working day.
        Assert.Equal(new LocalDate(2024, 2, 15), fixture.Engine.Explain(plan, "closing-conclusion@conference")!.Due);
        Assert.Equal(new LocalDate(2024, 2, 7), fixture.Engine.Explain(plan, "front-survey@conference")!.Due);
        var warning = Assert.Single(fixture.Engine.Lint(plan));
        Assert.Equal(("session.on-day-off", "conference", new LocalDate(2024, 2, 14)), (warning.Code, warning.Subject, warning.Date));
        Assert.Contains("Nghỉ bù Tết Nguyên đán", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_SurveyDueOnMung1Tet2024_IsKeptAsWrittenAndFlagged()
    {
        var fixture = new PartyCommitteeFixture(new LocalDate(2024, 1, 8));

        var plan = fixture.Preview(("year", "2024"), ("session", "2024-02-20"), ("survey-due", "2024-02-10"));

        // Saturday 10/2/2024 is mùng 1 Tết: a date the plan fixes is not moved, but the office is closed that day.
        var survey = fixture.Engine.Explain(plan, "front-survey@conference")!;
        Assert.Equal(new LocalDate(2024, 2, 10), survey.Due);
        Assert.Equal("Thời gian chậm nhất ngày 10/02/2024", survey.Explanation.Phrase);
        var warning = Assert.Single(fixture.Engine.Lint(plan));
        Assert.Equal((DeadlineWarningCodes.DeadlineOnDayOff, "front-survey@conference"), (warning.Code, warning.Subject));
        Assert.Contains("Tết Nguyên đán (mùng 1 tháng Giêng)", warning.Message, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2024, 2, 20), fixture.Engine.Explain(plan, "party-office-minutes@conference")!.Due);
    }

    [Fact]
    public void Timeline_ConferenceOnTheSwappedFriday2May2025_WithTheSurveyOnTheMakeUpSaturday()
    {
        var fixture = new PartyCommitteeFixture(new LocalDate(2025, 4, 1));

        var plan = fixture.Preview(("year", "2025"), ("session", "2025-05-02"), ("survey-due", "2025-04-26"));

        // 2025: Friday 2/5 was swapped with Saturday 26/4 (TB 6150/TB-BLĐTBXH). 26/4 is a working day, so the
        // survey date is clean; the conference falls on a day off and its steps move past the weekend to Monday 5/5.
        Assert.Equal(new LocalDate(2025, 5, 5), fixture.Engine.Explain(plan, "secretary-answers@conference")!.Due);
        var warning = Assert.Single(fixture.Engine.Lint(plan));
        Assert.Equal(("session.on-day-off", "conference"), (warning.Code, warning.Subject));
        Assert.Contains("Nghỉ hoán đổi", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_SurveyDueOnTheSwappedMonday29April2024_IsFlagged()
    {
        var fixture = new PartyCommitteeFixture(new LocalDate(2024, 4, 1));

        var plan = fixture.Preview(("year", "2024"), ("session", "2024-05-06"), ("survey-due", "2024-04-29"));

        // Monday 29/4/2024 was a day off (worked on Saturday 4/5); Monday 6/5 is a working day.
        var warning = Assert.Single(fixture.Engine.Lint(plan));
        Assert.Equal((DeadlineWarningCodes.DeadlineOnDayOff, "front-survey@conference", new LocalDate(2024, 4, 29)), (warning.Code, warning.Subject, warning.Date));
        Assert.Equal(new LocalDate(2024, 5, 6), fixture.Engine.Explain(plan, "pc-chair-answers@conference")!.Due);
    }

    [Fact]
    public void Timeline_ConferenceAfterNationalDay2023_WithTheSurveyDueOnTheAdjacentDayOff()
    {
        var fixture = new PartyCommitteeFixture(new LocalDate(2023, 8, 1));

        var plan = fixture.Preview(("session", "2023-09-05"), ("survey-due", "2023-09-01"));

        // 2023: 1/9 (the adjacent day) to 4/9 (compensating 2/9, a Saturday) off (CV 8056/VPCP-KGVX); Tuesday 5/9 works.
        var warning = Assert.Single(fixture.Engine.Lint(plan));
        Assert.Equal((DeadlineWarningCodes.DeadlineOnDayOff, "front-survey@conference"), (warning.Code, warning.Subject));
        Assert.Contains("Quốc khánh", warning.Message, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2023, 9, 5), fixture.Engine.Explain(plan, "council-chair-answers@conference")!.Due);
    }

    [Fact]
    public void Timeline_ConferenceOnTheCompensatoryDayOffFor2September2023_StepsMoveToTuesday5September()
    {
        var fixture = new PartyCommitteeFixture(new LocalDate(2023, 8, 1));

        var plan = fixture.Preview(("session", "2023-09-04"), ("survey-due", "2023-08-31"));

        var minutes = fixture.Engine.Explain(plan, "government-office-minutes@conference")!;
        Assert.Equal(new LocalDate(2023, 9, 5), minutes.Due);
        Assert.Equal([new LocalDate(2023, 9, 4)], minutes.Explanation.SkippedDays.Select(d => d.Date));
        var warning = Assert.Single(fixture.Engine.Lint(plan));
        Assert.Equal(("session.on-day-off", "conference"), (warning.Code, warning.Subject));
        Assert.Contains("Nghỉ bù Quốc khánh (2/9)", warning.Message, StringComparison.Ordinal);
    }

    private static (string Status, LocalDate? Due, LocalDate? Earliest, LocalDate? Latest) Line(TimelineEntry line) =>
        (line.Status, line.Due, line.DueEarliest, line.DueLatest);
}
