using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A task was done.</summary>
[PlanEventName("task-completed")]
public sealed record TaskCompleted : PlanEvent
{
    /// <summary>The task's id.</summary>
    public required string Task { get; init; }

    /// <summary>The day it was done.</summary>
    public required LocalDate On { get; init; }

    /// <summary>Its due date at that time, if it had one.</summary>
    public LocalDate? Due { get; init; }

    /// <summary>Whether it was done after its due date.</summary>
    public required bool Late { get; init; }

    /// <summary>The deadlines this event changed, with their old and new dates.</summary>
    public IReadOnlyList<DueChange> Deadlines { get; init; } = [];
}
