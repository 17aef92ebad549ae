using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>The session's results were reported.</summary>
[PlanEventName("session-reported")]
public sealed record SessionReported : PlanEvent
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }

    /// <summary>The day of the report.</summary>
    public required LocalDate On { get; init; }

    /// <summary>Who it was sent to.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];
}
