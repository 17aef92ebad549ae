using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Ward.WardChairman;
using NodaTime;

namespace Dialogue.Workflows.Ward.Tests.WardChairman;

/// <summary>What the ward-chairman type declares from the Chánh Lộ 2023 plan, checked clause by clause.</summary>
public sealed class WardChairmanDefinitionTests
{
    private const string TenDays = "trước 10 ngày tổ chức đối thoại";

    private static readonly PlanTypeHarness Ward = new(new WardChairmanPlanType(), new LocalDate(2023, 3, 1));

    private static PlanDefinition Define(params (string Key, string Value)[] parameters) => Ward.Preview(parameters).Definition;

    [Fact]
    public void Key_AndVersion_AreTheOnesTheBriefFixes()
    {
        var type = new WardChairmanPlanType();

        Assert.Equal("ward-chairman", type.Key);
        Assert.Equal(1, type.Version);
    }

    [Fact]
    public void Parameters_Defaults_AreTheDocuments()
    {
        // II.4 "Quý III/2023"; IV.12 "Tổ trưởng 8 tổ dân phố"; II.2 leaves the scope to the chairman, so it has no default.
        var defaults = new WardChairmanPlanType().Parameters.ToDictionary(p => p.Key, p => p.Defaults);

        Assert.Equal(["2023-Q3"], defaults["session"]);
        // The year has no default of its own: it follows the session (2023 for the document's quarter).
        Assert.Empty(defaults["year"]);
        Assert.Equal(["8"], defaults["groups"]);
        Assert.Equal(["Chánh Lộ"], defaults["ward"]);
        Assert.Equal(["Quảng Ngãi"], defaults["city"]);
        Assert.Empty(defaults["scope"]);
        Assert.Empty(defaults["document-number"]);
        Assert.Empty(defaults["issued-on"]);
        Assert.Equal(PlanParameterKind.DateOrPeriod, new WardChairmanPlanType().Parameters.Single(p => p.Key == "session").Kind);
    }

    [Fact]
    public void Define_Defaults_NamesTheWardTheYearTheBasisAndNoNumberOrDate()
    {
        var plan = Define();

        Assert.Equal("Tổ chức đối thoại giữa Chủ tịch UBND phường với Nhân dân trên địa bàn phường Chánh Lộ năm 2023", plan.Title);
        Assert.Equal("UBND phường Chánh Lộ", plan.Issuer);
        Assert.Equal(2023, plan.Year);
        // Header: "Số: /KH-UBND", "ngày tháng 2 năm 2023" — both blank in the document.
        Assert.Null(plan.DocumentNumber);
        Assert.Null(plan.IssuedOn);
        Assert.Contains(plan.Notes, n => n.Clause == "Thể thức" && n.Text.Contains("để trống", StringComparison.Ordinal));
        Assert.Equal("Kế hoạch số 21/KH-UBND ngày 09/02/2023 của UBND thành phố Quảng Ngãi về việc tổ chức đối thoại giữa Chủ tịch UBND thành phố " +
            "với Nhân dân trên địa bàn thành phố Quảng Ngãi năm 2023", Assert.Single(plan.Basis));
    }

    [Fact]
    public void Define_Defaults_OneDirectSessionInQuarterThreeAtTheWardHall()
    {
        // II.3 "Đối thoại trực tiếp"; II.4 "Dự kiến 01 buổi trong Quý III/2023", "Hội trường UBND phường hoặc tại điểm sinh hoạt văn hóa của tổ dân phố".
        var session = Assert.Single(Define().Sessions);

        Assert.Equal("session-1", session.Key);
        Assert.Equal(AnchorKind.Quarter, session.When.Kind);
        Assert.Equal(new DateInterval(new LocalDate(2023, 7, 1), new LocalDate(2023, 9, 30)), session.When.Period);
        Assert.Equal("Hội trường UBND phường hoặc tại điểm sinh hoạt văn hóa của tổ dân phố", session.Venue);
        Assert.Empty(session.Scope);
        Assert.Contains(Define().Notes, n => n.Clause == "II.3" && n.Text.Contains("Đối thoại trực tiếp", StringComparison.Ordinal));
    }

