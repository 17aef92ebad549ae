using Dialogue.Workflows.Runtime.Events;

namespace Dialogue.Workflows.Runtime;

/// <summary>What a command did: the plan right after it, exactly the events it appended, and its command id.</summary>
/// <remarks>
/// <see cref="Events"/> never holds another writer's events, even when the command was retried after a
/// concurrent change. A command repeated under a recorded command id appends nothing: its outcome is the
/// first one's, with <see cref="Repeated"/> set.
/// </remarks>
/// <param name="Plan">The plan at the version the command produced (later commands are not in it).</param>
/// <param name="Events">The events the command appended, oldest first.</param>
/// <param name="CommandId">The command's id: given with the command, or made by the engine.</param>
/// <param name="Repeated">True when the command id was already recorded: nothing new was written.</param>
public sealed record CommandOutcome(PlanInstance Plan, IReadOnlyList<PlanEvent> Events, string CommandId, bool Repeated)
{
    /// <summary>The version of the first event the command appended.</summary>
    public long FirstVersion => Plan.Version - Events.Count + 1;
}
