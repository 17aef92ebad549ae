using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Ward.UrbanGovernment;
using NodaTime;

namespace Dialogue.Workflows.Ward.Tests.UrbanGovernment;

/// <summary>What the urban-government type declares from the Hà Cầu 2024 plan, checked clause by clause.</summary>
public sealed class UrbanGovernmentDefinitionTests
{
    private static readonly PlanTypeHarness Ward = new(new UrbanGovernmentPlanType(), new LocalDate(2024, 3, 1));

    private static PlanDefinition Define(params (string Key, string Value)[] parameters) => Ward.Preview(parameters).Definition;

    [Fact]
    public void Key_AndVersion_AreTheOnesTheBriefFixes()
    {
        var type = new UrbanGovernmentPlanType();

        Assert.Equal("urban-government", type.Key);
        Assert.Equal(1, type.Version);
    }

    [Fact]
    public void Parameters_Defaults_AreTheDocuments()
    {
        // II.3 "Dự kiến tháng 6 năm 2024", "Dự kiến tháng 11 năm 2024"; II.4 "mỗi tổ dân phố từ 5-7 đại biểu".
        var parameters = new UrbanGovernmentPlanType().Parameters.ToDictionary(p => p.Key);

        Assert.Equal(["2024-06", "2024-11"], parameters["session"].Defaults);
        Assert.True(parameters["session"].Multiple);
        Assert.Equal(PlanParameterKind.DateOrPeriod, parameters["session"].Kind);
        // The year has no default of its own: it follows the sessions (2024 for the document's).
        Assert.Empty(parameters["year"].Defaults);
        Assert.Equal(["5"], parameters["delegates-min"].Defaults);
        Assert.Equal(["7"], parameters["delegates-max"].Defaults);
        Assert.Equal(["Hà Cầu"], parameters["ward"].Defaults);
        Assert.Equal(["Hà Đông"], parameters["district"].Defaults);
    }

