using Dialogue.Workflows.District.DistrictCouncil;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using NodaTime;
using static Dialogue.Workflows.District.Tests.DistrictCouncil.DistrictCouncilFixture;

namespace Dialogue.Workflows.District.Tests.DistrictCouncil;

/// <summary>
/// district-council describes a body that ended with the district level on 01/07/2025 (Luật 72/2025/QH15, two-tier local
/// government): kept for historical plans, it refuses a plan with a session on or after that day, naming the reform.
/// </summary>
public sealed class DistrictCouncilReformTests
{
    [Fact]
    public void LegalBasis_EndsOn30June2025()
    {
        IPlanType type = new DistrictCouncilPlanType();

        Assert.Equal(new LocalDate(2025, 6, 30), type.LegalBasis!.InForceUntil);
        Assert.Equal("đến hết 30/06/2025", type.LegalBasis.Period);
        Assert.Contains("72/2025/QH15", type.LegalBasis.EndedBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_2027_IsRefusedNamingTheReform()
    {
        var district = new DistrictCouncilFixture(new LocalDate(2027, 1, 4));

        var error = await Assert.ThrowsAsync<LawNotInForceException>(() => district.CreateAsync(("session", "2027-Q2"), ("session", "2027-Q3")));

        Assert.Equal(("plan.law-not-in-force", "q2", new LocalDate(2027, 4, 1)), (error.ErrorCode, error.Session, error.Date));
        Assert.Contains("hai cấp từ ngày 01/07/2025", error.Message, StringComparison.Ordinal);
        Assert.Empty(await district.Engine.ListIdsAsync());
    }

    [Fact]
    public async Task Create_2025WithTheThirdQuarterSession_IsRefused()
    {
        // Quý III/2025 begins on 01/07/2025, the first day without district People's Councils.
        var district = new DistrictCouncilFixture(new LocalDate(2025, 3, 3));

        var error = await Assert.ThrowsAsync<LawNotInForceException>(() => district.CreateAsync(("session", "2025-Q2"), ("session", "2025-Q3")));

        Assert.Equal("q3", error.Session);
    }

    [Fact]
    public async Task Create_BothSessionsBeforeTheReform_Works()
    {
        var district = new DistrictCouncilFixture(new LocalDate(2025, 3, 3));

        var plan = await district.CreateAsync(("session", "2025-04-15"), ("session", "2025-06-20"));

        Assert.Equal(2025, plan.Definition.Year);
        Assert.DoesNotContain(district.Engine.Lint(plan), w => w.Code.StartsWith("plan.law", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_2027Preview_ExplainsTheReform()
    {
        var district = new DistrictCouncilFixture(new LocalDate(2027, 1, 4));

        var warnings = district.Engine.Lint(district.Preview(("session", "2027-Q2"), ("session", "2027-Q3")));

        Assert.Equal(["q2", "q3"], warnings.Where(w => w.Code == "plan.law-not-in-force").Select(w => w.Subject));
        Assert.Contains(warnings, w => w.EnglishMessage.Contains("applies only until 2025-06-30", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_SecondQuarter2025Pending_HasNoWarningButAYearStraddlingOneWould()
    {
        // A quarter wholly before the reform is clean; the lint's "ends within the period" warning is for a period that crosses 01/07/2025.
        var district = new DistrictCouncilFixture(new LocalDate(2025, 1, 6));

        Assert.DoesNotContain(district.Engine.Lint(district.Preview(("session", "2025-Q1"), ("session", "2025-Q2"))), w => w.Code.StartsWith("plan.law", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reschedule_PastTheReform_IsRefused()
    {
        var district = new DistrictCouncilFixture(new LocalDate(2025, 3, 3));
        await district.CreateAsync(("session", "2025-04-15"), ("session", "2025-06-20"));
        await district.RunAsync(new IssuePlan { By = Chairman });

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => district.RunAsync(new RescheduleSession
        {
            By = Chairman, Session = "q3", NewDate = new LocalDate(2025, 7, 2), Reason = "Trùng kỳ họp",
        }));

        Assert.Equal("session.law-not-in-force", error.Rule);
    }
}
