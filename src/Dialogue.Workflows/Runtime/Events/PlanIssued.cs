
namespace Dialogue.Workflows.Runtime.Events;

/// <summary>The plan was issued (ban hành); <see cref="PlanEvent.Document"/> holds its number.</summary>
[PlanEventName("plan-issued")]
public sealed record PlanIssued : PlanEvent
{

}
