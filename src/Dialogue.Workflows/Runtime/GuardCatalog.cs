using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Runtime;

/// <summary>The rules that can block a trigger the state allows: the library's, from the plan's definition, and the plan type's own.</summary>
internal static class GuardCatalog
{
    public static IReadOnlyDictionary<PlanTrigger, IReadOnlyList<TriggerGuard>> ForPlan(GuardContext context) =>
        Build(context, EntityKind.Plan, Enum.GetValues<PlanTrigger>(), trigger => trigger switch
        {
            PlanTrigger.Complete =>
            [
                new TriggerGuard("plan.sessions-open", () =>
                {
                    var open = context.Plan.Sessions.Where(s => !s.IsFinished).Select(s => s.Key).ToList();
                    return GuardResult.When(open.Count == 0, "plan.sessions-open",
                        $"Còn buổi đối thoại chưa kết thúc: {string.Join(", ", open)}.",
                        $"Sessions not finished yet: {string.Join(", ", open)}.");
                }),
                new TriggerGuard("plan.tasks-open", () =>
                {
                    // A duty of a cancelled session falls with it; every other is done or waived with its reason.
                    var open = context.Plan.Tasks.Where(t => t.Status == PlanTaskStatus.Open && !InCancelledSession(context.Plan, t)).Select(t => t.Id).ToList();
                    return GuardResult.When(open.Count == 0, "plan.tasks-open",
                        $"Còn {open.Count} nhiệm vụ chưa hoàn thành hoặc được miễn: {Few(open)}.",
                        $"{open.Count} tasks are neither done nor waived: {Few(open)}.");
                }),
                new TriggerGuard("plan.petitions-open", () =>
                {
                    var open = context.Plan.Petitions.Where(p => !p.HasResult).Select(p => p.Id).ToList();
                    return GuardResult.When(open.Count == 0, "plan.petitions-open",
                        $"Còn kiến nghị chưa có kết quả: {Few(open)}.",
                        $"Petitions without a result: {Few(open)}.");
                }),
            ],
            _ => [],
        });

    public static IReadOnlyDictionary<SessionTrigger, IReadOnlyList<TriggerGuard>> ForSession(GuardContext context)
    {
        var session = context.Session!;
        var rules = context.Plan.Definition.Rules;
        return Build(context, EntityKind.Session, Enum.GetValues<SessionTrigger>(), trigger =>
        {
            var guards = new List<TriggerGuard> { PlanOpen(context) };
            if (trigger is SessionTrigger.Announce or SessionTrigger.Hold or SessionTrigger.AnswerInWriting or SessionTrigger.Conclude
                or SessionTrigger.Report or SessionTrigger.Close)
            {
                guards.Add(PlanIssued(context));
            }

            switch (trigger)
            {
                case SessionTrigger.Hold when session.Status == SessionStatus.Scheduled:
                    guards.Add(new TriggerGuard("session.announcement-required", () => GuardResult.When(!rules.RequiresAnnouncement, "session.announcement-required",
                        "Phải thông báo thời gian, địa điểm trước khi tổ chức đối thoại.",
                        "The time and place must be announced before the session is held.")));
                    break;
                case SessionTrigger.AnswerInWriting:
                    guards.Add(new TriggerGuard("session.written-answers-not-allowed", () => GuardResult.When(rules.AllowsWrittenAnswersInsteadOfSession,
                        "session.written-answers-not-allowed",
                        "Kế hoạch này không cho phép thay hội nghị bằng trả lời bằng văn bản.",
                        "This plan does not allow written answers instead of a meeting.")));
                    break;
                case SessionTrigger.Report when session.Status == SessionStatus.Held:
                    guards.Add(new TriggerGuard("session.conclusion-required", () => GuardResult.When(!rules.RequiresConclusionNotice,
                        "session.conclusion-required",
                        "Phải ban hành thông báo kết luận trước khi báo cáo.",
                        "The conclusion notice must be issued before the report.")));
                    break;
                case SessionTrigger.Close:
                    if (session.Status == SessionStatus.Concluded)
                    {
                        guards.Add(new TriggerGuard("session.report-required", () => GuardResult.When(context.Plan.Definition.ReportRecipients.Count == 0,
                            "session.report-required",
                            "Phải báo cáo kết quả cho các nơi nhận trước khi kết thúc.",
                            "The results must be reported to the named recipients before closing.")));
                    }

                    guards.Add(new TriggerGuard("session.tasks-open", () =>
                    {
                        var open = context.Plan.Tasks.Where(t => t.Session == session.Key && t.Status == PlanTaskStatus.Open && t.Definition.Phase == TaskPhase.After)
                            .Select(t => t.Id).ToList();
                        return GuardResult.When(open.Count == 0, "session.tasks-open",
                            $"Còn nhiệm vụ sau hội nghị chưa hoàn thành: {string.Join(", ", open)}.",
                            $"After-session tasks still open: {string.Join(", ", open)}.");
                    }));
                    guards.Add(new TriggerGuard("session.petitions-open", () =>
                    {
                        var open = context.Plan.Petitions.Where(p => p.Session == session.Key && p.Status is not (PetitionStatus.Closed or PetitionStatus.ResultNotified))
                            .Select(p => p.Id).ToList();
                        // Closing a session needs each of its petitions' result told to the petitioner (or the petition closed), not only decided.
                        return GuardResult.When(open.Count == 0, "session.petitions-open",
                            $"Còn kiến nghị chưa thông báo kết quả cho người kiến nghị hoặc chưa đóng: {string.Join(", ", open)}.",
                            $"Petitions whose result has not been notified to the petitioner, or that are not closed: {string.Join(", ", open)}.");
                    }));
                    break;
            }

            return guards;
        });
    }

