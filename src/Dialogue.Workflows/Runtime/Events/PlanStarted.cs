
namespace Dialogue.Workflows.Runtime.Events;

/// <summary>The plan's first session was announced or held.</summary>
[PlanEventName("plan-started")]
public sealed record PlanStarted : PlanEvent
{

}
