using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Ward.UrbanGovernment;

namespace Dialogue.Workflows.Ward;

/// <summary>Registers the <c>urban-government</c> plan type on a <see cref="DialogueWorkflowsBuilder"/>.</summary>
public static class UrbanGovernmentPlanBuilderExtensions
{
    /// <summary>Registers <see cref="UrbanGovernmentPlanType"/> (<c>urban-government</c>): a Hanoi urban-government ward chairman's dialogues.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder, for chaining.</returns>
    /// <remarks>Safe to call more than once: the type is registered once.</remarks>
    /// <example><code>new DialogueWorkflowsBuilder(services).AddUrbanGovernmentPlan();</code></example>
    public static DialogueWorkflowsBuilder AddUrbanGovernmentPlan(this DialogueWorkflowsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddPlanType<UrbanGovernmentPlanType>();
    }
}
