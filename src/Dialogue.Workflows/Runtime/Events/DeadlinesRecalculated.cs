
namespace Dialogue.Workflows.Runtime.Events;

/// <summary>The working calendar changed after deadlines were computed; the plan's policy was applied.</summary>
[PlanEventName("deadlines-recalculated")]
public sealed record DeadlinesRecalculated : PlanEvent
{
    /// <summary>Whether the deadlines were recomputed or kept.</summary>
    public required CalendarChangePolicy Policy { get; init; }

    /// <summary>The deadlines this event changed, with their old and new dates.</summary>
    public IReadOnlyList<DueChange> Deadlines { get; init; } = [];
}
