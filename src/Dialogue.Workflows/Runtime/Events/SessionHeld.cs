using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A session was held.</summary>
[PlanEventName("session-held")]
public sealed record SessionHeld : PlanEvent
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }

    /// <summary>The day it was held.</summary>
    public required LocalDate On { get; init; }

    /// <summary>The deadlines this event changed, with their old and new dates.</summary>
    public IReadOnlyList<DueChange> Deadlines { get; init; } = [];
}
