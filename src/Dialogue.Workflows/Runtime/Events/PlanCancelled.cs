
namespace Dialogue.Workflows.Runtime.Events;

/// <summary>The plan was cancelled.</summary>
[PlanEventName("plan-cancelled")]
public sealed record PlanCancelled : PlanEvent
{
    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}
