using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>The session was closed.</summary>
[PlanEventName("session-closed")]
public sealed record SessionClosed : PlanEvent
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }

    /// <summary>The day.</summary>
    public required LocalDate On { get; init; }
}
