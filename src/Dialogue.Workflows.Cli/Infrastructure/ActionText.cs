using Dialogue.Workflows.Runtime;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>The words and command lines for the engine's entities and triggers.</summary>
internal static class ActionText
{
    /// <summary>The entity's noun: "plan", "session", "task", "petition".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The noun.</returns>
    public static string Noun(EntityKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The plan action a command stands for, as the plan's authority and every JSON <c>action</c> field name it: <c>Issue</c>, <c>ScheduleSession</c>.</summary>
    /// <param name="command">The engine command (or <see cref="Runtime.Commands.CreatePlan"/>); null when unknown.</param>
    /// <returns>The action's name, or null.</returns>
    public static string? PlanActionName(object? command) => command switch
    {
        null => null,
        Runtime.Commands.CreatePlan => nameof(Plans.PlanAction.Create),
        Runtime.Commands.IssuePlan => nameof(Plans.PlanAction.Issue),
        Runtime.Commands.CompletePlan => nameof(Plans.PlanAction.Complete),
        Runtime.Commands.CancelPlan => nameof(Plans.PlanAction.Cancel),
        Runtime.Commands.AddAdHocSession => nameof(Plans.PlanAction.AddSession),
        // Every other command is named as its action (ScheduleSession, CompleteTask, AssignPetition …).
        _ => Enum.TryParse<Plans.PlanAction>(command.GetType().Name, out var action) ? action.ToString() : command.GetType().Name,
    };

    /// <summary>The <c>dialogue</c> command line (without the program name) that performs an action, with placeholders for what it needs.</summary>
    /// <param name="planId">The plan.</param>
    /// <param name="action">The action.</param>
    /// <returns>E.g. <c>session announce p1 session-1</c>.</returns>
    public static string CommandLine(string planId, PermittedAction action)
    {
        var id = action.EntityId;
        return (action.Entity, action.Trigger) switch
        {
            (EntityKind.Plan, "Issue") => $"plan issue {planId} [--doc <number>]",
            (EntityKind.Plan, "Start") => $"session announce {planId} <session> (the plan starts with its first announced or held session)",
            (EntityKind.Plan, "Complete") => $"plan complete {planId}",
            (EntityKind.Plan, "Cancel") => $"plan cancel {planId} --reason <text>",
            (EntityKind.Session, "Schedule") => $"session schedule {planId} {id} --date <yyyy-MM-dd> [--venue <text>]",
            (EntityKind.Session, "Reschedule") => $"session reschedule {planId} {id} --to <yyyy-MM-dd> --reason <text>",
            (EntityKind.Session, "Postpone") => $"session postpone {planId} {id} --reason <text>",
            (EntityKind.Session, "Cancel") => $"session cancel {planId} {id} --reason <text>",
            (EntityKind.Session, "AnswerInWriting") => $"session written {planId} {id} --reason <text>",
            (EntityKind.Session, var trigger) => $"session {trigger.ToLowerInvariant()} {planId} {id}",
            (EntityKind.Task, "Complete") => $"task done {planId} {id}",
            (EntityKind.Task, "Waive") => $"task waive {planId} {id} --reason <text>",
            (EntityKind.Task, "Extend") => $"task extend {planId} {id} --due <yyyy-MM-dd> --reason <text>",
            (EntityKind.Petition, "Classify") => $"petition classify {planId} {id} --category <category> [--domain <domain>]",
            (EntityKind.Petition, "Assign") => $"petition assign {planId} {id} --to <unit>",
            (EntityKind.Petition, "Answer") => $"petition answer {planId} {id} --mode at-session|in-writing --summary <text>",
            (EntityKind.Petition, "Redirect") => $"petition redirect {planId} {id} --to <body> --guidance <text>",
            (EntityKind.Petition, "Escalate") => $"petition escalate {planId} {id} --to <body>",
            (EntityKind.Petition, "Reject") => $"petition reject {planId} {id} --reason <reason> --explanation <text>",
            (EntityKind.Petition, var trigger) => $"petition {trigger.ToLowerInvariant()} {planId} {id}",
            _ => $"{Noun(action.Entity)} {action.Trigger.ToLowerInvariant()} {planId} {id}",
        };
    }
}
