using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A task's deadline was extended (gia hạn).</summary>
[PlanEventName("deadline-extended")]
public sealed record DeadlineExtended : PlanEvent
{
    /// <summary>The task's id.</summary>
    public required string Task { get; init; }

    /// <summary>The due date before.</summary>
    public LocalDate? OldDue { get; init; }

    /// <summary>The new due date.</summary>
    public required LocalDate NewDue { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}
