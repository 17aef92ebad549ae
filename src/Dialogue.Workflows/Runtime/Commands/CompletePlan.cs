namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Completes the plan once every session is finished.</summary>
public sealed record CompletePlan : PlanCommand;
