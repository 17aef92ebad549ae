namespace Dialogue.Workflows.Runtime.Machines;

/// <summary>A condition a trigger needs beyond the state, with the reason shown when it does not hold.</summary>
/// <param name="Code">A stable code, e.g. <c>session.minimum-per-year</c>.</param>
/// <param name="Check">Evaluates the condition now.</param>
public sealed record TriggerGuard(string Code, Func<GuardResult> Check);
