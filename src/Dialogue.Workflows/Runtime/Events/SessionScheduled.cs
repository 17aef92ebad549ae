using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A session was given a date.</summary>
[PlanEventName("session-scheduled")]
public sealed record SessionScheduled : PlanEvent
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }

    /// <summary>The date.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The venue, if given.</summary>
    public string? Venue { get; init; }

    /// <summary>The deadlines this event changed, with their old and new dates.</summary>
    public IReadOnlyList<DueChange> Deadlines { get; init; } = [];
}