    [Fact]
    public void Define_Defaults_DeclaresEveryUnitOfSectionIVAndEightGroupHeads()
    {
        var units = Define().Units.Select(u => u.Key);

        Assert.Equal(
        [
            "chairman", "city", "front", "departments", "one-stop", "office", "justice", "land", "construction", "culture", "police", "finance",
            "civil-defence", "labour", "group-1", "group-2", "group-3", "group-4", "group-5", "group-6", "group-7", "group-8",
        ], units);
        Assert.Equal("Tổ trưởng tổ dân phố 8", Define().Unit("group-8").Name);
        Assert.Equal("UBND thành phố Quảng Ngãi", Define().Unit("city").Name);
    }

    [Fact]
    public void Define_Defaults_DeclaresEveryTaskInTheDocumentsOrderWithItsClause()
    {
        var plan = Define();
        string[] groupTasks =
        [
            .. Enumerable.Range(1, 8).Select(n => $"group-{n}-inform"),
            .. Enumerable.Range(1, 8).Select(n => $"group-{n}-invite"),
            .. Enumerable.Range(1, 8).Select(n => $"group-{n}-report"),
        ];

        Assert.Equal(
        [
            "chairman-scope", "city-notice", "front-summary", "departments-prepare", "departments-review", "one-stop-review", "departments-answer",
            "departments-report", "office-classify", "office-programme", "office-venue", "office-notify-results", "office-urge", "justice-report",
            "justice-results", "land-report", "construction-report", "culture-mobile", "culture-sound", "culture-broadcast", "culture-article",
            "police-plan", "police-security", "finance-funding", "civil-defence-security", "labour-report", .. groupTasks,
        ], plan.Tasks.Select(t => t.Key));
        Assert.All(plan.Tasks, t => Assert.False(string.IsNullOrWhiteSpace(t.Clause)));
        Assert.All(plan.Tasks, t => Assert.True(t.PerSession));
        Assert.Equal("IV.12", plan.Tasks.Single(t => t.Key == "group-5-report").Clause);
        Assert.Equal("group-5", plan.Tasks.Single(t => t.Key == "group-5-report").Owner);
        Assert.Equal(["police"], plan.Tasks.Single(t => t.Key == "civil-defence-security").Supporting);
    }

    [Fact]
    public void Define_Defaults_PhasesFollowTheDocument()
    {
        var phases = Define().Tasks.ToDictionary(t => t.Key, t => t.Phase);

        // IV.2 "Sau khi kết thúc hội nghị…"; IV.3 and IV.4 "sau khi tiếp xúc, đối thoại"; IV.2, IV.7, IV.8, IV.10 at the conference.
        Assert.Equal(["departments-report", "office-notify-results", "office-urge", "justice-results"],
            phases.Where(p => p.Value == TaskPhase.After).Select(p => p.Key));
        Assert.Equal(["departments-answer", "culture-article", "police-security", "civil-defence-security"],
            phases.Where(p => p.Value == TaskPhase.At).Select(p => p.Key));
    }

    [Fact]
    public void Define_Defaults_EveryTenDaySubmissionAndOnlyThoseCountTenCalendarDaysBeforeTheSession()
    {
        // IV.1, IV.4, IV.5, IV.6, IV.11 and IV.12: "Gửi về UBND phường (qua Văn phòng phường) trước 10 ngày tổ chức đối thoại".
        var plan = Define();

        var tenDay = plan.Tasks.Where(t => t.Deadline is CalendarDaysBeforeRule).ToList();

        Assert.Equal(
        [
            "front-summary", "justice-report", "land-report", "construction-report", "labour-report",
            .. Enumerable.Range(1, 8).Select(n => $"group-{n}-report"),
        ], tenDay.Select(t => t.Key));
        Assert.All(tenDay, t =>
        {
            var rule = Assert.IsType<CalendarDaysBeforeRule>(t.Deadline);
            Assert.Equal(10, rule.Days);
            Assert.Equal(TenDays, rule.Phrase);
            Assert.Equal(AnchorPoint.SessionDate, t.Anchor);
        });
    }

    [Fact]
    public void Define_Defaults_NoOtherTaskHasADeadline()
    {
        // The document gives deadlines only to the ten-day submissions and to the notice (II.4); no other deadline is invented.
        var plan = Define();

        var others = plan.Tasks.Where(t => t.Deadline is not CalendarDaysBeforeRule && t.Key != "city-notice").ToList();

        Assert.NotEmpty(others);
        Assert.All(others, t => Assert.Null(t.Deadline));
        Assert.All(others, t => Assert.Equal(AnchorPoint.None, t.Anchor));
    }

