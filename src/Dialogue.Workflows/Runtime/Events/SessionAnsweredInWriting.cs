using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>No meeting could be held: every registrant is answered in writing instead.</summary>
[PlanEventName("session-answered-in-writing")]
public sealed record SessionAnsweredInWriting : PlanEvent
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }

    /// <summary>The day it was decided.</summary>
    public required LocalDate On { get; init; }

    /// <summary>Why no meeting could be held.</summary>
    public required string Reason { get; init; }

    /// <summary>The deadlines this event changed, with their old and new dates.</summary>
    public IReadOnlyList<DueChange> Deadlines { get; init; } = [];
}
