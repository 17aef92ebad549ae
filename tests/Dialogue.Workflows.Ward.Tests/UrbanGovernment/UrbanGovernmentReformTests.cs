using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Ward.UrbanGovernment;
using NodaTime;
using static Dialogue.Workflows.Ward.Tests.UrbanGovernment.UrbanGovernmentActors;

namespace Dialogue.Workflows.Ward.Tests.UrbanGovernment;

/// <summary>
/// urban-government rests on Hà Nội's pilot (Nghị định 32/2021/NĐ-CP), whose structure ended with the district level on 01/07/2025:
/// kept for historical plans, it refuses a plan with a session on or after that day, naming the reform.
/// </summary>
public sealed class UrbanGovernmentReformTests
{
    [Fact]
    public async Task Create_SessionIn2027_IsRefusedNamingTheReform()
    {
        var ward = new PlanTypeHarness(new UrbanGovernmentPlanType(), new LocalDate(2027, 1, 4));

        var error = await Assert.ThrowsAsync<LawNotInForceException>(() => ward.CreateAsync(Clerk, ("session", "2027-06"), ("session", "2027-11")));

        Assert.Equal(("plan.law-not-in-force", "session-1", new LocalDate(2027, 6, 1)), (error.ErrorCode, error.Session, error.Date));
        Assert.Contains("32/2021", error.Message, StringComparison.Ordinal);
        Assert.Contains("72/2025/QH15", error.Message, StringComparison.Ordinal);
        Assert.Contains("30/06/2025", error.Message, StringComparison.Ordinal);
        Assert.Empty(await ward.Engine.ListIdsAsync());
    }

    [Fact]
    public async Task Create_SecondSessionAfterTheReform_IsRefused()
    {
        // The first session on Friday 13/06/2025 is still under the pilot; the second, in November 2025, is not.
        var ward = new PlanTypeHarness(new UrbanGovernmentPlanType(), new LocalDate(2025, 3, 3));

        var error = await Assert.ThrowsAsync<LawNotInForceException>(() => ward.CreateAsync(Clerk, ("session", "2025-06-13"), ("session", "2025-11")));

        Assert.Equal("session-2", error.Session);
    }

    [Fact]
    public void Lint_SessionIn2027_ExplainsTheReform()
    {
        var ward = new PlanTypeHarness(new UrbanGovernmentPlanType(), new LocalDate(2027, 1, 4));

        var warnings = ward.Engine.Lint(ward.Preview(("session", "2027-06"), ("session", "2027-11")));

        var first = warnings.First(w => w.Code == "plan.law-not-in-force");
        Assert.Equal("session-1", first.Subject);
        Assert.Contains("Nghị định 32/2021/NĐ-CP", first.Message, StringComparison.Ordinal);
        Assert.Contains("hai cấp từ ngày 01/07/2025", first.Message, StringComparison.Ordinal);
        Assert.Contains("two-tier local government from 2025-07-01", first.EnglishMessage, StringComparison.Ordinal);
        Assert.Equal(2, warnings.Count(w => w.Code == "plan.law-not-in-force"));
    }

    [Fact]
    public async Task Create_TheDocuments2024Plan_StillWorks()
    {
        var ward = new PlanTypeHarness(new UrbanGovernmentPlanType(), new LocalDate(2024, 3, 1));

        var plan = await ward.CreateAsync(Clerk);

        Assert.Equal(2024, plan.Definition.Year);
        Assert.DoesNotContain(ward.Engine.Lint(plan), w => w.Code.StartsWith("plan.law", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reschedule_PastTheReform_IsRefused()
    {
        // A June 2025 session cannot be moved to 03/07/2025: the pilot's ward chairman has no dialogue after 30/06/2025.
        var ward = new PlanTypeHarness(new UrbanGovernmentPlanType(), new LocalDate(2025, 3, 3));
        await ward.CreateAsync(Clerk, ("session", "2025-04-11"), ("session", "2025-06-13"));
        await ward.RunAsync(new IssuePlan { By = Chairman });

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => ward.RunAsync(new RescheduleSession
        {
            By = Chairman, Session = "session-2", NewDate = new LocalDate(2025, 7, 3), Reason = "Trùng lịch họp",
        }));

        Assert.Equal("session.law-not-in-force", error.Rule);
        Assert.False(error.AllowsDeviation);
    }
}
