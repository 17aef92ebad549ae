using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Ward.CommuneDialogue;

namespace Dialogue.Workflows.Ward;

/// <summary>Registers the <c>commune-dialogue</c> plan type on a <see cref="DialogueWorkflowsBuilder"/>.</summary>
public static class CommuneDialogueBuilderExtensions
{
    /// <summary>Registers <see cref="CommuneDialoguePlanType"/> (<c>commune-dialogue</c>): the commune-level dialogue of Law 72/2025/QH15 Art. 43, from 01/07/2025.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder, for chaining.</returns>
    /// <remarks>Safe to call more than once: the type is registered once.</remarks>
    /// <example><code>new DialogueWorkflowsBuilder(services).AddCommuneDialoguePlan();</code></example>
    public static DialogueWorkflowsBuilder AddCommuneDialoguePlan(this DialogueWorkflowsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddPlanType<CommuneDialoguePlanType>();
    }
}
