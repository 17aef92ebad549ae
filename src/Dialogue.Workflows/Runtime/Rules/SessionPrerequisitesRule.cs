using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;
using static Dialogue.Workflows.Runtime.Rules.RuleText;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>
/// A session comes after the preparation it rests on (<see cref="PlanRules.SessionPrerequisites"/>):
/// the TTHC conference after the office has compiled the departments' answers, the Party conference
/// after the Front's survey. Commands are held to the order <c>Define</c> holds the parameters to.
/// </summary>
internal sealed class SessionPrerequisitesRule : CommandRule
{
    public override string Code => "session.before-prerequisite";

    public override string Title => "Buổi đối thoại diễn ra sau các bước chuẩn bị mà kế hoạch đặt trước nó";

    public override string EnglishTitle => "A session comes after the preparation the plan puts before it";

    public override IReadOnlyList<Type> Governs { get; } = [typeof(ScheduleSession), typeof(RescheduleSession)];

    public override bool AppliesTo(PlanDefinition definition) => definition.Rules.SessionPrerequisites.Count > 0;

    public override GuardResult Check(RuleContext context)
    {
        if (context.SessionDate is not { } date || context.Session is not { } session)
        {
            return Pass();
        }

        foreach (var key in context.Plan.Definition.Rules.SessionPrerequisites)
        {
            var task = context.Plan.Definition.Tasks.First(t => t.Key == key);
            if (task.Deadline is not { } rule)
            {
                continue;
            }

            // Relative to this very session, the prerequisite moves with it; absolute dates and other anchors stay put.
            Deadline? deadline = !rule.UsesAnchor ? rule.Compute(context.Calendar)
                : task.Anchor == AnchorPoint.SessionDate ? rule.Compute(session.Planned.WithDate(date), context.Calendar)
                : null;
            if ((deadline?.Due ?? deadline?.Latest) is { } due && date <= due)
            {
                return Fail($"Buổi '{session.Key}' ngày {Vi(date)} phải diễn ra sau hạn của bước \"{task.Title}\" ({Vi(due)}).",
                    $"Session '{session.Key}' on {Iso(date)} must come after the due date of \"{task.EnglishTitle}\" ({Iso(due)}).");
            }
        }

        return Pass();
    }
}
