using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Party.PartyCommittee;
using Dialogue.Workflows.Plans;
using NodaTime;

namespace Dialogue.Workflows.Party.Tests.PartyCommittee;

/// <summary>What the plan type declares on the document's own parameters, clause by clause of plan 179-KH/ĐU of 21/09/2023.</summary>
public sealed class PartyCommitteeDefinitionTests
{
    private static readonly PartyCommitteePlanType Type = new();

    private static PlanDefinition Define(params (string Key, string Value)[] given) =>
        Type.Define(PlanParameters.Bind(Type, given.Select(g => new KeyValuePair<string, string>(g.Key, g.Value))));

    [Fact]
    public void Type_KeyVersionAndParameterDefaults_AreTheDocuments()
    {
        Assert.Equal("party-committee", Type.Key);
        Assert.Equal(1, Type.Version);
        Assert.Equal(
        [
            ("session", "2023-10"), ("year", ""), ("ward", "Phường IV"), ("city", "Thành phố Tây Ninh"),
            ("province", "Tây Ninh"), ("superior", ""), ("announcer", ""), ("former-wards", ""), ("basis", ""),
            ("venue", "Hội trường UBND Phường (số 133, đường Nguyễn Trãi, khu phố 6, phường IV, Thành phố Tây Ninh)"),
            ("survey-due", "2023-10-04"), ("quarters", "6"), ("households-per-quarter", "5"), ("front-members", "5"),
            ("members-per-organisation", "5"), ("subcommittee-quarters", "5, 6"), ("document-number", "179-KH/ĐU"), ("issued-on", "2023-09-21"),
        ], Type.Parameters.Select(p => (p.Key, string.Join(", ", p.Defaults))));
        Assert.Equal(PlanParameterKind.DateOrPeriod, Type.Parameters[0].Kind);
        Assert.False(Type.Parameters[0].Multiple);
    }

