using Dialogue.Workflows.Plans;

namespace Dialogue.Workflows.Runtime.Authorization;

/// <summary>What an authorization handler decides on: who wants to take which action on which entity of a plan.</summary>
/// <param name="Plan">The plan as it stands before the action (for <see cref="PlanAction.Create"/>, the plan as it would be created).</param>
/// <param name="Action">The action.</param>
/// <param name="Actor">Who acts.</param>
public sealed record AuthorizationRequest(PlanInstance Plan, PlanAction Action, Actor Actor)
{
    /// <summary>The session acted on, for a session's action.</summary>
    public SessionInstance? Session { get; init; }

    /// <summary>The task acted on, for a task's action.</summary>
    public PlanTaskInstance? Task { get; init; }

    /// <summary>The petition acted on, for a petition's action.</summary>
    public PetitionInstance? Petition { get; init; }
}
