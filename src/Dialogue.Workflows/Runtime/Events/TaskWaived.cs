
namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A task was waived.</summary>
[PlanEventName("task-waived")]
public sealed record TaskWaived : PlanEvent
{
    /// <summary>The task's id.</summary>
    public required string Task { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}
