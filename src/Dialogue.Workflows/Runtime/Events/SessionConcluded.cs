using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>The session's conclusion notice (thông báo kết luận) was issued.</summary>
[PlanEventName("session-concluded")]
public sealed record SessionConcluded : PlanEvent
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }

    /// <summary>The day of the notice.</summary>
    public required LocalDate On { get; init; }

    /// <summary>The deadlines this event changed, with their old and new dates.</summary>
    public IReadOnlyList<DueChange> Deadlines { get; init; } = [];
}
