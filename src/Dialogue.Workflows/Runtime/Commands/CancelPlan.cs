namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Cancels the plan.</summary>
public sealed record CancelPlan : PlanCommand
{
    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}
