
namespace Dialogue.Workflows.Runtime.Events;

/// <summary>Every session is finished and the plan is complete.</summary>
[PlanEventName("plan-completed")]
public sealed record PlanCompleted : PlanEvent
{

}
