using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using NodaTime;
using static Dialogue.Workflows.Ward.AdministrativeProcedure.AdministrativeProcedureTasks;
using static Dialogue.Workflows.Ward.Tests.AdministrativeProcedure.AdministrativeProcedureFixture;

namespace Dialogue.Workflows.Ward.Tests.AdministrativeProcedure;

/// <summary>Plan 151/KH-UBND on its own dates (II.4, III): every step in order, every deadline hand-checked, the lint.</summary>
/// <remarks>
/// October–November 2021 has no public holiday, so only weekends matter: 18/10 and 25/10 are Mondays,
/// 26/10 Tuesday, 28/10 Thursday, 29/10 Friday, 30/10 Saturday, 05/11 Friday, 09/11 Tuesday, 10/11 Wednesday.
/// </remarks>
public sealed class AdministrativeProcedureTimelineTests
{
    private static readonly LocalDate IssuedOn = new(2021, 10, 16);

    [Fact]
    public void Timeline_OnTheDocumentsDates_ListsEveryStepInTheDocumentsOrder()
    {
        var fixture = new AdministrativeProcedureFixture(IssuedOn);

        var ids = fixture.Engine.Timeline(fixture.Preview()).Select(l => l.Id);

        // First the two plan-wide steps of drawing up and publishing the plan (III.2), which the document gives no date. Then the
        // conference's steps together around it (II.4 and III). Before it, the dated ones by date: forms (18–25/10), departments
        // (26–28/10), compilation (29–30/10), invitations (05/11); then the undated one, the programme. The conference (05/11); at
        // it, chairing and answering. After it, the report (before 10/11), then the undated follow-ups in the document's order.
        Assert.Equal(
        [
            DraftPlan,
            PublishPlan,
            AtConference(ReceiveForms),
            AtConference(DepartmentAnswers),
            AtConference(DepartmentGuidance),
            AtConference(CompileContent),
            AtConference(DraftInvitations),
            AtConference(InviteOrAnswerInWriting),
            AtConference(BuildProgramme),
            Conference,
            AtConference(ChairConference),
            AtConference(AnswerAtConference),
            AtConference(ReportToDistrict),
            AtConference(AnswerAbsent),
            AtConference(AnswerInWriting),
            AtConference(ReportBeyondAuthority),
        ], ids);
    }

    public static TheoryData<string, string?, string?> DocumentDeadlines => new()
    {
        // II.4, III.2: "Từ ngày 18/10/2021 đến hết ngày 25/10/2021" — Monday to Monday, both included.
        { AtConference(ReceiveForms), "2021-10-18", "2021-10-25" },
        // III.3, II.4: "sau 03 ngày kể từ ngày nhận được văn bản … (Từ ngày 26/10/2021 đến hết ngày 28/10/2021)".
        { AtConference(DepartmentAnswers), "2021-10-26", "2021-10-28" },
        { AtConference(DepartmentGuidance), "2021-10-26", "2021-10-28" },
        // II.4: "từ ngày 29/10/2021 đến hết ngày 30/10/2021" — kept as written, though 30/10 is a Saturday.
        { AtConference(CompileContent), "2021-10-29", "2021-10-30" },
        // III.2, II.4: the invitations carry the conference's date, "Dự kiến ngày 05/11/2021" (Friday).
        { AtConference(DraftInvitations), null, "2021-11-05" },
        { AtConference(InviteOrAnswerInWriting), null, "2021-11-05" },
        // III.2: "trước ngày 10/11/2021" excludes Wednesday 10/11: the last working day before it is Tuesday 09/11.
        { AtConference(ReportToDistrict), null, "2021-11-09" },
        // No date in the document (III.2 bullets 1, 2, 5; II.1; II.2): no deadline invented.
        { DraftPlan, null, null },
        { PublishPlan, null, null },
        { AtConference(BuildProgramme), null, null },
        { AtConference(ChairConference), null, null },
        { AtConference(AnswerAtConference), null, null },
        { AtConference(AnswerAbsent), null, null },
        { AtConference(AnswerInWriting), null, null },
        { AtConference(ReportBeyondAuthority), null, null },
    };

    [Theory]
    [MemberData(nameof(DocumentDeadlines))]
    public void Timeline_OnTheDocumentsDates_EveryDeadlineIsAsHandChecked(string id, string? opens, string? due)
    {
        var fixture = new AdministrativeProcedureFixture(IssuedOn);

        var line = fixture.Engine.Timeline(fixture.Preview()).Single(l => l.Id == id);

        Assert.Equal(opens, Iso(line.Opens));
        Assert.Equal(due, Iso(line.Due));
        Assert.Equal(line.Due, line.DueEarliest);
        Assert.Equal(line.Due, line.DueLatest);
        Assert.Equal("Open", line.Status);
    }

