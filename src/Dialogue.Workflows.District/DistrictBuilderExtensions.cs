using Dialogue.Workflows.Hosting;

namespace Dialogue.Workflows.District;

/// <summary>Registers every plan type of the Dialogue.Workflows.District package.</summary>
public static class DistrictBuilderExtensions
{
    /// <summary>Registers the package's plan types: today <c>district-council</c>. Calling it again changes nothing.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <example><code>new DialogueWorkflowsBuilder(services).AddDistrictPlans();</code></example>
    public static DialogueWorkflowsBuilder AddDistrictPlans(this DialogueWorkflowsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddDistrictCouncilPlan();
    }
}
