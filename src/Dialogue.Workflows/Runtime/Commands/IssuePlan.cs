namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Issues the plan (ban hành); give its number in <see cref="PlanCommand.Document"/>.</summary>
public sealed record IssuePlan : PlanCommand;
