using Dialogue.Workflows.District.DistrictCouncil;
using Dialogue.Workflows.Hosting;

namespace Dialogue.Workflows.District;

/// <summary>Registers the <c>district-council</c> plan type on a <see cref="DialogueWorkflowsBuilder"/>.</summary>
/// <remarks>
/// The class lives in the plan type's feature folder but in the package's root namespace, so that a
/// host finds the method with the package's one <c>using</c>, as Polly places its strategies' builder
/// extensions.
/// </remarks>
public static class DistrictCouncilBuilderExtensions
{
    /// <summary>Registers <see cref="DistrictCouncilPlanType"/>; calling it again changes nothing.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <example><code>new DialogueWorkflowsBuilder(services).AddDistrictCouncilPlan();</code></example>
    public static DialogueWorkflowsBuilder AddDistrictCouncilPlan(this DialogueWorkflowsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddPlanType<DistrictCouncilPlanType>();
    }
}
