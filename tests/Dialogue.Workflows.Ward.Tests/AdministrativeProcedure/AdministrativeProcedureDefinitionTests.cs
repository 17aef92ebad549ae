using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Ward.AdministrativeProcedure;
using NodaTime;
using static Dialogue.Workflows.Ward.AdministrativeProcedure.AdministrativeProcedureTasks;
using static Dialogue.Workflows.Ward.Tests.AdministrativeProcedure.AdministrativeProcedureFixture;

namespace Dialogue.Workflows.Ward.Tests.AdministrativeProcedure;

/// <summary>What the plan type declares from plan 151/KH-UBND: identity, units and tasks, participants, petition rules, parameters.</summary>
public sealed class AdministrativeProcedureDefinitionTests
{
    private static readonly AdministrativeProcedurePlanType PlanType = new();

    private static PlanDefinition Define(params (string Key, string Value)[] parameters) =>
        PlanType.Define(PlanParameters.Bind(PlanType, PlanTypeHarness.Parameters(parameters)));

    [Fact]
    public void PlanType_KeyAndVersion_AreAsRegistered()
    {
        // The title is the document's subject: "đối thoại trực tiếp … về thủ tục hành chính và giải quyết thủ tục hành chính".
        Assert.Equal("administrative-procedure", PlanType.Key);
        Assert.Equal(1, PlanType.Version);
        Assert.Contains("thủ tục hành chính", PlanType.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_Defaults_IdentifyTheDocumentItsIssuerAndBasis()
    {
        // Header: "Số: 151/KH-UBND", "Phường 1, ngày 16 tháng 10 năm 2021"; "Căn cứ Kế hoạch số 264/KH-UBND-KSTT ngày 11 tháng 10 năm 2021".
        var definition = Define();

        definition.Validate();
        Assert.Equal("151/KH-UBND", definition.DocumentNumber);
        Assert.Equal(new LocalDate(2021, 10, 16), definition.IssuedOn);
        Assert.Equal(2021, definition.Year);
        Assert.Equal("Ủy ban nhân dân phường 1", definition.Issuer);
        Assert.Equal(
            "Kế hoạch tổ chức đối thoại trực tiếp với tổ chức, cá nhân về thủ tục hành chính và giải quyết thủ tục hành chính năm 2021",
            definition.Title);
        var basis = Assert.Single(definition.Basis);
        Assert.StartsWith("Kế hoạch số 264/KH-UBND-KSTT ngày 11 tháng 10 năm 2021 của Ủy ban nhân dân quận Tân Bình", basis, StringComparison.Ordinal);
        Assert.Contains(definition.Notes, n => n.Text.Contains("Tôn Nữ Hồng Châu", StringComparison.Ordinal));
    }

    [Fact]
    public void Define_Units_AreTheOfficeTheDepartmentsTheCommitteeAndItsLeaders()
    {
        // III.2 (công chức Văn phòng – Thống kê), III.3 (các bộ phận chuyên môn), II.2/II.4 (UBND phường), II.1 (Lãnh đạo UBND phường).
        var units = Define().Units.Select(u => (u.Key, u.Name)).ToList();

        Assert.Equal(
        [
            ("office", "Văn phòng Ủy ban nhân dân phường (công chức Văn phòng – Thống kê)"),
            ("departments", "Các bộ phận chuyên môn"),
            ("committee", "Ủy ban nhân dân phường 1"),
            ("leadership", "Lãnh đạo Ủy ban nhân dân phường"),
        ], units);
    }

    public static TheoryData<string, string, TaskPhase, string, bool> TaskTable => new()
    {
        { DraftPlan, "office", TaskPhase.Before, "III.2, gạch đầu dòng 1", false },
        { PublishPlan, "office", TaskPhase.Before, "III.2, gạch đầu dòng 2", false },
        { ReceiveForms, "office", TaskPhase.Before, "III.2, gạch đầu dòng 3; II.4, gạch đầu dòng 1", true },
        { DepartmentAnswers, "departments", TaskPhase.Before, "III.3; II.4, gạch đầu dòng 2", true },
        { DepartmentGuidance, "departments", TaskPhase.Before, "III.3", true },
        { CompileContent, "office", TaskPhase.Before, "II.4, gạch đầu dòng 3", true },
        { BuildProgramme, "office", TaskPhase.Before, "III.2, gạch đầu dòng 5", true },
        { DraftInvitations, "office", TaskPhase.Before, "III.2, gạch đầu dòng 4", true },
        { InviteOrAnswerInWriting, "committee", TaskPhase.Before, "II.4, gạch đầu dòng 4", true },
        { ChairConference, "leadership", TaskPhase.At, "II.1", true },
        { AnswerAtConference, "committee", TaskPhase.At, "II.2, gạch đầu dòng 1", true },
        { AnswerAbsent, "committee", TaskPhase.After, "II.2, gạch đầu dòng 1", true },
        { AnswerInWriting, "committee", TaskPhase.After, "II.2, gạch đầu dòng 2", true },
        { ReportBeyondAuthority, "committee", TaskPhase.After, "II.2, gạch đầu dòng 2", true },
        { ReportToDistrict, "office", TaskPhase.After, "III.2, gạch đầu dòng 5", true },
    };

    [Theory]
    [MemberData(nameof(TaskTable))]
    public void Define_EachTask_HasTheOwnerPhaseAndClauseTheDocumentGivesIt(string key, string owner, TaskPhase phase, string clause, bool perSession)
    {
        var task = Define().Tasks.Single(t => t.Key == key);

        Assert.Equal(owner, task.Owner);
        Assert.Equal(phase, task.Phase);
        Assert.Equal(clause, task.Clause);
        Assert.Equal(perSession, task.PerSession);
        Assert.False(string.IsNullOrWhiteSpace(task.EnglishTitle));
    }

    [Fact]
    public void Define_Tasks_AreExactlyTheFifteenOfTheDocumentInItsOrder()
    {
        Assert.Equal(TaskTable.Select(row => (string)row[0]), Define().Tasks.Select(t => t.Key));
    }

    [Fact]
    public void Define_TasksTheDocumentGivesNoDate_HaveNoDeadlineRule()
    {
        // III.2 bullets 1, 2 and 5 (programme), II.1, II.2: no date in the document, none invented.
        var undated = Define().Tasks.Where(t => t.Deadline is null).Select(t => t.Key);

        Assert.Equal([DraftPlan, PublishPlan, BuildProgramme, ChairConference, AnswerAtConference, AnswerAbsent, AnswerInWriting, ReportBeyondAuthority], undated);
    }

    [Fact]
    public void Define_DatedTasks_UseTheDocumentsWordsAndKinds()
    {
        var tasks = Define().Tasks.ToDictionary(t => t.Key);

        var receive = Assert.IsType<DateWindowRule>(tasks[ReceiveForms].Deadline);
        Assert.Equal((new LocalDate(2021, 10, 18), new LocalDate(2021, 10, 25)), (receive.From, receive.To));
        Assert.Equal("từ ngày 18/10/2021 đến hết ngày 25/10/2021", receive.Phrase);
        var answers = Assert.IsType<DateWindowRule>(tasks[DepartmentAnswers].Deadline);
        Assert.Equal((new LocalDate(2021, 10, 26), new LocalDate(2021, 10, 28)), (answers.From, answers.To));
        Assert.StartsWith("sau 03 ngày kể từ ngày nhận được văn bản", answers.Phrase, StringComparison.Ordinal);
        var compile = Assert.IsType<DateWindowRule>(tasks[CompileContent].Deadline);
        Assert.Equal("từ ngày 29/10/2021 đến hết ngày 30/10/2021", compile.Phrase);
        var invitation = Assert.IsType<CalendarDaysBeforeRule>(tasks[DraftInvitations].Deadline);
        Assert.Equal((0, "Dự kiến ngày 05/11/2021", AnchorPoint.SessionDate), (invitation.Days, invitation.Phrase, tasks[DraftInvitations].Anchor));
        var report = Assert.IsType<BeforeDateRule>(tasks[ReportToDistrict].Deadline);
        Assert.Equal((new LocalDate(2021, 11, 10), "trước ngày 10/11/2021"), (report.Date, report.Phrase));
    }

    [Fact]
    public void Define_Participants_AreTheGroupsOfII1()
    {
        var groups = Define().Participants.Select(p => (p.Name, p.Role)).ToList();

        Assert.Equal(
        [
            ("Lãnh đạo Ủy ban nhân dân phường", ParticipantRole.Chair),
            ("Công chức đầu mối thực hiện công tác kiểm soát thủ tục hành chính", ParticipantRole.Invited),
            ("Công chức, người hoạt động không chuyên trách tham mưu giải quyết thủ tục hành chính", ParticipantRole.Invited),
            ("Tổ chức, cá nhân trên địa bàn phường có yêu cầu đối thoại trực tiếp", ParticipantRole.Citizens),
        ], groups);
        Assert.All(Define().Participants, p => Assert.Null(p.Quota));
        Assert.Equal("có yêu cầu đối thoại trực tiếp", Define().Participants[3].Condition);
    }

    [Fact]
    public void Define_PetitionPolicy_HoldsTheRulesOfII2II3II4AndIII3()
    {
        var petitions = Define().Petitions;

        // II.4, III.1: forms from 18/10/2021 to the end of 25/10/2021.
        var window = Assert.IsType<DateWindowRule>(petitions.RegistrationWindow);
        Assert.Equal((new LocalDate(2021, 10, 18), new LocalDate(2021, 10, 25)), (window.From, window.To));
        Assert.Equal(AnchorPoint.None, petitions.RegistrationAnchor);
        // II.2: petitions raised at the conference are taken.
        Assert.True(petitions.AcceptsAtSession);
        // II.3 Ghi chú: "Hội nghị không đối thoại những nội dung liên quan đến khiếu nại, tố cáo".
        Assert.Equal([PetitionCategory.Complaint, PetitionCategory.Denunciation], petitions.ExcludedCategories);
        Assert.Contains(petitions.Clauses, c => c.Text == "Hội nghị không đối thoại những nội dung liên quan đến khiếu nại, tố cáo." && c.Clause == "II.3, Ghi chú");
        // III.3's "sau 03 ngày kể từ ngày nhận được văn bản" is the departments' time to prepare the answer; the answer
        // itself is given at the conference, for which the document sets no deadline.
        Assert.Null(petitions.AnswerDeadline);
        // II.2 (written answers, escalation), III.3 (guidance to the competent body), II.4 (COVID-19: all in writing).
        Assert.True(petitions.AnswersInWritingWhenNotAnsweredAtSession);
        Assert.True(petitions.EscalatesBeyondAuthority);
        Assert.True(petitions.RedirectsOutsideAuthority);
        Assert.True(petitions.AnswersAllInWritingWhenNoMeeting);
        Assert.Contains(petitions.Clauses, c => c.Text.Contains("theo địa chỉ ghi trên phiếu đăng ký", StringComparison.Ordinal));
        Assert.Contains(petitions.Clauses, c => c.Text.Contains("p1.tanbinh@tphcm.gov.vn", StringComparison.Ordinal)
            && c.Text.Contains("028.39913357", StringComparison.Ordinal));
        Assert.All(petitions.Clauses, c => Assert.False(string.IsNullOrWhiteSpace(c.Clause)));
    }

    [Fact]
    public void FormAnswerDeadline_IsThreeCalendarDaysAfterReceiptInTheDocumentsWords()
    {
        // III.3: "Thời gian hoàn thành, sau 03 ngày kể từ ngày nhận được văn bản từ Văn phòng Ủy ban nhân dân phường chuyển đến".
        var rule = AdministrativeProcedurePlanType.FormAnswerDeadline;

        Assert.Equal(3, rule.Days);
        Assert.Equal("sau 03 ngày kể từ ngày nhận được văn bản từ Văn phòng Ủy ban nhân dân phường chuyển đến", rule.Phrase);
        Assert.Equal(CountingConvention.CalendarDaysAfterCivilCode, rule.Convention);
    }

    [Fact]
    public void Define_Routes_AreTheContentAreasOfII3AnsweredByTheChairman()
    {
        // II.3: hộ tịch, chứng thực; một cửa, một cửa liên thông; dịch vụ công trực tuyến mức độ 3, 4; dịch vụ bưu chính công;
        // sáng kiến, giải pháp, kiến nghị, đề xuất. I.2: officials advise the chairman, who answers.
        var routes = Define().Petitions.Routes;

        Assert.Equal(["civil-status", "certification", "one-stop", "online-services", "public-postal", "improvement"], routes.Select(r => r.Domain));
        Assert.Contains("mức độ 3, 4", routes[3].Name, StringComparison.Ordinal);
        Assert.All(routes, r => Assert.Equal("Chủ tịch Ủy ban nhân dân phường", r.AnsweredBy));
    }

    [Fact]
    public void Define_Rules_AllowWrittenAnswersInsteadOfTheConferenceAndNeedNoConclusionNotice()
    {
        // II.4 (COVID-19: "hoặc tổ chức gửi văn bản trả lời"); the document has no conclusion notice and one conference.
        var rules = Define().Rules;

        Assert.True(rules.AllowsWrittenAnswersInsteadOfSession);
        Assert.False(rules.RequiresConclusionNotice);
        Assert.True(rules.RequiresAnnouncement);
        Assert.False(rules.AllowsAdHocSessions);
        Assert.Equal(0, rules.MinimumSessionsPerYear);
        Assert.Null(rules.AnnouncementLeadTime);
    }

    [Fact]
    public void Define_Session_IsTheOneConferenceWithItsVenueScopeAndTopic()
    {
        var session = Assert.Single(Define().Sessions);

        Assert.Equal("conference", session.Key);
        Assert.Equal(new LocalDate(2021, 11, 5), session.When.Date);
        Assert.Equal("Hội trường Ủy ban nhân dân phường, số 291 đường Lê Văn Sỹ, phường 1, quận Tân Bình", session.Venue);
        Assert.Equal(["Tổ chức, cá nhân trên địa bàn phường 1"], session.Scope);
        Assert.Contains("hộ tịch, chứng thực", session.Topic, StringComparison.Ordinal);
        Assert.Contains("dịch vụ bưu chính công", session.Topic, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_ReportRecipient_IsTheDistrictPeoplesCommitteeThroughItsOffice()
    {
        // III.2: "báo cáo kết quả Hội nghị đối thoại về Ủy ban nhân dân quận (thông qua Văn phòng UBND quận)".
        var recipient = Assert.Single(Define().ReportRecipients);

        Assert.Equal("Ủy ban nhân dân quận Tân Bình (thông qua Văn phòng Ủy ban nhân dân quận)", recipient.Name);
    }

    [Fact]
    public void Define_Notes_KeepTheDocumentsSlipsAndWhatItLeavesOpen()
    {
        var notes = Define().Notes;

        Assert.Contains(notes, n => n.Clause == "I.1");
        Assert.Contains(notes, n => n.Clause == "II.1; III.1" && n.Text.Contains("trên địa bàn quận", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Clause == "III.2, gạch đầu dòng 1");
        Assert.Contains(notes, n => n.Text.Contains("không ấn định thời hạn", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Text.StartsWith("Nơi nhận: VP HĐND-UBND/Q", StringComparison.Ordinal));
    }

    public static TheoryData<string, string> DocumentDefaults => new()
    {
        { "session", "2021-11-05" },
        { "registration-from", "2021-10-18" },
        { "registration-to", "2021-10-25" },
        { "answers-from", "2021-10-26" },
        { "answers-to", "2021-10-28" },
        { "compile-from", "2021-10-29" },
        { "compile-to", "2021-10-30" },
        { "report-before", "2021-11-10" },
        { "ward", "phường 1" },
        { "district", "quận Tân Bình" },
        { "address", "số 291 đường Lê Văn Sỹ, phường 1, quận Tân Bình" },
        { "email", "p1.tanbinh@tphcm.gov.vn" },
        { "phone", "028.39913357" },
        { "number", "151/KH-UBND" },
        { "issued-on", "2021-10-16" },
        { "signer", "Tôn Nữ Hồng Châu" },
    };

    [Theory]
    [MemberData(nameof(DocumentDefaults))]
    public void Parameters_Defaults_AreTheDocuments(string key, string value)
    {
        var parameter = PlanType.Parameters.Single(p => p.Key == key);

        Assert.Equal([value], parameter.Defaults);
    }

    [Fact]
    public void Parameters_Session_IsOneDateOrPeriod()
    {
        var session = PlanType.Parameters.Single(p => p.Key == "session");

        Assert.Equal(PlanParameterKind.DateOrPeriod, session.Kind);
        Assert.False(session.Multiple);
        var error = Assert.Throws<InvalidPlanParameterException>(() =>
            PlanParameters.Bind(PlanType, PlanTypeHarness.Parameters(("session", "2021-11-05"), ("session", "2021-11-12"))));
        Assert.Equal("session", error.Key);
    }

    public static TheoryData<(string Key, string Value)[], string> OutOfOrder => new()
    {
        { [("registration-to", "2021-10-17")], "registration-to" },
        { [("issued-on", "2021-10-19")], "issued-on" },
        { [("answers-from", "2021-10-25")], "answers-from" },
        { [("answers-to", "2021-10-25"), ("answers-from", "2021-10-26")], "answers-to" },
        { [("compile-from", "2021-10-28")], "compile-from" },
        { [("compile-to", "2021-10-28"), ("compile-from", "2021-10-29")], "compile-to" },
        { [("session", "2021-10-30")], "session" },
        { [("report-before", "2021-11-05")], "report-before" },
        // A year given that is not the session's is refused naming both (without one, the year follows the session).
        { [("year", "2021"), ("session", "2022-01-07"), ("report-before", "2022-01-12")], "year" },
    };

    [Theory]
    [MemberData(nameof(OutOfOrder))]
    public void Define_DatesOutOfTheDocumentsOrder_ThrowsNamingTheParameterAndWhatIsExpected((string Key, string Value)[] parameters, string wrong)
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(parameters));

        Assert.Equal("plan.invalid-parameter", error.ErrorCode);
        Assert.Equal("administrative-procedure", error.TypeKey);
        Assert.Equal(wrong, error.Key);
        Assert.False(string.IsNullOrWhiteSpace(error.Expected));
    }

    [Fact]
    public void Define_SessionBeforeCompilationEnds_SaysTheConferenceFollowsTheCompilation()
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("session", "2021-10-30")));

        Assert.Contains("after compile-to (2021-10-30)", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_OtherWardAndYear_PutsTheirNamesAndDatesIntoTheWords()
    {
        var definition = Define(
            ("year", "2022"), ("session", "2022-11-04"), ("registration-from", "2022-10-17"), ("registration-to", "2022-10-24"),
            ("answers-from", "2022-10-25"), ("answers-to", "2022-10-27"), ("compile-from", "2022-10-28"), ("compile-to", "2022-10-31"),
            ("report-before", "2022-11-10"), ("issued-on", "2022-10-14"), ("ward", "phường 2"), ("district", "quận Tân Bình"));

        Assert.Equal("Ủy ban nhân dân phường 2", definition.Issuer);
        Assert.EndsWith("năm 2022", definition.Title, StringComparison.Ordinal);
        Assert.Equal("từ ngày 17/10/2022 đến hết ngày 24/10/2022", definition.Petitions.RegistrationWindow!.Phrase);
        Assert.Equal("Dự kiến ngày 04/11/2022", definition.Tasks.Single(t => t.Key == DraftInvitations).Deadline!.Phrase);
        Assert.Equal("trước ngày 10/11/2022", definition.Tasks.Single(t => t.Key == ReportToDistrict).Deadline!.Phrase);
    }
}