    public static IReadOnlyDictionary<PlanTaskTrigger, IReadOnlyList<TriggerGuard>> ForTask(GuardContext context) =>
        Build(context, EntityKind.Task, Enum.GetValues<PlanTaskTrigger>(), _ => [PlanOpen(context)]);

    public static IReadOnlyDictionary<PetitionTrigger, IReadOnlyList<TriggerGuard>> ForPetition(GuardContext context)
    {
        var petition = context.Petition!;
        var policy = context.Plan.Definition.Petitions;
        return Build(context, EntityKind.Petition, Enum.GetValues<PetitionTrigger>(), trigger =>
        {
            var guards = new List<TriggerGuard> { PlanOpen(context) };
            switch (trigger)
            {
                case PetitionTrigger.Answer:
                    guards.Add(new TriggerGuard("petition.excluded-category", () => GuardResult.When(
                        petition.Category is not { } category || !policy.Excludes(category), "petition.excluded-category",
                        $"Nội dung {Words.Category(petition.Category)} không thuộc phạm vi đối thoại của kế hoạch này: hãy từ chối hoặc hướng dẫn đến cơ quan có thẩm quyền.",
                        $"A {petition.Category} is not a dialogue topic under this plan: reject it or redirect it to the competent body.")));
                    break;
                case PetitionTrigger.Redirect:
                    guards.Add(new TriggerGuard("petition.redirect-not-allowed", () => GuardResult.When(policy.RedirectsOutsideAuthority, "petition.redirect-not-allowed",
                        "Kế hoạch này không quy định hướng dẫn đến cơ quan khác.", "This plan does not provide for redirecting petitions.")));
                    break;
                case PetitionTrigger.Escalate:
                    guards.Add(new TriggerGuard("petition.escalation-not-allowed", () => GuardResult.When(policy.EscalatesBeyondAuthority, "petition.escalation-not-allowed",
                        "Kế hoạch này không quy định báo cáo cấp trên.", "This plan does not provide for escalating petitions.")));
                    break;
                case PetitionTrigger.Close when petition.Status == PetitionStatus.Answered:
                    guards.Add(new TriggerGuard("petition.notify-first", () => GuardResult.When(petition.AnswerMode == AnswerMode.AtSession, "petition.notify-first",
                        "Kiến nghị được trả lời bằng văn bản: phải gửi kết quả cho người kiến nghị trước khi kết thúc.",
                        "The petition was answered in writing: send the result to the petitioner before closing it.")));
                    break;
            }

            return guards;
        });
    }

    private static Dictionary<TTrigger, IReadOnlyList<TriggerGuard>> Build<TTrigger>(GuardContext context, EntityKind entity, TTrigger[] triggers, Func<TTrigger, List<TriggerGuard>> library)
        where TTrigger : struct, Enum
    {
        var result = new Dictionary<TTrigger, IReadOnlyList<TriggerGuard>>();
        foreach (var trigger in triggers)
        {
            var guards = library(trigger);
            foreach (var custom in context.Plan.Definition.Guards.Where(g => g.Entity == entity && g.Trigger == trigger.ToString()))
            {
                guards.Add(new TriggerGuard(custom.Code, () => custom.Check(context)));
            }

            result[trigger] = guards;
        }

        return result;
    }

    private static TriggerGuard PlanOpen(GuardContext context) => new("plan.closed", () => GuardResult.When(
        context.Plan.Status is not (PlanStatus.Completed or PlanStatus.Cancelled), "plan.closed",
        "Kế hoạch đã kết thúc hoặc bị hủy.", "The plan is completed or cancelled."));

    private static TriggerGuard PlanIssued(GuardContext context) => new("plan.not-issued", () => GuardResult.When(
        context.Plan.Status is not PlanStatus.Draft, "plan.not-issued",
        "Kế hoạch chưa được ban hành.", "The plan has not been issued yet."));

    private static bool InCancelledSession(PlanInstance plan, PlanTaskInstance task) =>
        task.Session is not null && plan.Session(task.Session).Status == SessionStatus.Cancelled;

    // A plan can have dozens of open duties: name the first few and count the rest.
    private static string Few(List<string> ids) => ids.Count <= 5 ? string.Join(", ", ids) : $"{string.Join(", ", ids.Take(5))} (+{ids.Count - 5})";
}
