namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Waives a task that is not needed.</summary>
public sealed record WaiveTask : PlanCommand
{
    /// <summary>The task's id.</summary>
    public required string Task { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}
