namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Records a task done.</summary>
public sealed record CompleteTask : PlanCommand
{
    /// <summary>The task's id.</summary>
    public required string Task { get; init; }
}
