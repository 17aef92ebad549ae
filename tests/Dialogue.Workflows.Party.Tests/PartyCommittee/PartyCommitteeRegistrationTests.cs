using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Party.PartyCommittee;
using Dialogue.Workflows.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogue.Workflows.Party.Tests.PartyCommittee;

/// <summary>Registration of the plan type through the library's builder.</summary>
public sealed class PartyCommitteeRegistrationTests
{
    [Fact]
    public void AddPartyCommitteePlan_RegistersThePlanTypeAsASingleton()
    {
        var services = new ServiceCollection();

        new DialogueWorkflowsBuilder(services).AddPartyCommitteePlan();

        var descriptor = Assert.Single(services);
        Assert.Equal(typeof(IPlanType), descriptor.ServiceType);
        Assert.Equal(typeof(PartyCommitteePlanType), descriptor.ImplementationType);
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
    }

    [Fact]
    public void AddPartyCommitteePlan_CalledTwice_RegistersOnce()
    {
        var services = new ServiceCollection();
        var builder = new DialogueWorkflowsBuilder(services);

        var returned = builder.AddPartyCommitteePlan().AddPartyCommitteePlan();

        Assert.Same(builder, returned);
        Assert.Single(services, d => d.ImplementationType == typeof(PartyCommitteePlanType));
    }

    [Fact]
    public void AddPartyPlans_RegistersThePackagesPlanTypes_AndRepeatsSafelyWithTheSingleMethod()
    {
        var services = new ServiceCollection();

        new DialogueWorkflowsBuilder(services).AddPartyPlans().AddPartyCommitteePlan().AddPartyPlans();

        Assert.Equal([typeof(PartyCommitteePlanType)], services.Select(d => d.ImplementationType));
    }

    [Fact]
    public void AddPartyCommitteePlan_NullBuilder_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => PartyCommitteeBuilderExtensions.AddPartyCommitteePlan(null!));
        Assert.Throws<ArgumentNullException>(() => PartyBuilderExtensions.AddPartyPlans(null!));
    }
}
