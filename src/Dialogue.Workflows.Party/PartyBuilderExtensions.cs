using Dialogue.Workflows.Hosting;

namespace Dialogue.Workflows.Party;

/// <summary>Registers every plan type of the Dialogue.Workflows.Party package.</summary>
public static class PartyBuilderExtensions
{
    /// <summary>Registers the package's plan types: today <c>party-committee</c>. Calling it again changes nothing.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <example><code>new DialogueWorkflowsBuilder(services).AddPartyPlans();</code></example>
    public static DialogueWorkflowsBuilder AddPartyPlans(this DialogueWorkflowsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddPartyCommitteePlan();
    }
}
