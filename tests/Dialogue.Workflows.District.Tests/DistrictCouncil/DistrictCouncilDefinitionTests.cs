using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.District.DistrictCouncil;
using Dialogue.Workflows.Plans;
using NodaTime;

namespace Dialogue.Workflows.District.Tests.DistrictCouncil;

/// <summary>What the plan type declares on the document's own parameters, clause by clause of the Sơn Động 2024 plan.</summary>
public sealed class DistrictCouncilDefinitionTests
{
    private static readonly DistrictCouncilPlanType Type = new();

    private static PlanDefinition Define(params (string Key, string Value)[] given) =>
        Type.Define(PlanParameters.Bind(Type, given.Select(g => new KeyValuePair<string, string>(g.Key, g.Value))));

    [Fact]
    public void Type_KeyAndVersion_AreTheLibrarysNames()
    {
        Assert.Equal("district-council", Type.Key);
        Assert.Equal(1, Type.Version);
        Assert.Equal(
            ["session", "year", "district", "province", "q2-scope", "q3-scope", "document-number", "issued-on"],
            Type.Parameters.Select(p => p.Key));
        var session = Type.Parameters.Single(p => p.Key == "session");
        Assert.Equal(PlanParameterKind.DateOrPeriod, session.Kind);
        Assert.True(session.Multiple);
        Assert.Equal(["2024-Q2", "2024-Q3"], session.Defaults);
        // The year has no default of its own: it follows the sessions (2024 for the document's).
        Assert.Empty(Type.Parameters.Single(p => p.Key == "year").Defaults);
    }

