using Dialogue.Workflows.Plans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dialogue.Workflows.Hosting;

/// <summary>
/// Configures Dialogue.Workflows in a host's service collection: which plan types, which store,
/// which calendar. Plan packages and stores add their own methods to it (<c>AddWardPlans()</c>,
/// <c>UseSqlite(…)</c>).
/// </summary>
/// <remarks>Every method can be called more than once with the same effect as once.</remarks>
public sealed class DialogueWorkflowsBuilder
{
    /// <summary>Creates a builder over a service collection.</summary>
    /// <param name="services">The host's services.</param>
    public DialogueWorkflowsBuilder(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Services = services;
    }

    /// <summary>The host's services, for extensions that register more.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Registers a plan type.</summary>
    /// <typeparam name="TPlanType">The plan type; it is created once and shared.</typeparam>
    /// <returns>This builder.</returns>
    public DialogueWorkflowsBuilder AddPlanType<TPlanType>()
        where TPlanType : class, IPlanType
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPlanType, TPlanType>());
        return this;
    }
}
