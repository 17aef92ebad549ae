using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;

namespace Dialogue.Workflows.AspNetCore;

/// <summary>Every command kind the endpoints take (<c>POST {prefix}/{id}/commands/{kind}</c>): its path segment, its record and the plan action it is.</summary>
/// <example>
/// <code>
/// var kind = PlanPlanCommandKinds.Of(PlanAction.AnnounceSession);   // "announce-session"
/// var type = PlanPlanCommandKinds.Find(kind)!.Type;                 // typeof(AnnounceSession)
/// </code>
/// </example>
public static class PlanCommandKinds
{
    /// <summary>Every command, in the order of the plan's life.</summary>
    public static IReadOnlyList<PlanCommandKind> All { get; } =
    [
        new("issue-plan", typeof(IssuePlan), PlanAction.Issue),
        new("complete-plan", typeof(CompletePlan), PlanAction.Complete),
        new("cancel-plan", typeof(CancelPlan), PlanAction.Cancel),
        new("schedule-session", typeof(ScheduleSession), PlanAction.ScheduleSession),
        new("reschedule-session", typeof(RescheduleSession), PlanAction.RescheduleSession),
        new("postpone-session", typeof(PostponeSession), PlanAction.PostponeSession),
        new("cancel-session", typeof(CancelSession), PlanAction.CancelSession),
        new("add-ad-hoc-session", typeof(AddAdHocSession), PlanAction.AddSession),
        new("announce-session", typeof(AnnounceSession), PlanAction.AnnounceSession),
        new("hold-session", typeof(HoldSession), PlanAction.HoldSession),
        new("answer-session-in-writing", typeof(AnswerSessionInWriting), PlanAction.AnswerSessionInWriting),
        new("conclude-session", typeof(ConcludeSession), PlanAction.ConcludeSession),
        new("report-session", typeof(ReportSession), PlanAction.ReportSession),
        new("close-session", typeof(CloseSession), PlanAction.CloseSession),
        new("complete-task", typeof(CompleteTask), PlanAction.CompleteTask),
        new("waive-task", typeof(WaiveTask), PlanAction.WaiveTask),
        new("extend-deadline", typeof(ExtendDeadline), PlanAction.ExtendDeadline),
        new("receive-petition", typeof(ReceivePetition), PlanAction.ReceivePetition),
        new("classify-petition", typeof(ClassifyPetition), PlanAction.ClassifyPetition),
        new("assign-petition", typeof(AssignPetition), PlanAction.AssignPetition),
        new("answer-petition", typeof(AnswerPetition), PlanAction.AnswerPetition),
        new("redirect-petition", typeof(RedirectPetition), PlanAction.RedirectPetition),
        new("escalate-petition", typeof(EscalatePetition), PlanAction.EscalatePetition),
        new("reject-petition", typeof(RejectPetition), PlanAction.RejectPetition),
        new("notify-petition-result", typeof(NotifyPetitionResult), PlanAction.NotifyPetitionResult),
        new("close-petition", typeof(ClosePetition), PlanAction.ClosePetition),
    ];

    /// <summary>The command kind that takes a plan action.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The path segment, or an empty string for an action no command takes alone (Create, Deviate).</returns>
    public static string Of(PlanAction action) => All.FirstOrDefault(k => k.Action == action)?.Kind ?? string.Empty;
    /// <summary>A command kind by its path segment.</summary>
    /// <param name="kind">The path segment: <c>issue-plan</c>.</param>
    /// <returns>The kind, or null when there is none of that name.</returns>
    public static PlanCommandKind? Find(string kind) => All.FirstOrDefault(k => k.Kind == kind);
}
