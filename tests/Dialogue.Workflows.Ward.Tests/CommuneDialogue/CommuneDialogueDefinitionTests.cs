using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Ward.CommuneDialogue;
using static Dialogue.Workflows.Ward.Tests.CommuneDialogue.CommuneDialogueActors;
using static Dialogue.Workflows.Ward.Tests.CommuneDialogue.CommuneDialogueHarness;

namespace Dialogue.Workflows.Ward.Tests.CommuneDialogue;

/// <summary>commune-dialogue as Art. 43 of Law 72/2025/QH15 shapes it: triggers, co-chairs, rules, the law in force, the units after the mergers.</summary>
public sealed class CommuneDialogueDefinitionTests
{
    private static readonly PlanTypeHarness Commune = New(Day(2027, 1, 4));

    private static PlanDefinition Define(params (string Key, string Value)[] parameters) => Commune.Preview(With(parameters)).Definition;

    [Fact]
    public void Define_Yearly2027_DeclaresTheLawsRulesAndRecipients()
    {
        var plan = Define(("session", "2027-03-26"));

        Assert.Equal(2027, plan.Year);
        Assert.Equal("Tổ chức đối thoại giữa Chủ tịch UBND xã Tân Phú với Nhân dân năm 2027", plan.Title);
        Assert.Equal(1, plan.Rules.MinimumSessionsPerYear);
        Assert.True(plan.Rules.AllowsAdHocSessions);
        Assert.Equal("UBND tỉnh Đồng Nai", Assert.Single(plan.ReportRecipients).Name);
        Assert.Equal(new NodaTime.LocalDate(2025, 7, 1), plan.LegalBasis!.InForceFrom);
        Assert.Null(plan.LegalBasis.InForceUntil);
        Assert.Contains("72/2025/QH15, Điều 43", plan.LegalBasis.Text, StringComparison.Ordinal);
        Assert.Contains("10/2022/QH15, Điều 32", plan.LegalBasis.Text, StringComparison.Ordinal);
        Assert.Equal(PlanAction.AnnounceSession, plan.Tasks.Single(t => t.Key == "notice").CompletedBy);
        Assert.Equal(PlanAction.ConcludeSession, plan.Tasks.Single(t => t.Key == "publish-results").CompletedBy);
        Assert.Equal(PlanAction.ReportSession, plan.Tasks.Single(t => t.Key == "province-report").CompletedBy);
        Assert.Equal(PetitionAnswerAnchor.SessionHeld, plan.Petitions.AnswerAnchor);
        Assert.True(plan.Petitions.AcceptsAtSession);
    }

    [Fact]
    public void Define_CoChairs_AreTheChairmanAndTheCouncilStandingCommittee()
    {
        var plan = Define(("session", "2027-03-26"));

        Assert.Equal(["chairman", "council"], Assert.Single(plan.Authority.For(PlanAction.HoldSession)).Units);
        Assert.Equal(["chairman", "council"], Assert.Single(plan.Authority.For(PlanAction.ConcludeSession)).Units);
        Assert.Contains(plan.Participants, p => p.Role == ParticipantRole.CoChair && p.Name == "Đại diện Thường trực HĐND xã Tân Phú");
        Assert.Contains(plan.Participants, p => p.Role == ParticipantRole.Invited && p.Name == "Đại diện Đảng ủy xã Tân Phú");
    }

    [Fact]
    public void Define_NothingGiven_IsTheMarkedExampleOn26March2027()
    {
        var plan = Commune.Preview().Definition;

        Assert.Equal(new NodaTime.LocalDate(2027, 3, 26), plan.Sessions.Single().When.Period.Start);
        Assert.EndsWith("(ví dụ, không phải dữ liệu của một văn bản)", plan.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("commune", "Tân Phú")]
    [InlineData("province", "Đồng Nai")]
    public void Define_CommuneOrProvinceNamedWithoutASession_IsRefusedNamingTheSession(string key, string value)
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Commune.Preview((key, value)));