    [Fact]
    public void Define_Defaults_TheCityAnnouncesAtLeastSevenWorkingDaysBefore()
    {
        // II.4: "Thời gian, địa điểm chi tiết sẽ được UBND thành phố thông báo cụ thể trước thời điểm tổ chức đối thoại ít nhất 07 ngày làm việc".
        var plan = Define();

        var notice = plan.Tasks.Single(t => t.Key == "city-notice");
        var rule = Assert.IsType<WorkingDaysBeforeRule>(notice.Deadline);
        var lead = Assert.IsType<WorkingDaysBeforeRule>(plan.Rules.AnnouncementLeadTime);

        Assert.Equal("city", notice.Owner);
        Assert.Equal("II.4", notice.Clause);
        Assert.Equal((7, WorkingDaysBeforeConvention.ExcludeBothEnds), (rule.Days, rule.Counting));
        Assert.Equal("trước thời điểm tổ chức đối thoại ít nhất 07 ngày làm việc", rule.Phrase);
        Assert.Equal(rule, lead);
        Assert.True(plan.Rules.RequiresAnnouncement);
        Assert.Contains(plan.Notes, n => n.Clause == "II.4" && n.Text.Contains("UBND thành phố", StringComparison.Ordinal));
    }

    [Fact]
    public void Define_Defaults_ParticipantsOfSectionII5WithTheirLevelsAndConditions()
    {
        var participants = Define().Participants;

        Assert.Equal(ParticipantRole.Chair, participants[0].Role);
        var city = participants.Single(p => p.Name == "Đại diện Thường trực HĐND, UBND thành phố");
        Assert.Equal(("Cấp thành phố", "xét thấy cần thiết"), (city.Level, city.Condition));
        Assert.Contains(participants, p => p.Name.StartsWith("Đại diện Thường trực Đảng ủy, HĐND, Ủy ban Mặt trận", StringComparison.Ordinal));
        Assert.Contains(participants, p => p.Name == "Các bộ phận giúp việc của Đảng ủy có liên quan");
        Assert.Contains(participants, p => p.Name == "Nhân dân trên địa bàn phường" && p.Role == ParticipantRole.Citizens);
        var outsiders = participants.Single(p => p.Name == "Cá nhân, tổ chức trên địa bàn thành phố");
        Assert.Equal("có nhu cầu đối thoại liên quan đến việc giải quyết thủ tục hành chính của UBND phường Chánh Lộ", outsiders.Condition);
        Assert.All(participants, p => Assert.Null(p.Quota));
    }

    [Fact]
    public void Define_Defaults_PetitionsIncludeComplaintsAndHaveNoWindowOrAnswerDeadline()
    {
        // II.1: "thắc mắc, khiếu nại, kiến nghị, phản ánh" — complaints are a topic here, unlike the TTHC plan.
        var petitions = Define().Petitions;

        Assert.False(petitions.Excludes(PetitionCategory.Complaint));
        Assert.Null(petitions.RegistrationWindow);
        Assert.Null(petitions.AnswerDeadline);
        Assert.True(petitions.AcceptsAtSession);
        Assert.True(petitions.AnswersInWritingWhenNotAnsweredAtSession);
        Assert.Equal(["II.1", "I.2", "I.2", "IV.1", "IV.2", "IV.3", "IV.4", "IV.12"], petitions.Clauses.Select(c => c.Clause));
    }

    [Fact]
    public void Define_Defaults_FundingAndDistributionAreNotesAndNoResultReportIsRequired()
    {
        var plan = Define();

        Assert.Contains(plan.Notes, n => n.Clause == "III" && n.Text == "Kinh phí tổ chức Hội nghị đối thoại được thực hiện theo quy định.");
        var distribution = Assert.Single(plan.Notes, n => n.Clause == "Nơi nhận");
        Assert.Contains("UBND Thành phố (b/c)", distribution.Text, StringComparison.Ordinal);
        Assert.Contains("Tổ trưởng 8 Tổ dân phố", distribution.Text, StringComparison.Ordinal);
        // The city gets the plan "b/c"; no report of the results to a superior is fixed.
        Assert.Empty(plan.ReportRecipients);
        Assert.True(plan.Rules.RequiresConclusionNotice);
        Assert.Equal(0, plan.Rules.MinimumSessionsPerYear);
        Assert.False(plan.Rules.AllowsAdHocSessions);
    }

