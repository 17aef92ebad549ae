using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Ward.AdministrativeProcedure;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogue.Workflows.Ward.Tests.AdministrativeProcedure;

/// <summary>Hosting, not a clause of the document: the plan type is registered once, however often the host asks.</summary>
public sealed class AdministrativeProcedureBuilderExtensionsTests
{
    [Fact]
    public void AddAdministrativeProcedurePlan_RegistersThePlanTypeAsAnIPlanType()
    {
        var services = new ServiceCollection();

        var builder = new DialogueWorkflowsBuilder(services);
        var returned = builder.AddAdministrativeProcedurePlan();

        Assert.Same(builder, returned);
        var descriptor = Assert.Single(services);
        Assert.Equal(typeof(IPlanType), descriptor.ServiceType);
        Assert.Equal(typeof(AdministrativeProcedurePlanType), descriptor.ImplementationType);
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
    }

    [Fact]
    public void AddAdministrativeProcedurePlan_CalledTwice_RegistersOnce()
    {
        var services = new ServiceCollection();

        new DialogueWorkflowsBuilder(services).AddAdministrativeProcedurePlan().AddAdministrativeProcedurePlan();

        Assert.Single(services, d => d.ImplementationType == typeof(AdministrativeProcedurePlanType));
    }

    [Fact]
    public void AddAdministrativeProcedurePlan_NullBuilder_Throws() =>
        Assert.Throws<ArgumentNullException>(() => AdministrativeProcedureBuilderExtensions.AddAdministrativeProcedurePlan(null!));
}
