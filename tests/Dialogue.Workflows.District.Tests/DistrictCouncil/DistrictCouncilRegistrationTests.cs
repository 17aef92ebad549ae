using Dialogue.Workflows.District.DistrictCouncil;
using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogue.Workflows.District.Tests.DistrictCouncil;

/// <summary>Registration of the plan type through the library's builder.</summary>
public sealed class DistrictCouncilRegistrationTests
{
    [Fact]
    public void AddDistrictCouncilPlan_RegistersThePlanTypeAsASingleton()
    {
        var services = new ServiceCollection();

        new DialogueWorkflowsBuilder(services).AddDistrictCouncilPlan();

        var descriptor = Assert.Single(services);
        Assert.Equal(typeof(IPlanType), descriptor.ServiceType);
        Assert.Equal(typeof(DistrictCouncilPlanType), descriptor.ImplementationType);
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
    }

    [Fact]
    public void AddDistrictCouncilPlan_CalledTwice_RegistersOnce()
    {
        var services = new ServiceCollection();
        var builder = new DialogueWorkflowsBuilder(services);

        var returned = builder.AddDistrictCouncilPlan().AddDistrictCouncilPlan();

        Assert.Same(builder, returned);
        Assert.Single(services, d => d.ImplementationType == typeof(DistrictCouncilPlanType));
    }

    [Fact]
    public void AddDistrictPlans_RegistersThePackagesPlanTypes_AndRepeatsSafelyWithTheSingleMethod()
    {
        var services = new ServiceCollection();

        new DialogueWorkflowsBuilder(services).AddDistrictPlans().AddDistrictCouncilPlan().AddDistrictPlans();

        Assert.Equal([typeof(DistrictCouncilPlanType)], services.Select(d => d.ImplementationType));
    }

    [Fact]
    public void AddDistrictCouncilPlan_NullBuilder_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => DistrictCouncilBuilderExtensions.AddDistrictCouncilPlan(null!));
        Assert.Throws<ArgumentNullException>(() => DistrictBuilderExtensions.AddDistrictPlans(null!));
    }
}
