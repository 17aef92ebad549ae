using Dialogue.Workflows.Plans;

namespace Dialogue.Workflows.AspNetCore;

/// <summary>One command kind of the plan endpoints.</summary>
/// <param name="Kind">The path segment: <c>issue-plan</c>.</param>
/// <param name="Type">The command record, a <see cref="Runtime.Commands.PlanCommand"/>: <c>IssuePlan</c>.</param>
/// <param name="Action">The plan action it takes, for authority.</param>
public sealed record PlanCommandKind(string Kind, Type Type, PlanAction Action);
