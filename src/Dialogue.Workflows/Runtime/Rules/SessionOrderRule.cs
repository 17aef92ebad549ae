using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;
using static Dialogue.Workflows.Runtime.Rules.RuleText;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>
/// The plan's sessions keep the document's order: a session is not dated before an earlier one nor
/// after a later one (ad-hoc and cancelled sessions aside). A recorded deviation may set it aside.
/// </summary>
internal sealed class SessionOrderRule : CommandRule
{
    public override string Code => "session.order";

    public override string Title => "Các buổi đối thoại giữ đúng thứ tự trong kế hoạch";

    public override string EnglishTitle => "Sessions keep the order the plan gives them";

    public override bool AllowsDeviation => true;

    public override IReadOnlyList<Type> Governs { get; } = [typeof(ScheduleSession), typeof(RescheduleSession)];

    public override bool AppliesTo(Plans.PlanDefinition definition) => definition.Sessions.Count > 1;

    public override GuardResult Check(RuleContext context)
    {
        if (context.SessionDate is not { } date || context.Session is not { IsAdHoc: false } session)
        {
            return Pass();
        }

        var planned = context.Plan.Sessions.Where(s => !s.IsAdHoc).ToList();
        var index = planned.IndexOf(session);
        var before = planned.Take(index).LastOrDefault(s => s.Status != SessionStatus.Cancelled && s.Date is { } d && d > date);
        if (before is not null)
        {
            return Fail($"Buổi '{session.Key}' ngày {Vi(date)} sẽ diễn ra trước buổi '{before.Key}' ({Vi(before.Date)}) vốn đứng trước trong kế hoạch.",
                $"Session '{session.Key}' on {Iso(date)} would come before session '{before.Key}' ({Iso(before.Date)}), which the plan puts first.");
        }

        var after = planned.Skip(index + 1).FirstOrDefault(s => s.Status != SessionStatus.Cancelled && s.Date is { } d && d < date);
        return after is null
            ? Pass()
            : Fail($"Buổi '{session.Key}' ngày {Vi(date)} sẽ diễn ra sau buổi '{after.Key}' ({Vi(after.Date)}) vốn đứng sau trong kế hoạch.",
                $"Session '{session.Key}' on {Iso(date)} would come after session '{after.Key}' ({Iso(after.Date)}), which the plan puts later.");
    }
}
