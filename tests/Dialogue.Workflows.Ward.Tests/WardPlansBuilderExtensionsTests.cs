using Dialogue.Workflows.Ward.AdministrativeProcedure;
using Dialogue.Workflows.Ward.CommuneDialogue;
using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Ward.UrbanGovernment;
using Dialogue.Workflows.Ward.WardChairman;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogue.Workflows.Ward.Tests;

/// <summary>Registration of the ward plan types through the builder: each once, however often it is asked for.</summary>
public sealed class WardPlansBuilderExtensionsTests
{
    private static List<Type> PlanTypes(IServiceCollection services) =>
        [.. services.Where(d => d.ServiceType == typeof(IPlanType)).Select(d => d.ImplementationType!)];

    [Fact]
    public void AddWardChairmanPlan_CalledTwice_RegistersTheTypeOnceAsASingleton()
    {
        var services = new ServiceCollection();

        new DialogueWorkflowsBuilder(services).AddWardChairmanPlan().AddWardChairmanPlan();

        var descriptor = Assert.Single(services, d => d.ImplementationType == typeof(WardChairmanPlanType));
        Assert.Equal((typeof(IPlanType), ServiceLifetime.Singleton), (descriptor.ServiceType, descriptor.Lifetime));
    }

    [Fact]
    public void AddUrbanGovernmentPlan_CalledTwice_RegistersTheTypeOnce()
    {
        var services = new ServiceCollection();

        new DialogueWorkflowsBuilder(services).AddUrbanGovernmentPlan().AddUrbanGovernmentPlan();

        Assert.Equal([typeof(UrbanGovernmentPlanType)], PlanTypes(services));
    }

    [Fact]
    public void AddWardPlans_CalledTwiceAndWithASingleTypeMethod_RegistersEachTypeOnce()
    {
        var services = new ServiceCollection();

        new DialogueWorkflowsBuilder(services).AddWardPlans().AddWardChairmanPlan().AddWardPlans();

        Assert.Equal([typeof(WardChairmanPlanType), typeof(AdministrativeProcedurePlanType), typeof(UrbanGovernmentPlanType), typeof(CommuneDialoguePlanType)], PlanTypes(services));
    }

    [Fact]
    public void AddWardPlans_RegisteredTypes_FormARegistryWithTheirKeys()
    {
        var services = new ServiceCollection();
        new DialogueWorkflowsBuilder(services).AddWardPlans();

        var registry = new PlanTypeRegistry(PlanTypes(services).Select(t => (IPlanType)Activator.CreateInstance(t)!));

        Assert.Equal(["administrative-procedure", "commune-dialogue", "urban-government", "ward-chairman"], registry.Latest.Select(t => t.Key));
    }

    [Fact]
    public void AddWardPlans_NullBuilder_Throws() =>
        Assert.Throws<ArgumentNullException>(() => WardPlansBuilderExtensions.AddWardPlans(null!));
}