    [Fact]
    public void Define_Defaults_TwoSessionsPlannedForJuneAndNovember2024AtTheWardHall()
    {
        var sessions = Define().Sessions;

        Assert.Equal(["session-1", "session-2"], sessions.Select(s => s.Key));
        Assert.All(sessions, s => Assert.Equal(AnchorKind.Month, s.When.Kind));
        Assert.Equal(new DateInterval(new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 30)), sessions[0].When.Period);
        Assert.Equal(new DateInterval(new LocalDate(2024, 11, 1), new LocalDate(2024, 11, 30)), sessions[1].When.Period);
        Assert.All(sessions, s => Assert.StartsWith("Hội trường tầng 3, Trụ sở Đảng ủy - UBND phường (Số 163 đường Lê Hồng Phong", s.Venue, StringComparison.Ordinal));
    }

    [Fact]
    public void Define_Defaults_AtLeastTwoSessionsAYearIsARuleAndNoLeadTimeIsInvented()
    {
        var plan = Define();

        Assert.Equal(2, plan.Rules.MinimumSessionsPerYear);
        // I.2 requires the radio announcement but the plan fixes no number of days.
        Assert.True(plan.Rules.RequiresAnnouncement);
        Assert.Null(plan.Rules.AnnouncementLeadTime);
        Assert.True(plan.Rules.RequiresConclusionNotice);
        Assert.False(plan.Rules.AllowsAdHocSessions);
    }

    [Fact]
    public void Define_Defaults_CitesDecree32AsSecondaryInANote()
    {
        var note = Assert.Single(Define().Notes, n => n.Text.StartsWith("Nghị định 32/2021/NĐ-CP", StringComparison.Ordinal));

        Assert.Contains("THỨ CẤP", note.Text, StringComparison.Ordinal);
        Assert.Contains("SECONDARY", note.EnglishText, StringComparison.Ordinal);
        Assert.Contains("ít nhất 02 lần/năm", note.Text, StringComparison.Ordinal);
        Assert.Contains("07 ngày", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_Defaults_NamesTheWardTheBasisAndNoNumberOrDate()
    {
        var plan = Define();

        Assert.Equal("Đối thoại giữa Chủ tịch UBND phường với Nhân dân trên địa bàn phường Hà Cầu năm 2024", plan.Title);
        Assert.Equal("UBND phường Hà Cầu", plan.Issuer);
        Assert.Equal(2024, plan.Year);
        Assert.Null(plan.DocumentNumber);
        Assert.Null(plan.IssuedOn);
        Assert.Equal(2, plan.Basis.Count);
        Assert.StartsWith("Điều 12 Nghị định số 32/NĐ-CP ngày 29/3/2021", plan.Basis[0], StringComparison.Ordinal);
        Assert.Equal("Quy chế làm việc của UBND phường Hà Cầu", plan.Basis[1]);
    }

    [Fact]
    public void Define_Defaults_TheAgendaOfII6InOrderWithItsOwners()
    {
        var agenda = Define().Agenda;

        Assert.Equal([1, 2, 3, 4, 5, 6], agenda.Select(a => a.Order));
        Assert.Equal("Tuyên bố lý do, giới thiệu đại biểu, chủ trì và thư ký hội nghị", agenda[0].Title);
        Assert.Equal("Thông qua chương trình đối thoại", agenda[1].Title);
        Assert.Equal("Báo cáo tóm tắt tình hình kinh tế - xã hội, quốc phòng - an ninh trên địa bàn phường", agenda[2].Title);
        Assert.Equal("Nghe Nhân dân phát biểu ý kiến, trình bày tâm tư, nguyện vọng, đề xuất, kiến nghị", agenda[3].Title);
        Assert.Equal("Đại diện Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội phát biểu ý kiến", agenda[4].Title);
        Assert.Equal("Đồng chí chủ trì trao đổi, giải thích, tiếp thu ý kiến góp ý, kiến nghị của nhân dân và kết luận Hội nghị", agenda[5].Title);
        // The plan names no one for items 1–2: that is said, not invented.
        Assert.Equal(["(kế hoạch không nêu)", "(kế hoạch không nêu)"], agenda.Take(2).Select(a => a.Owner));
        Assert.StartsWith("Văn phòng UBND phường", agenda[2].Owner, StringComparison.Ordinal);
        Assert.Equal("Đại diện Nhân dân", agenda[3].Owner);
        Assert.StartsWith("Đồng chí Chủ tịch UBND phường", agenda[5].Owner, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_Defaults_ChairSecretaryInviteesAndFiveToSevenDelegatesPerGroup()
    {
        // II.2 chair and secretary; II.4 participants.
        var participants = Define().Participants;

        Assert.Equal(("Đồng chí Chủ tịch UBND phường", ParticipantRole.Chair), (participants[0].Name, participants[0].Role));
        Assert.Equal(("Công chức Văn phòng - Thống kê phường", ParticipantRole.Secretary), (participants[1].Name, participants[1].Role));
        Assert.Equal(
        [
            "Đại biểu HĐND quận ứng cử tại phường",
            "Thường trực Đảng ủy, Ủy ban nhân dân phường",
            "Đại diện lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội phường",
            "Trưởng công an, Chỉ huy trưởng Ban chỉ huy quân sự phường và công chức chuyên môn",
        ], participants.Where(p => p.Role == ParticipantRole.Invited).Select(p => p.Name));
        var people = Assert.Single(participants, p => p.Role == ParticipantRole.Citizens);
        Assert.Equal("Đại diện Nhân dân trên địa bàn phường", people.Name);
        Assert.Equal(new ParticipantQuota(5, 7, "tổ dân phố", "residential group"), people.Quota);
        Assert.Equal("5–7 mỗi tổ dân phố", people.Quota!.ToString());
        Assert.Contains("tùy vào tình hình thực tế của địa phương", people.Condition, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_Defaults_EveryUnitOfSectionIII()
    {
        var plan = Define();

        // The chairman, who chairs and signs (II.2, "CHỦ TỊCH"), first; then every unit of section III.
        Assert.Equal(["chairman", "office", "specialists", "culture", "radio", "finance", "police", "front"], plan.Units.Select(u => u.Key));
        Assert.Equal("Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội phường", plan.Unit("front").Name);
    }

    [Fact]
    public void Define_Defaults_EveryTaskWithItsOwnerPhaseAndClause()
    {
        var tasks = Define().Tasks;

        Assert.Equal(
        [
            ("office-plan", "office", TaskPhase.Before, "III.1"),
            ("office-situation-report", "office", TaskPhase.Before, "III.1"),
            ("office-invitations", "office", TaskPhase.Before, "III.1"),
            ("office-logistics", "office", TaskPhase.Before, "III.1"),
            ("radio-announcement", "radio", TaskPhase.Before, "III.2"),
            ("culture-slogans", "culture", TaskPhase.Before, "III.2"),
            ("finance-funding", "finance", TaskPhase.Before, "III.3"),
            ("front-concerns", "front", TaskPhase.Before, "III.5"),
            ("police-security", "police", TaskPhase.At, "III.4"),
            ("front-explain-at", "front", TaskPhase.At, "III.5"),
            ("office-report", "office", TaskPhase.After, "III.1"),
            ("office-follow-up", "office", TaskPhase.After, "III.1"),
            ("specialists-answers", "specialists", TaskPhase.After, "III.1"),
            ("culture-news", "culture", TaskPhase.After, "III.2"),
            ("finance-settlement", "finance", TaskPhase.After, "III.3"),
            ("front-explain-after", "front", TaskPhase.After, "III.5"),
        ], tasks.Select(t => (t.Key, t.Owner, t.Phase, t.Clause!)));
        // The plan is drawn up once; everything else repeats for each session.
        Assert.Equal(["office-plan"], tasks.Where(t => !t.PerSession).Select(t => t.Key));
    }

    [Fact]
    public void Define_Defaults_NoTaskHasADeadlineBecauseTheDocumentSetsNone()
    {
        var tasks = Define().Tasks;

        Assert.All(tasks, t => Assert.Null(t.Deadline));
        Assert.All(tasks, t => Assert.Equal(AnchorPoint.None, t.Anchor));
    }

    [Fact]
    public void Define_Defaults_ReportsGoToTheFourNamedDistrictRecipients()
    {
        // III.1: "gửi đến Thường trực HĐND, UBND quận, Chủ tịch UBND quận, Tổ đại biểu HĐND quận".
        Assert.Equal(
        [
            "Thường trực HĐND quận Hà Đông", "UBND quận Hà Đông", "Chủ tịch UBND quận Hà Đông", "Tổ đại biểu HĐND quận Hà Đông",
        ], Define().ReportRecipients.Select(r => r.Name));
    }

    [Fact]
    public void Define_Defaults_PetitionsHeardAtTheSessionAndFollowedUpInWriting()
    {
        var petitions = Define().Petitions;

        Assert.True(petitions.AcceptsAtSession);
        Assert.True(petitions.AnswersInWritingWhenNotAnsweredAtSession);
        Assert.True(petitions.EscalatesBeyondAuthority); // I.1 "hoặc đề xuất cấp có thẩm quyền"
        Assert.Null(petitions.RegistrationWindow);
        Assert.Null(petitions.AnswerDeadline);
        Assert.Empty(petitions.ExcludedCategories);
        Assert.Equal(["I.1", "II.5", "II.6", "III.1", "III.5"], petitions.Clauses.Select(c => c.Clause));
    }

    [Fact]
    public void Define_Defaults_DistributionFundingAndSlipsAreNotes()
    {
        var notes = Define().Notes;

        Assert.Contains(notes, n => n.Clause == "Nơi nhận" && n.Text.Contains("Phòng Nội vụ quận", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Clause == "III.3" && n.Text.StartsWith("Kinh phí", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Text.Contains("Đổi thoại", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Clause == "I.2" && n.Text.Contains("hệ thống đài truyền thanh", StringComparison.Ordinal));
    }

    [Fact]
    public void Define_OneSession_IsRejectedAsBelowTheMinimum()
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("session", "2024-06")));

        Assert.Equal(("session", "2024-06"), (error.Key, error.Value));
        Assert.Contains("at least 2 sessions", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_ThreeSessions_AreAccepted()
    {
        var plan = Define(("session", "2024-04"), ("session", "2024-06-20"), ("session", "2024-11"));

        Assert.Equal(["session-1", "session-2", "session-3"], plan.Sessions.Select(s => s.Key));
        Assert.Equal(new LocalDate(2024, 6, 20), plan.Sessions[1].When.Date);
    }

    [Fact]
    public void Define_TheSameMonthTwice_IsRejected() =>
        Assert.Equal("session", Assert.Throws<InvalidPlanParameterException>(() => Define(("session", "2024-06"), ("session", "2024-06"))).Key);

    [Fact]
    public void Define_SessionOutsideThePlansYear_IsRejected()
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("session", "2024-06"), ("session", "2025-01-10")));

        Assert.Equal(("session", "2025-01-10"), (error.Key, error.Value));
    }

    [Fact]
    public void Define_FewerDelegatesAtMostThanAtLeast_IsRejected() =>
        Assert.Equal("delegates-max", Assert.Throws<InvalidPlanParameterException>(() => Define(("delegates-min", "6"), ("delegates-max", "4"))).Key);

    [Fact]
    public void Define_IssuedAfterTheFirstSession_IsRejected() =>
        Assert.Equal("issued-on", Assert.Throws<InvalidPlanParameterException>(() => Define(("issued-on", "2024-07-01"))).Key);

    [Fact]
    public void Define_OtherDistrict_NamesItsBodiesAsRecipients() =>
        Assert.Equal("Chủ tịch UBND quận Long Biên", Define(("ward", "Bồ Đề"), ("district", "Long Biên")).ReportRecipients[2].Name);

    [Fact]
    public void Define_Defaults_IsAValidDefinition() => Define().Validate();
}
