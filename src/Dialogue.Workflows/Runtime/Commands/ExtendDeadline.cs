using NodaTime;

namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Extends a task's deadline (gia hạn).</summary>
public sealed record ExtendDeadline : PlanCommand
{
    /// <summary>The task's id.</summary>
    public required string Task { get; init; }

    /// <summary>The new due date.</summary>
    public required LocalDate NewDue { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}
