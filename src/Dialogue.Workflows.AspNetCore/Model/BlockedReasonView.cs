namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>Why an action is not allowed now: a guard of the plan, or the actor's authority.</summary>
/// <param name="Code">The stable code: <c>plan.tasks-open</c>, <c>authorization.wrong-unit</c>.</param>
/// <param name="Vi">Why, in Vietnamese.</param>
/// <param name="En">Why, in English.</param>
public sealed record BlockedReasonView(string Code, string Vi, string En);
