
namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A session was cancelled.</summary>
[PlanEventName("session-cancelled")]
public sealed record SessionCancelled : PlanEvent
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }

    /// <summary>The deadlines this event changed, with their old and new dates.</summary>
    public IReadOnlyList<DueChange> Deadlines { get; init; } = [];
}
