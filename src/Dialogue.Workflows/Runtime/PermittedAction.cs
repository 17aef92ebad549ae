using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Runtime;

/// <summary>An action the state of an entity allows, and whether the plan's rules allow it now.</summary>
/// <param name="Entity">The kind of entity.</param>
/// <param name="EntityId">The entity's id.</param>
/// <param name="Trigger">The action, e.g. <c>Announce</c>.</param>
/// <param name="Allowed">Whether it can be done now.</param>
/// <param name="Blocked">When not allowed, each blocking rule with its reason in Vietnamese and English.</param>
public sealed record PermittedAction(EntityKind Entity, string EntityId, string Trigger, bool Allowed, IReadOnlyList<GuardResult> Blocked)
{
    /// <summary>The action the trigger stands for in the plan's authority.</summary>
    public Plans.PlanAction Action { get; init; }

    /// <summary>Who may take it, as the plan declares (in Vietnamese and English).</summary>
    public IReadOnlyList<Authorization.WhoMayAct> MayAct { get; init; } = [];
}
