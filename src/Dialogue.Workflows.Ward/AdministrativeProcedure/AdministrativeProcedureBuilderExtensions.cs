using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Ward.AdministrativeProcedure;

namespace Dialogue.Workflows.Ward;

/// <summary>Registers the <c>administrative-procedure</c> plan type with a host's Dialogue.Workflows configuration.</summary>
public static class AdministrativeProcedureBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="AdministrativeProcedurePlanType"/>: the ward's direct dialogue on administrative
    /// procedures, with registration forms, after plan 151/KH-UBND of Ward 1, Tân Bình district (2021).
    /// </summary>
    /// <param name="builder">The host's builder.</param>
    /// <returns>The same builder.</returns>
    /// <remarks>Safe to call more than once: the plan type is registered once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static DialogueWorkflowsBuilder AddAdministrativeProcedurePlan(this DialogueWorkflowsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddPlanType<AdministrativeProcedurePlanType>();
    }
}
