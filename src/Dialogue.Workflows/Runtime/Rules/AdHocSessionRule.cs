using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>
/// Sessions are added only where the plan provides for ad-hoc sessions ("đối thoại đột xuất"), or to
/// replace a planned session that cannot be held (cancelled or postponed), so that a plan with a
/// minimum number of sessions can still reach it.
/// </summary>
internal sealed class AdHocSessionRule : CommandRule
{
    public override string Code => "session.ad-hoc-not-allowed";

    public override string Title => "Chỉ bổ sung buổi đối thoại đột xuất khi kế hoạch cho phép, hoặc để thay buổi không tổ chức được";

    public override string EnglishTitle => "A session is added only where the plan provides for ad-hoc sessions, or to replace one that cannot be held";

    public override IReadOnlyList<Type> Governs { get; } = [typeof(AddAdHocSession)];

    public override bool AppliesTo(PlanDefinition definition) => !definition.Rules.AllowsAdHocSessions;

    public override GuardResult Check(RuleContext context)
    {
        var command = (AddAdHocSession)context.Command;
        if (command.Replaces is { } replaced)
        {
            var session = context.Plan.Session(replaced);
            return session.Status is SessionStatus.Cancelled or SessionStatus.Postponed
                && !context.Plan.Sessions.Any(s => s.Replaces == replaced)
                ? Pass()
                : Fail($"Chỉ bổ sung buổi thay thế cho một buổi đã hủy hoặc hoãn và chưa có buổi thay; buổi '{replaced}' đang ở trạng thái {session.Status}.",
                    $"A replacement is added only for a cancelled or postponed session that has none yet; session '{replaced}' is {session.Status}.");
        }

        return context.Plan.Definition.Rules.AllowsAdHocSessions
            ? Pass()
            : Fail("Kế hoạch này không quy định đối thoại đột xuất; chỉ có thể bổ sung buổi thay thế cho buổi đã hủy hoặc hoãn.",
                "This plan does not provide for ad-hoc sessions; only a replacement for a cancelled or postponed session can be added.");
    }
}