    [Fact]
    public void Define_TwelveGroups_GivesEachHeadHisOwnTasks()
    {
        var plan = Define(("groups", "12"));

        Assert.Equal(12, plan.Units.Count(u => u.Key.StartsWith("group-", StringComparison.Ordinal)));
        Assert.Equal(36, plan.Tasks.Count(t => t.Owner.StartsWith("group-", StringComparison.Ordinal)));
        Assert.Contains(plan.Tasks, t => t.Key == "group-12-report" && t.Deadline is CalendarDaysBeforeRule);
        Assert.Contains("group-12", plan.Tasks.Single(t => t.Key == "office-classify").Supporting);
    }

    [Fact]
    public void Define_ScopeOfSomeGroups_ListsThemInOrder()
    {
        // II.2: the chairman may hold the dialogue "tại một số tổ dân phố".
        var session = Define(("scope", "5"), ("scope", "2")).Sessions[0];

        Assert.Equal(["Tổ dân phố 2", "Tổ dân phố 5"], session.Scope);
    }

    [Fact]
    public void Define_ScopeOfTheWholeWard_SaysSo()
    {
        // II.2: "hoặc tổ chức đối thoại với toàn nhân dân trên địa bàn phường".
        Assert.Equal(["Toàn nhân dân trên địa bàn phường"], Define(("scope", "ward")).Sessions[0].Scope);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("0")]
    [InlineData("tổ 3")]
    public void Define_ScopeOutsideTheGroups_IsRejected(string value)
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("scope", value)));

        Assert.Equal("scope", error.Key);
        Assert.Equal(value, error.Value);
    }

    [Fact]
    public void Define_ScopeOfTheWardAndAGroup_IsRejected()
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("scope", "ward"), ("scope", "3")));

        Assert.Equal("scope", error.Key);
        Assert.Contains("'ward' alone", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_SameGroupTwiceInTheScope_IsRejected() =>
        Assert.Equal("scope", Assert.Throws<InvalidPlanParameterException>(() => Define(("scope", "3"), ("scope", "3"))).Key);

    [Fact]
    public void Define_SessionOutsideTheYearGiven_IsRejectedNamingBoth()
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("year", "2023"), ("session", "2024-03-15")));

        Assert.Equal("year", error.Key);
        Assert.Contains("2023", error.Expected, StringComparison.Ordinal);
        Assert.Contains("2024-03-15", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_SessionWithoutAYear_TakesTheSessionsYear()
    {
        Assert.Equal(2024, Define(("session", "2024-03-15")).Year);
    }

    [Fact]
    public void Define_IssuedAfterTheSession_IsRejected()
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("session", "2023-09-15"), ("issued-on", "2023-09-16")));

        Assert.Equal("issued-on", error.Key);
        Assert.Contains("2023-09-15", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_NumberAndDateGiven_AreKeptAndTheBlankNoteDropped()
    {
        var plan = Define(("document-number", "35/KH-UBND"), ("issued-on", "2023-02-20"));

        Assert.Equal("35/KH-UBND", plan.DocumentNumber);
        Assert.Equal(new LocalDate(2023, 2, 20), plan.IssuedOn);
        Assert.DoesNotContain(plan.Notes, n => n.Text.Contains("để trống", StringComparison.Ordinal));
    }

    [Fact]
    public void Define_NoGroups_IsRejectedWhenBound() =>
        Assert.Equal("groups", Assert.Throws<InvalidPlanParameterException>(() => Define(("groups", "0"))).Key);

    [Fact]
    public void Define_OneSessionOnly_TakesNoSecondSessionValue() =>
        Assert.Equal("session", Assert.Throws<InvalidPlanParameterException>(() => Define(("session", "2023-09-15"), ("session", "2023-09-22"))).Key);

    [Fact]
    public void Define_Defaults_IsAValidDefinition() => Define().Validate();

    [Fact]
    public void Preview_Defaults_SessionIsPlannedNotScheduled() =>
        Assert.Equal(SessionStatus.Planned, Ward.Preview().Session("session-1").Status);
}