    [Fact]
    public void Define_DocumentDefaults_HasTheQ2AndQ3SessionsWithTheirNamedCommunes_II2()
    {
        var plan = Define();

        Assert.Equal(["q2", "q3"], plan.Sessions.Select(s => s.Key));
        var q2 = plan.Sessions[0];
        Assert.Equal(AnchorKind.Quarter, q2.When.Kind);
        Assert.Equal(new DateInterval(new LocalDate(2024, 4, 1), new LocalDate(2024, 6, 30)), q2.When.Period);
        Assert.Equal(["Thị trấn An Châu", "Xã An Bá", "Xã Vĩnh An", "Xã Lệ Viễn"], q2.Scope);
        var q3 = plan.Sessions[1];
        Assert.Equal(new DateInterval(new LocalDate(2024, 7, 1), new LocalDate(2024, 9, 30)), q3.When.Period);
        Assert.Equal(["Thị trấn Tây Yên Tử", "Xã Yên Định", "Xã Tuấn Đạo", "Xã Thanh Luận"], q3.Scope);
        Assert.StartsWith("Tiếp xúc, đối thoại Quý II", q2.Title, StringComparison.Ordinal);
        // II.1: the topics of every session.
        Assert.StartsWith("Phát triển kinh tế, văn hoá xã hội, xây dựng nông thôn mới", q2.Topic, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_DocumentDefaults_IsIssuedByTheDistrictCouncilsStandingCommitteeOnDecision1158()
    {
        var plan = Define();

        Assert.Equal("Thường trực Hội đồng nhân dân huyện Sơn Động", plan.Issuer);
        Assert.Equal(2024, plan.Year);
        Assert.StartsWith("Kế hoạch tiếp xúc, đối thoại trực tiếp và lắng nghe, giải quyết những phản ánh, kiến nghị của nhân dân", plan.Title, StringComparison.Ordinal);
        Assert.EndsWith("năm 2024", plan.Title, StringComparison.Ordinal);
        var basis = Assert.Single(plan.Basis);
        Assert.StartsWith("Quyết định số 1158-QĐ/TU ngày 09/7/2015 của Ban Thường vụ Tỉnh ủy", basis, StringComparison.Ordinal);
        // "Số: /KH-HĐND", "ngày tháng 01 năm 2024": both blank in the document, so neither is made up.
        Assert.Null(plan.DocumentNumber);
        Assert.Null(plan.IssuedOn);
        Assert.Contains(plan.Notes, n => n.Text.Contains("Số: /KH-HĐND", StringComparison.Ordinal));
    }

    [Fact]
    public void Define_Units_AreEveryUnitTheDocumentGivesATask_IIIandIV()
    {
        var plan = Define();

        Assert.Equal(
        [
            ("office", "Văn phòng HĐND và UBND huyện"),
            ("chairman", "Chủ tịch HĐND huyện"),
            ("district-pc", "Lãnh đạo UBND huyện"),
            ("agencies", "Thủ trưởng các cơ quan, đơn vị thuộc UBND huyện"),
            ("front", "Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện"),
            ("culture", "Phòng Văn hóa và Thông tin huyện"),
            ("culture-centre", "Trung tâm Văn hóa Thông tin và Thể thao huyện"),
            ("communes", "HĐND, UBND các xã, thị trấn"),
        ], plan.Units.Select(u => (u.Key, u.Name)));
    }

    [Fact]
    public void Define_Tasks_GiveEveryUnitItsStepsWithPhaseAndClause()
    {
        var plan = Define();

        Assert.Equal(
        [
            ("propaganda", "culture", TaskPhase.Before, "IV.2", false),
            ("agency-implementation-plans", "agencies", TaskPhase.Before, "IV, đoạn cuối", false),
            ("commune-implementation-plans", "communes", TaskPhase.Before, "IV, đoạn cuối", false),
            ("attend-secretary-dialogues", "chairman", TaskPhase.At, "IV, đoạn cuối", false),
            ("commune-petitions", "communes", TaskPhase.Before, "IV.3", true),
            ("invitations", "office", TaskPhase.Before, "III.1", true),
            ("time-and-venue", "office", TaskPhase.Before, "III.1", true),
            ("classify-petitions", "office", TaskPhase.Before, "III.1", true),
            ("prepare-content", "office", TaskPhase.Before, "III.1; IV.1", true),
            ("opening-report", "office", TaskPhase.Before, "III.1", true),
            ("answer-at-session", "chairman", TaskPhase.At, "III.2; I.2", true),
            ("conclude-session", "chairman", TaskPhase.At, "III.2", true),
            ("conclusion-notice", "office", TaskPhase.After, "III.3; IV.1", true),
            ("assign-unanswered", "office", TaskPhase.After, "IV.1", true),
            ("resolve-petitions", "agencies", TaskPhase.After, "I.2; IV.1", true),
            ("follow-up", "office", TaskPhase.After, "III.3; IV.1", true),
            ("results-report", "office", TaskPhase.After, "III.3; IV.1", true),
            ("dossier", "office", TaskPhase.After, "III.3", true),
            ("front-supervision", "front", TaskPhase.After, "III.3", true),
        ], plan.Tasks.Select(t => (t.Key, t.Owner, t.Phase, t.Clause, t.PerSession)));
        Assert.Equal(["culture-centre"], plan.Tasks.Single(t => t.Key == "propaganda").Supporting);
        Assert.Equal(["district-pc", "agencies"], plan.Tasks.Single(t => t.Key == "answer-at-session").Supporting);
        Assert.Equal(["agencies"], plan.Tasks.Single(t => t.Key == "prepare-content").Supporting);
    }

    [Fact]
    public void Define_Deadlines_OnlyTheStepsAtTheSessionHaveOne_TheDocumentSetsNoNumberOfDays()
    {
        var plan = Define();

        // III.2: the steps of the programme fall on the session's own day; nothing else has a deadline in the document.
        var dated = plan.Tasks.Where(t => t.Deadline is not null).ToList();
        Assert.Equal(["answer-at-session", "conclude-session"], dated.Select(t => t.Key));
        Assert.All(dated, t =>
        {
            var rule = Assert.IsType<WithinDaysAfterRule>(t.Deadline);
            Assert.Equal(0, rule.Days);
            Assert.Equal("tại hội nghị", rule.Phrase);
            Assert.Equal(AnchorPoint.SessionDate, t.Anchor);
        });
        Assert.Contains(plan.Notes, n => n.Clause == "III" && n.Text.Contains("không ấn định số ngày", StringComparison.Ordinal));
    }

    [Fact]
    public void Define_AfterTheSession_NoticeFollowUpReportsDossierAndFrontSupervision_III3()
    {
        var plan = Define();

        Assert.True(plan.Rules.RequiresConclusionNotice);
        Assert.Equal(
            [("Thường trực HĐND tỉnh Bắc Giang", "Standing committee of the Bắc Giang provincial People's Council"),
             ("Ban Thường vụ Huyện ủy Sơn Động", "Standing committee of the Sơn Động district Party committee")],
            plan.ReportRecipients.Select(r => (r.Name, r.EnglishName)));
        var supervision = plan.Tasks.Single(t => t.Key == "front-supervision");
        Assert.Equal(("front", TaskPhase.After, AnchorPoint.ConclusionIssued), (supervision.Owner, supervision.Phase, supervision.Anchor));
        Assert.StartsWith("Giám sát việc thực hiện kết luận của đồng chí Chủ tịch HĐND huyện", supervision.Title, StringComparison.Ordinal);
        Assert.Equal(AnchorPoint.SessionHeld, plan.Tasks.Single(t => t.Key == "conclusion-notice").Anchor);
        Assert.Contains("Thường trực HĐND tỉnh; Ban Thường vụ Huyện ủy", plan.Tasks.Single(t => t.Key == "results-report").Title, StringComparison.Ordinal);
        Assert.Contains("báo cáo Thường trực HĐND huyện", plan.Tasks.Single(t => t.Key == "follow-up").Title, StringComparison.Ordinal);
        Assert.StartsWith("Lập hồ sơ, tài liệu", plan.Tasks.Single(t => t.Key == "dossier").Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_Rules_AllowAdHocSessionsWheneverAnIssueArises_II2()
    {
        var plan = Define();

        Assert.True(plan.Rules.AllowsAdHocSessions);
        Assert.True(plan.Rules.RequiresAnnouncement);
        Assert.Null(plan.Rules.AnnouncementLeadTime);
        Assert.False(plan.Rules.AllowsWrittenAnswersInsteadOfSession);
        Assert.Contains(plan.Notes, n => n.Clause == "II.2; IV, đoạn cuối" && n.Text.Contains("đột xuất", StringComparison.Ordinal));
    }

    [Fact]
    public void Define_Agenda_IsTheProgrammeInOrderWithItsOwners_III2()
    {
        var plan = Define();

        Assert.Equal(
        [
            (1, "Tuyên bố lý do, giới thiệu đại biểu"),
            (2, "Quán triệt những vấn đề trao đổi, tiếp xúc, đối thoại; báo cáo đề dẫn một số tình hình chung phục vụ tiếp xúc, đối thoại"),
            (3, "Tổng hợp một số nhóm vấn đề kiến nghị, đề xuất, phản ánh của nhân dân"),
            (4, "Các đại biểu phát biểu ý kiến theo nhóm vấn đề với nội dung đã đăng ký"),
            (5, "Nghe tâm tư, nguyện vọng, ý kiến kiến nghị, phản ánh, đề xuất của Nhân dân về các nội dung đối thoại"),
            (6, "Trực tiếp trả lời hoặc phát biểu làm rõ những vấn đề liên quan"),
            (7, "Kết luận buổi tiếp xúc, đối thoại"),
        ], plan.Agenda.Select(a => (a.Order, a.Title)));
        // The document names who answers and whose conclusion it is; for the opening items it names no one.
        Assert.Equal("Văn bản không ghi", plan.Agenda[0].Owner);
        Assert.Equal("Chủ tịch HĐND, Lãnh đạo UBND huyện; người đứng đầu cơ quan, tổ chức", plan.Agenda[5].Owner);
        Assert.StartsWith("Chủ tịch HĐND huyện", plan.Agenda[6].Owner, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_Participants_TheChairmanPresidesWithTheInvitedGroups_II3()
    {
        var plan = Define();

        Assert.Equal(
        [
            ("Chủ tịch HĐND huyện", ParticipantRole.Chair),
            ("Thường trực HĐND huyện", ParticipantRole.Invited),
            ("Lãnh đạo UBND huyện", ParticipantRole.Invited),
            ("Đại diện UB MTTQ huyện", ParticipantRole.Invited),
            ("Thủ trưởng các cơ quan, đơn vị thuộc UBND huyện", ParticipantRole.Invited),
            ("Đại biểu HĐND các xã, thị trấn", ParticipantRole.Invited),
            ("Bí thư Chi bộ, trưởng thôn, tổ dân phố", ParticipantRole.Invited),
            ("Đại diện nhân dân", ParticipantRole.Citizens),
        ], plan.Participants.Select(p => (p.Name, p.Role)));
        Assert.All(plan.Participants.Skip(5), p => Assert.Contains("phạm vi buổi tiếp xúc", p.Condition, StringComparison.Ordinal));
    }

    [Fact]
    public void Define_Petitions_AnsweredAtTheSessionOrAssignedToAgenciesOrProposedUpwards_I1_I2_IV1()
    {
        var policy = Define().Petitions;

        Assert.True(policy.AcceptsAtSession);
        Assert.Null(policy.RegistrationWindow);
        Assert.Null(policy.AnswerDeadline);
        Assert.True(policy.AnswersInWritingWhenNotAnsweredAtSession);
        Assert.True(policy.EscalatesBeyondAuthority);
        Assert.False(policy.RedirectsOutsideAuthority);
        Assert.Empty(policy.ExcludedCategories);
        Assert.Empty(policy.Routes);
        Assert.Equal(["I.2", "I.1", "IV.3", "III.1", "III.2", "III.2", "IV.1"], policy.Clauses.Select(c => c.Clause));
    }

    [Fact]
    public void Define_OtherDistrictAndScopes_FlowIntoIssuerRecipientsAndSessions()
    {
        var plan = Define(("district", "Lục Ngạn"), ("province", "Bắc Giang"), ("year", "2025"), ("session", "2025-04-15"), ("session", "2025-Q3"),
            ("q2-scope", "Xã Kiên Lao"), ("q3-scope", "Xã Biên Sơn"), ("q3-scope", "Thị trấn Chũ"), ("document-number", "12/KH-HĐND"), ("issued-on", "2025-01-20"));

        Assert.Equal("Thường trực Hội đồng nhân dân huyện Lục Ngạn", plan.Issuer);
        Assert.Equal("Ban Thường vụ Huyện ủy Lục Ngạn", plan.ReportRecipients[1].Name);
        Assert.Equal(["Xã Kiên Lao"], plan.Sessions[0].Scope);
        Assert.Equal(["Xã Biên Sơn", "Thị trấn Chũ"], plan.Sessions[1].Scope);
        Assert.Equal(new LocalDate(2025, 4, 15), plan.Sessions[0].When.Date);
        Assert.Equal("12/KH-HĐND", plan.DocumentNumber);
        Assert.Equal(new LocalDate(2025, 1, 20), plan.IssuedOn);
        Assert.EndsWith("năm 2025", plan.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_OneSessionOnly_IsRefusedNamingTheTwoExpected()
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("session", "2024-Q2")));

        Assert.Equal("session", error.Key);
        Assert.Contains("two dates or periods, the Q2 session's then the Q3 session's", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_SessionOutsideThePlansYear_IsRefused()
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("session", "2024-Q2"), ("session", "2025-Q3")));

        Assert.Equal("2025-Q3", error.Value);
        Assert.Contains("'2024-Q2' is in 2024, '2025-Q3' in 2025", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_YearDisagreeingWithTheSessions_IsRefusedNamingBoth()
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("year", "2023"), ("session", "2024-Q2"), ("session", "2024-Q3")));

        Assert.Equal(("year", "2023"), (error.Key, error.Value));
        Assert.Contains("'2024-Q2' is in 2024, the year given is 2023", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_SessionsWithoutAYear_TakeTheirYear()
    {
        Assert.Equal(2023, Define(("session", "2023-Q2"), ("session", "2023-Q3")).Year);
    }

    [Fact]
    public void Define_Q3SessionNotAfterTheQ2Session_IsRefused()
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("session", "2024-Q2"), ("session", "2024-06-20")));

        Assert.Equal("2024-06-20", error.Value);
        Assert.Contains("after the Q2 session's (2024-Q2)", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_EveryDefinition_Validates()
    {
        Define().Validate();
        Define(("session", "2024-05-16"), ("session", "2024-08-22")).Validate();
    }
}
