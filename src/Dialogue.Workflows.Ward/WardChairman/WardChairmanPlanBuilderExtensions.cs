using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Ward.WardChairman;

namespace Dialogue.Workflows.Ward;

/// <summary>Registers the <c>ward-chairman</c> plan type on a <see cref="DialogueWorkflowsBuilder"/>.</summary>
public static class WardChairmanPlanBuilderExtensions
{
    /// <summary>Registers <see cref="WardChairmanPlanType"/> (<c>ward-chairman</c>): the ward chairman's dialogue with the ward's people.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder, for chaining.</returns>
    /// <remarks>Safe to call more than once: the type is registered once.</remarks>
    /// <example><code>new DialogueWorkflowsBuilder(services).AddWardChairmanPlan();</code></example>
    public static DialogueWorkflowsBuilder AddWardChairmanPlan(this DialogueWorkflowsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddPlanType<WardChairmanPlanType>();
    }
}
