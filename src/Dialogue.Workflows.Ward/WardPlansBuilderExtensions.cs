using Dialogue.Workflows.Hosting;

namespace Dialogue.Workflows.Ward;

/// <summary>Registers every ward plan type of this package on a <see cref="DialogueWorkflowsBuilder"/>.</summary>
public static class WardPlansBuilderExtensions
{
    /// <summary>
    /// Registers the ward plan types: <c>ward-chairman</c> (<see cref="WardChairmanPlanBuilderExtensions.AddWardChairmanPlan"/>)
    /// <c>administrative-procedure</c> (<see cref="AdministrativeProcedureBuilderExtensions.AddAdministrativeProcedurePlan"/>)
    /// <c>urban-government</c> (<see cref="UrbanGovernmentPlanBuilderExtensions.AddUrbanGovernmentPlan"/>)
    /// and <c>commune-dialogue</c> (<see cref="CommuneDialogueBuilderExtensions.AddCommuneDialoguePlan"/>).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder, for chaining.</returns>
    /// <remarks>Safe to call more than once, and together with the single-type methods: each type is registered once.</remarks>
    /// <example><code>new DialogueWorkflowsBuilder(services).AddWardPlans();</code></example>
    public static DialogueWorkflowsBuilder AddWardPlans(this DialogueWorkflowsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddWardChairmanPlan().AddAdministrativeProcedurePlan().AddUrbanGovernmentPlan().AddCommuneDialoguePlan();
    }
}
