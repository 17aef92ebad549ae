
namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A session was postponed without a new date.</summary>
[PlanEventName("session-postponed")]
public sealed record SessionPostponed : PlanEvent
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }

    /// <summary>The deadlines this event changed, with their old and new dates.</summary>
    public IReadOnlyList<DueChange> Deadlines { get; init; } = [];
}
