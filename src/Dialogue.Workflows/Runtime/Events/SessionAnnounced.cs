using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A session's time and place were announced.</summary>
[PlanEventName("session-announced")]
public sealed record SessionAnnounced : PlanEvent
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }

    /// <summary>The day of the announcement.</summary>
    public required LocalDate On { get; init; }
}
