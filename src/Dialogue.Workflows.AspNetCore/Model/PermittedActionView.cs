namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>An action the plan's state allows on one of its entities, and whether the signed-in user may take it now.</summary>
/// <param name="Entity">The entity's kind: <c>plan</c>, <c>session</c>, <c>task</c>, <c>petition</c>.</param>
/// <param name="EntityId">The entity's id (the plan's id for the plan).</param>
/// <param name="Trigger">The state machine's trigger: <c>Issue</c>, <c>Announce</c>.</param>
/// <param name="Action">The plan action it is, for authority: <c>Issue</c>, <c>AnnounceSession</c>.</param>
/// <param name="Command">The command kind that takes it: <c>POST {prefix}/{id}/commands/{command}</c>, e.g. <c>issue-plan</c>.</param>
/// <param name="Allowed">Whether the signed-in user may take it now.</param>
/// <param name="Blocked">Why not, when not: the plan's guards and the user's authority.</param>
/// <param name="MayAct">Who may take it, as the plan's authority says.</param>
public sealed record PermittedActionView(string Entity, string EntityId, string Trigger, string Action, string Command, bool Allowed,
    IReadOnlyList<BlockedReasonView> Blocked, WhoMayActView MayAct);
