using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;
using static Dialogue.Workflows.Runtime.Rules.RuleText;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>
/// A session is announced by its plan's lead time ("ít nhất 07 ngày làm việc"): it cannot be dated so
/// soon that the notice is already late, nor announced after the notice was due. A recorded deviation
/// (a decision to hold it at shorter notice) may set it aside.
/// </summary>
internal sealed class AnnouncementLeadTimeRule : CommandRule
{
    public override string Code => "session.lead-time";

    public override string Title => "Thông báo thời gian, địa điểm đối thoại đủ thời hạn kế hoạch quy định";

    public override string EnglishTitle => "A session's time and place are announced within the plan's lead time";

    public override bool AllowsDeviation => true;

    public override IReadOnlyList<Type> Governs { get; } = [typeof(ScheduleSession), typeof(RescheduleSession), typeof(AddAdHocSession), typeof(AnnounceSession)];

    public override bool AppliesTo(PlanDefinition definition) => definition.Rules.AnnouncementLeadTime is not null;

    public override GuardResult Check(RuleContext context)
    {
        if (context.Plan.Definition.Rules.AnnouncementLeadTime is not { } lead)
        {
            return Pass();
        }

        var announcing = context.Command is AnnounceSession;
        var date = announcing ? context.Session?.Date : context.SessionDate;
        if (date is not { } day)
        {
            return Pass();
        }

        var notice = lead.Compute(Anchor.On(day, "ngày tổ chức đối thoại", "day of the session"), context.Calendar);
        if (notice.Due is not { } due || context.Today <= due)
        {
            return Pass();
        }

        var key = context.Session?.Key ?? "mới";
        return announcing
            ? Fail($"Thông báo buổi '{key}' ngày {Vi(day)} vào ngày {Vi(context.Today)} là quá hạn: phải thông báo chậm nhất ngày {Vi(due)} ({notice.Explanation.RuleDescription}).",
                $"Announcing session '{key}' on {Iso(day)} on {Iso(context.Today)} is too late: the notice was due {Iso(due)} ({notice.Explanation.EnglishRuleDescription}).")
            : Fail($"Buổi '{key}' ngày {Vi(day)} không còn đủ thời gian thông báo: hạn thông báo là {Vi(due)} ({notice.Explanation.RuleDescription}).",
                $"Session '{key}' on {Iso(day)} can no longer be announced in time: the notice was due {Iso(due)} ({notice.Explanation.EnglishRuleDescription}).");
    }
}