    [Fact]
    public void Timeline_Conference_IsScheduledOnFifthNovember2021WithItsVenue()
    {
        // II.4: "Dự kiến ngày 05/11/2021"; "Hội trường Ủy ban nhân dân phường, số 291 đường Lê Văn Sỹ, phường 1, quận Tân Bình".
        var fixture = new AdministrativeProcedureFixture(IssuedOn);
        var plan = fixture.Preview();

        var line = fixture.Engine.Timeline(plan).Single(l => l.Id == Conference);

        Assert.Equal(new LocalDate(2021, 11, 5), line.Due);
        Assert.Equal(SessionStatus.Scheduled, plan.Session(Conference).Status);
        Assert.Equal("Hội trường Ủy ban nhân dân phường, số 291 đường Lê Văn Sỹ, phường 1, quận Tân Bình", plan.Session(Conference).Venue);
        Assert.Equal("Ủy ban nhân dân phường 1", line.Owner);
    }

    [Fact]
    public void Explain_ReportBeforeTenthNovember2021_IsTuesdayNinthBecauseTheDateItselfIsExcluded()
    {
        // III.2: "báo cáo kết quả Hội nghị đối thoại về Ủy ban nhân dân quận … trước ngày 10/11/2021".
        // BeforeDateRule: the date is excluded and the due day is the last working day strictly before it.
        var fixture = new AdministrativeProcedureFixture(IssuedOn);

        var deadline = fixture.Engine.Explain(fixture.Preview(), AtConference(ReportToDistrict))!;

        Assert.IsType<BeforeDateRule>(deadline.Rule);
        Assert.Equal(CountingConvention.LastWorkingDayBeforeDate, deadline.Explanation.Convention);
        Assert.Equal(new LocalDate(2021, 11, 9), deadline.Due);
        Assert.Contains("trước ngày 10/11/2021", deadline.Explanation.Text, StringComparison.Ordinal);
        Assert.Empty(deadline.Warnings);
    }

    [Fact]
    public void Explain_DepartmentAnswers_QuotesTheThreeDayRuleAndItsWindow()
    {
        // III.3: "Thời gian hoàn thành, sau 03 ngày kể từ ngày nhận được văn bản … (Từ ngày 26/10/2021 đến hết ngày 28/10/2021)".
        var fixture = new AdministrativeProcedureFixture(IssuedOn);

        var deadline = fixture.Engine.Explain(fixture.Preview(), AtConference(DepartmentAnswers))!;

        Assert.Equal(new LocalDate(2021, 10, 26), deadline.Opens);
        Assert.Equal(new LocalDate(2021, 10, 28), deadline.Due);
        Assert.Contains("sau 03 ngày kể từ ngày nhận được văn bản", deadline.Explanation.Text, StringComparison.Ordinal);
        Assert.Contains("26/10/2021", deadline.Explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_OnTheDocumentsDates_FindsOnlyTheCompilationWindowEndingOnSaturday30October()
    {
        // II.4: "Văn phòng Ủy ban nhân dân phường tổng hợp nội dung đối thoại: từ ngày 29/10/2021 đến hết ngày 30/10/2021".
        // 30/10/2021 is a Saturday: the document's own slip, kept as written so the lint finds it.
        var fixture = new AdministrativeProcedureFixture(IssuedOn);

        var warning = Assert.Single(fixture.Engine.Lint(fixture.Preview()));

        Assert.Equal(DeadlineWarningCodes.WindowEndsOnDayOff, warning.Code);
        Assert.Equal(AtConference(CompileContent), warning.Subject);
        Assert.Equal(new LocalDate(2021, 10, 30), warning.Date);
        Assert.Contains("30/10/2021", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_SessionKnownOnlyAsNovember2021_InvitationsArePendingOverTheMonth()
    {
        // II.4 says "Dự kiến": a host may plan the conference for a month and fix the day later.
        var fixture = new AdministrativeProcedureFixture(IssuedOn);
        var plan = fixture.Preview(("session", "tháng 11 năm 2021"), ("report-before", "2021-12-10"));

        var invitation = fixture.Engine.Timeline(plan).Single(l => l.Id == AtConference(DraftInvitations));

        Assert.Equal(SessionStatus.Planned, plan.Session(Conference).Status);
        Assert.Null(invitation.Due);
        Assert.Equal(new LocalDate(2021, 11, 1), invitation.DueEarliest); // Monday 01/11
        Assert.Equal(new LocalDate(2021, 11, 30), invitation.DueLatest); // Tuesday 30/11
        Assert.Contains("Dự kiến tháng 11 năm 2021", fixture.Engine.Explain(plan, AtConference(DraftInvitations))!.Explanation.Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_TimelineOnTheDocumentsDates_MatchesTheApprovedFile()
    {
        var fixture = new AdministrativeProcedureFixture(IssuedOn);

        var timeline = fixture.Engine.Timeline(fixture.Preview());

        TimelineSnapshot.Match(timeline, nameof(AdministrativeProcedureTimelineTests) + "." + nameof(Snapshot_TimelineOnTheDocumentsDates_MatchesTheApprovedFile) + ".snap",
            "tests", "Dialogue.Workflows.Ward.Tests", "AdministrativeProcedure");
    }

    private static string? Iso(LocalDate? date) => date?.ToString("yyyy-MM-dd", null);
}
