using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A session was moved to another date; every deadline anchored on it moved too.</summary>
[PlanEventName("session-rescheduled")]
public sealed record SessionRescheduled : PlanEvent
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }

    /// <summary>The date before.</summary>
    public required LocalDate OldDate { get; init; }

    /// <summary>The new date.</summary>
    public required LocalDate NewDate { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }

    /// <summary>The deadlines this event changed, with their old and new dates.</summary>
    public IReadOnlyList<DueChange> Deadlines { get; init; } = [];
}