        Assert.Equal("session", error.Key);
        Assert.Null(error.Value);
        Assert.Contains("belongs to the example", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_YearNotGiven_FollowsTheSession()
    {
        Assert.Equal(2026, Define(("session", "2026-Q4")).Year);
    }

    [Fact]
    public void Define_YearDisagreeingWithTheSession_IsRefusedNamingBoth()
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("session", "2027-03-26"), ("year", "2026")));

        Assert.Equal("year", error.Key);
        Assert.Contains("2027-03-26", error.Message, StringComparison.Ordinal);
        Assert.Contains("2026", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_VoterRequest_RecordsTheRequestsDateAndShare()
    {
        // 1,250 of 11,800 voters = 10.59%, at least the 10% Art. 43 asks for.
        var plan = Define(("session", "2027-04-16"), ("trigger", "voter-request"), ("request-date", "2027-03-01"),
            ("requesting-voters", "1250"), ("voters", "11800"));

        Assert.Equal("Đối thoại theo yêu cầu của cử tri", Assert.Single(plan.Sessions).Title);
        Assert.Contains(plan.Notes, n => n.Text == "Tổ chức theo yêu cầu của 1250/11800 cử tri (10.59%), nhận ngày 01/03/2027.");
    }

    [Theory]
    [InlineData("1179", "11800", "requesting-voters")] // 9.99%: short of one voter in ten.
    [InlineData("12000", "11800", "requesting-voters")] // more signatures than voters.
    public void Define_VoterRequestShortOfTenPercent_IsRefused(string requesting, string voters, string key)
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("session", "2027-04-16"), ("trigger", "voter-request"),
            ("request-date", "2027-03-01"), ("requesting-voters", requesting), ("voters", voters)));

        Assert.Equal(key, error.Key);
    }

    [Fact]
    public void Define_VoterRequestExactlyTenPercent_IsAccepted()
    {
        Assert.NotNull(Define(("session", "2027-04-16"), ("trigger", "voter-request"), ("request-date", "2027-03-01"),
            ("requesting-voters", "1180"), ("voters", "11800")));
    }

    [Fact]
    public void Define_VoterRequestAfterTheSession_IsRefused()
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("session", "2027-04-16"), ("trigger", "voter-request"),
            ("request-date", "2027-04-20"), ("requesting-voters", "1250"), ("voters", "11800")));

        Assert.Equal("request-date", error.Key);
    }

    [Fact]
    public void Define_VoterRequestWithoutDate_IsRefused()
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Define(("session", "2027-04-16"), ("trigger", "voter-request"),
            ("requesting-voters", "1250"), ("voters", "11800")));

        Assert.Equal("request-date", error.Key);
    }

    [Fact]
    public void Define_AdHoc_NeedsAReason()
    {
        Assert.Equal("reason", Assert.Throws<InvalidPlanParameterException>(() => Define(("session", "2027-06-04"), ("trigger", "ad-hoc"))).Key);

        var plan = Define(("session", "2027-06-04"), ("trigger", "ad-hoc"), ("reason", "Sạt lở bờ sông ấp 3"));
        Assert.Equal("Sạt lở bờ sông ấp 3", Assert.Single(plan.Sessions).Topic);
    }

    [Theory]
    [InlineData("trigger", "monthly")]
    [InlineData("day-counting", "lunar")]
    [InlineData("kind", "huyện")]
    [InlineData("notice-days", "6")]
    [InlineData("results-days", "11")]
    public void Define_ValueOutsideTheLaw_IsRefused(string key, string value)
    {
        Assert.Equal(key, Assert.Throws<InvalidPlanParameterException>(() => Define(("session", "2027-03-26"), (key, value))).Key);
    }

    [Fact]
    public void Define_VoterFactsOnAYearlySession_AreRefused()
    {
        Assert.Equal("voters", Assert.Throws<InvalidPlanParameterException>(() => Define(("session", "2027-03-26"), ("voters", "11800"))).Key);
    }

    [Fact]
    public void Define_MergedWard_NamesItsFormerWardsForTheRecord()
    {
        var plan = Commune.Preview(("session", "2027-03-26"), ("province", "Hồ Chí Minh"), ("kind", "phường"), ("commune", "Tân Định"),
            ("former-units", "Phường Tân Định"), ("former-units", "Phường Đa Kao"), ("merger-document", "Nghị quyết số 1685/NQ-UBTVQH15")).Definition;

        Assert.Equal("UBND phường Tân Định", plan.Issuer);
        Assert.Contains(plan.Notes, n => n.Text == "Phường Tân Định được sắp xếp từ: Phường Tân Định, Phường Đa Kao (Nghị quyết số 1685/NQ-UBTVQH15).");
        Assert.Equal("Chủ tịch UBND phường Tân Định", plan.Unit("chairman").Name);
    }

    [Fact]
    public void Define_UnconfirmedChoices_AreNamedInTheNotes()
    {
        var plan = Define(("session", "2027-03-26"));

        Assert.Contains(plan.Notes, n => n.Clause == "day-counting" && n.EnglishText.Contains("UNCONFIRMED", StringComparison.Ordinal));
        Assert.Contains(plan.Petitions.Clauses, c => c.Clause == "answer-days" && c.EnglishText.Contains("UNCONFIRMED", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_SessionBeforeTheReform_IsRefusedNamingTheLaw()
    {
        // Law 72/2025/QH15 applies from 01/07/2025: a commune dialogue under it cannot be dated 30/06/2025.
        var commune = New(Day(2025, 5, 2));

        var error = await Assert.ThrowsAsync<LawNotInForceException>(() => commune.CreateAsync(Clerk, With(("session", "2025-06-30"))));

        Assert.Equal("plan.law-not-in-force", error.ErrorCode);
        Assert.Contains("72/2025/QH15", error.Message, StringComparison.Ordinal);
        Assert.Contains("01/07/2025", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_FirstDayOfTheReform_IsAccepted()
    {
        var commune = New(Day(2025, 6, 2));

        var plan = await commune.CreateAsync(Clerk, With(("session", "2025-07-01")));

        Assert.Equal(2025, plan.Definition.Year);
        Assert.DoesNotContain(commune.Engine.Lint(plan), w => w.Code.StartsWith("plan.law", StringComparison.Ordinal));
    }

    [Fact]
    public void PlanType_DeclaresItsLegalBasis()
    {
        IPlanType type = new CommuneDialoguePlanType();

        Assert.Equal("từ 01/07/2025", type.LegalBasis!.Period);
        Assert.Equal("from 2025-07-01", type.LegalBasis.EnglishPeriod);
    }
}