    [Fact]
    public void Define_DocumentDefaults_OneConferenceExpectedInOctober2023AtTheWardHall_III1_III2()
    {
        var session = Assert.Single(Define().Sessions);

        Assert.Equal("conference", session.Key);
        Assert.Equal(AnchorKind.Month, session.When.Kind);
        Assert.Equal(new DateInterval(new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31)), session.When.Period);
        Assert.Equal("Hội trường UBND Phường (số 133, đường Nguyễn Trãi, khu phố 6, phường IV, Thành phố Tây Ninh)", session.Venue);
        Assert.Equal(["Khu phố 1", "Khu phố 2", "Khu phố 3", "Khu phố 4", "Khu phố 5", "Khu phố 6"], session.Scope);
        Assert.Contains("Thời gian: 01 buổi, dự kiến trong tháng 10 (sẽ có giấy mời sau).", Define().Notes.Select(n => n.Text));
    }

    [Fact]
    public void Define_DocumentDefaults_IsPlan179OfTheWardIVPartyCommitteeOn21September2023()
    {
        var plan = Define();

        Assert.Equal("Đảng ủy Phường IV", plan.Issuer);
        Assert.Equal("179-KH/ĐU", plan.DocumentNumber);
        Assert.Equal(new LocalDate(2023, 9, 21), plan.IssuedOn);
        Assert.Equal(2023, plan.Year);
        Assert.EndsWith("và Nhân dân trên địa bàn năm 2023", plan.Title, StringComparison.Ordinal);
        Assert.Collection(plan.Basis,
            b => Assert.StartsWith("Quyết định số 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị", b, StringComparison.Ordinal),
            b => Assert.StartsWith("Quyết định số 1816-QĐ/TU ngày 02/10/2017 của Ban Thường vụ Thành ủy", b, StringComparison.Ordinal),
            b => Assert.StartsWith("Quy chế làm việc số 03-QC/ĐU", b, StringComparison.Ordinal));
    }

    [Fact]
    public void Define_Units_AreTheCoChairsAndEveryBodyOfSectionIV()
    {
        Assert.Equal(
        [
            ("secretary", "Bí thư Đảng ủy Phường IV"),
            ("council-chair", "Chủ tịch Hội đồng nhân dân Phường IV"),
            ("pc-chair", "Chủ tịch Ủy ban nhân dân Phường IV"),
            ("council", "Hội đồng nhân dân Phường IV"),
            ("people-committee", "Ủy ban nhân dân Phường IV"),
            ("party-office", "Văn phòng Đảng ủy"),
            ("propaganda", "Tuyên giáo Đảng ủy"),
            ("culture-centre", "Trung tâm Văn hóa - Thể thao và Truyền thanh"),
            ("council-pc-office", "Văn phòng HĐND và UBND"),
            ("front", "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội, hội quần chúng"),
        ], Define().Units.Select(u => (u.Key, u.Name)));
    }

    [Fact]
    public void Define_Tasks_GiveEveryUnitItsStepsWithPhaseAnchorAndClause_IV()
    {
        var plan = Define();

        Assert.Equal(
        [
            ("council-select-issues", "council", TaskPhase.Before, AnchorPoint.SessionDate, "IV.1"),
            ("front-monitor", "front", TaskPhase.Before, AnchorPoint.SessionDate, "IV.6"),
            ("front-survey", "front", TaskPhase.Before, AnchorPoint.None, "IV.6"),
            ("front-delegates", "front", TaskPhase.Before, AnchorPoint.SessionDate, "IV.6"),
            ("party-office-preparation", "party-office", TaskPhase.Before, AnchorPoint.SessionDate, "IV.3"),
            ("government-office-preparation", "council-pc-office", TaskPhase.Before, AnchorPoint.SessionDate, "IV.5"),
            ("prepare-answers", "council-pc-office", TaskPhase.Before, AnchorPoint.SessionDate, "IV.5"),
            ("propaganda-before", "propaganda", TaskPhase.Before, AnchorPoint.SessionDate, "IV.4"),
            ("direct-units", "people-committee", TaskPhase.At, AnchorPoint.SessionDate, "IV.2"),
            ("secretary-answers", "secretary", TaskPhase.At, AnchorPoint.SessionDate, "III.4, chú thích 1"),
            ("council-chair-answers", "council-chair", TaskPhase.At, AnchorPoint.SessionDate, "III.4, chú thích 1"),
            ("pc-chair-answers", "pc-chair", TaskPhase.At, AnchorPoint.SessionDate, "III.4, chú thích 1"),
            ("closing-conclusion", "secretary", TaskPhase.At, AnchorPoint.SessionDate, "III.4"),
            ("party-office-minutes", "party-office", TaskPhase.At, AnchorPoint.SessionDate, "IV.3"),
            ("government-office-minutes", "council-pc-office", TaskPhase.At, AnchorPoint.SessionDate, "IV.5"),
            ("propaganda-during", "propaganda", TaskPhase.At, AnchorPoint.SessionDate, "IV.4"),
            ("conclusion-notice", "party-office", TaskPhase.After, AnchorPoint.SessionHeld, "IV.3"),
            ("answer-outstanding", "people-committee", TaskPhase.After, AnchorPoint.ConclusionIssued, "IV.2"),
            ("send-answers-to-front", "people-committee", TaskPhase.After, AnchorPoint.ConclusionIssued, "IV.2"),
            ("council-supervision", "council", TaskPhase.After, AnchorPoint.SessionHeld, "IV.1"),
            ("front-supervision", "front", TaskPhase.After, AnchorPoint.ConclusionIssued, "IV.6"),
            ("front-mobilisation", "front", TaskPhase.After, AnchorPoint.ConclusionIssued, "IV.6"),
            ("propaganda-after", "propaganda", TaskPhase.After, AnchorPoint.SessionHeld, "IV.4"),
        ], plan.Tasks.Select(t => (t.Key, t.Owner, t.Phase, t.Anchor, t.Clause)));
        Assert.All(plan.Tasks, t => Assert.True(t.PerSession));
        // IV.4: the Party committee's propaganda section guides the centre, before, during and after.
        Assert.All(plan.Tasks.Where(t => t.Key.StartsWith("propaganda", StringComparison.Ordinal)), t => Assert.Equal(["culture-centre"], t.Supporting));
        Assert.StartsWith("Ngay sau khi có thông báo kết luận hội nghị", plan.Tasks.Single(t => t.Key == "answer-outstanding").Title, StringComparison.Ordinal);
        Assert.Contains("(trừ những nội dung đã được trả lời, làm rõ ngay tại hội nghị)", plan.Tasks.Single(t => t.Key == "conclusion-notice").Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_SurveyDeadline_IsOnOrBefore4October2023QuotingTheDocument_IV6()
    {
        var survey = Define().Tasks.Single(t => t.Key == "front-survey");

        var rule = Assert.IsType<OnOrBeforeDateRule>(survey.Deadline);
        Assert.Equal(new LocalDate(2023, 10, 4), rule.Date);
        Assert.Equal("Thời gian chậm nhất ngày 04/10/2023", rule.Phrase);
        Assert.Equal("Tổ chức lấy phiếu ý kiến, phân loại, tổng hợp ý kiến gửi về Đảng ủy", survey.Title);
    }

    [Fact]
    public void Define_Deadlines_OnlyTheSurveyAndTheStepsAtTheConferenceHaveOne()
    {
        var plan = Define();

        Assert.Equal(
            ["front-survey", "direct-units", "secretary-answers", "council-chair-answers", "pc-chair-answers", "closing-conclusion",
             "party-office-minutes", "government-office-minutes", "propaganda-during"],
            plan.Tasks.Where(t => t.Deadline is not null).Select(t => t.Key));
        Assert.All(plan.Tasks.Where(t => t.Phase == TaskPhase.At), t => Assert.Equal(0, Assert.IsType<WithinDaysAfterRule>(t.Deadline).Days));
        Assert.Equal("trong Hội nghị", plan.Tasks.Single(t => t.Key == "propaganda-during").Deadline!.Phrase);
        Assert.Equal("tại hội nghị", plan.Tasks.Single(t => t.Key == "party-office-minutes").Deadline!.Phrase);
    }

    [Fact]
    public void Define_Participants_ThreeCoChairsAndTheInvitedByLevelWithQuotas_III3_IV6()
    {
        var plan = Define();

        Assert.Equal(
            ["Đồng chí Bí thư Đảng ủy Phường IV", "Đồng chí Chủ tịch Hội đồng nhân dân Phường IV", "Đồng chí Chủ tịch Ủy ban nhân dân Phường IV"],
            plan.Participants.Where(p => p.Role == ParticipantRole.CoChair).Select(p => p.Name));
        Assert.DoesNotContain(plan.Participants, p => p.Role == ParticipantRole.Chair);
        Assert.Equal(
            ["Đại diện Thường trực Thành ủy", "Đại diện lãnh đạo Ban Dân vận Thành ủy", "Đại diện lãnh đạo UB. MTTQVN Thành phố Tây Ninh"],
            plan.Participants.Where(p => p.Level == "Cấp Thành phố").Select(p => p.Name));
        Assert.Equal(8, plan.Participants.Count(p => p.Level == "Cấp phường"));
        Assert.Equal(
        [
            ("Bí thư, Phó Bí thư các chi, đảng bộ trực thuộc Đảng ủy", null),
            ("Bí thư, Phó Bí thư các chi bộ trực thuộc Đảng ủy bộ phận khu phố 5, 6", null),
            ("Các đồng chí trưởng 6 khu phố", "01 mỗi khu phố"),
            ("Các đồng chí Trưởng Ban Công tác Mặt trận 6 khu phố", "01 mỗi khu phố"),
            ("Nhân dân 6 khu phố (mỗi khu phố mời đại diện 05 hộ gia đình)", "05 mỗi khu phố"),
        ], plan.Participants.Where(p => p.Level == "Khu phố").Select(p => (p.Name, p.Quota?.ToString())));
        Assert.Equal(ParticipantRole.Citizens, plan.Participants[^1].Role);
        // IV.6: "05 ủy viên của Mặt trận Tổ quốc Phường"; "05 đoàn viên, hội viên/đơn vị".
        Assert.Equal("05", plan.Participants.Single(p => p.Name == "Ủy viên Ủy ban Mặt trận Tổ quốc Phường IV").Quota!.ToString());
        Assert.Equal("05 mỗi đơn vị", plan.Participants.Single(p => p.Name.StartsWith("Đoàn viên, hội viên", StringComparison.Ordinal)).Quota!.ToString());
        Assert.Equal(ParticipantRole.Secretary, plan.Participants.Single(p => p.Name == "Thư ký hội nghị").Role);
    }

    [Fact]
    public void Define_Agenda_IsTheProgrammeInOrderWithItsOwners_III4()
    {
        Assert.Equal(
        [
            (1, "Văn phòng Đảng ủy"),
            (2, "Đồng chí Bí thư Đảng ủy"),
            (3, "Đồng chí Chủ tịch UBND"),
            (4, "MTTQ Phường"),
            (5, "Chủ trì hội nghị theo từng lĩnh vực: Bí thư Đảng ủy (lãnh đạo của Đảng), Chủ tịch HĐND Phường (hoạt động của HĐND), Chủ tịch UBND (quản lý, hoạt động của chính quyền); lãnh đạo các cơ quan, đơn vị có liên quan khi được yêu cầu"),
            (6, "Đồng chí Bí thư Đảng ủy"),
        ], Define().Agenda.Select(a => (a.Order, a.Owner)));
        Assert.Equal("Thông báo nhanh về tình hình kinh tế - xã hội của Phường", Define().Agenda[2].Title);
        Assert.Equal("Phát biểu kết luận, kết thúc hội nghị", Define().Agenda[5].Title);
    }

    [Fact]
    public void Define_Petitions_RoutedByDomainToTheThreeCoChairs_Footnote1()
    {
        var policy = Define().Petitions;

        Assert.Equal(
        [
            ("party-leadership", "Lĩnh vực liên quan vai trò lãnh đạo của Đảng", "Đồng chí Bí thư Đảng ủy"),
            ("council-activity", "Lĩnh vực liên quan hoạt động của Hội đồng nhân dân", "Đồng chí Chủ tịch HĐND Phường"),
            ("administration", "Lĩnh vực liên quan đến quản lý, hoạt động của chính quyền", "Đồng chí Chủ tịch Ủy ban nhân dân"),
        ], policy.Routes.Select(r => (r.Domain, r.Name, r.AnsweredBy)));
        Assert.True(policy.AcceptsAtSession);
        Assert.Null(policy.RegistrationWindow);
        Assert.Null(policy.AnswerDeadline);
        Assert.Equal(PetitionAnswerAnchor.ConclusionIssued, policy.AnswerAnchor);
        Assert.True(policy.AnswersInWritingWhenNotAnsweredAtSession);
        Assert.True(policy.EscalatesBeyondAuthority);
        Assert.False(policy.RedirectsOutsideAuthority);
        Assert.Equal(["III.4, chú thích 1", "III.4", "II.3", "I.2", "IV.2", "IV.3", "IV.6", "II.2"], policy.Clauses.Select(c => c.Clause));
        Assert.Contains("chậm nhất ngày 04/10/2023", policy.Clauses.Single(c => c.Clause == "IV.6").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_Rules_OneConferenceNoAdHocNoReportUpwards()
    {
        var plan = Define();

        Assert.False(plan.Rules.AllowsAdHocSessions);
        Assert.True(plan.Rules.RequiresAnnouncement);
        Assert.True(plan.Rules.RequiresConclusionNotice);
        Assert.Empty(plan.ReportRecipients);
        Assert.Contains(plan.Notes, n => n.Text.StartsWith("Văn bản không quy định báo cáo kết quả hội nghị lên cấp trên", StringComparison.Ordinal));
    }

    [Fact]
    public void Define_OtherCountsAndWard_FlowIntoParticipantsScopeAndTitles()
    {
        var plan = Define(("ward", "Phường 3"), ("quarters", "8"), ("households-per-quarter", "7"), ("front-members", "3"),
            ("members-per-organisation", "4"), ("subcommittee-quarters", "7"), ("survey-due", "2023-10-10"), ("session", "2023-10-20"));

        Assert.Equal("Đảng ủy Phường 3", plan.Issuer);
        Assert.Equal(8, plan.Sessions[0].Scope.Count);
        Assert.Equal(new LocalDate(2023, 10, 20), plan.Sessions[0].When.Date);
        Assert.Contains(plan.Participants, p => p.Name == "Nhân dân 8 khu phố (mỗi khu phố mời đại diện 07 hộ gia đình)" && p.Quota == new ParticipantQuota(7, 7, "khu phố", "quarter"));
        Assert.Contains(plan.Participants, p => p.Name == "Bí thư, Phó Bí thư các chi bộ trực thuộc Đảng ủy bộ phận khu phố 7");
        Assert.StartsWith("Mặt trận Tổ quốc chọn mời 03 ủy viên của Mặt trận Tổ quốc Phường 3; các tổ chức chính trị - xã hội, hội quần chúng chọn cử 04 đoàn viên",
            plan.Tasks.Single(t => t.Key == "front-delegates").Title, StringComparison.Ordinal);
        Assert.Equal("Thời gian chậm nhất ngày 10/10/2023", plan.Tasks.Single(t => t.Key == "front-survey").Deadline!.Phrase);
    }

    [Theory]
    // The survey results feed the conference (IV.6): a conference on or before their due day is refused.
    [InlineData("2023-10-04")]
    [InlineData("2023-10-02")]
    [InlineData("2023-09")]
    public void Define_ConferenceNotAfterTheSurveysDueDay_IsRefused(string session)
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("session", session)));

        Assert.Equal(("session", session), (error.Key, error.Value));
        Assert.StartsWith("a date after the survey results' due day 2023-10-04", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_ConferenceOutsideThePlansYear_IsRefused()
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("year", "2023"), ("session", "2024-01-10")));

        // Named both: the conference's year and the year given.
        Assert.Equal("year", error.Key);
        Assert.Contains("'2024-01-10' is in 2024, the year given is 2023", error.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("12")]
    public void Define_SubCommitteeQuarterBeyondTheWardsQuarters_IsRefused(string quarter)
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("subcommittee-quarters", quarter)));

        Assert.Equal(("subcommittee-quarters", quarter, "a quarter number from 1 to 6, the ward's number of quarters"), (error.Key, error.Value, error.Expected));
    }

    [Fact]
    public void Define_SubCommitteeQuarterTwice_IsRefused()
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("subcommittee-quarters", "5"), ("subcommittee-quarters", "5")));

        Assert.Equal("each quarter once", error.Expected);
    }

    [Fact]
    public void Define_EveryDefinition_Validates()
    {
        Define().Validate();
        Define(("session", "2023-10-12")).Validate();
    }
}
