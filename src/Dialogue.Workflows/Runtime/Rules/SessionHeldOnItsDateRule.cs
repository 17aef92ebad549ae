using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;
using static Dialogue.Workflows.Runtime.Rules.RuleText;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>A session is recorded as held on the day it is scheduled for; a session held on another day is moved first.</summary>
internal sealed class SessionHeldOnItsDateRule : CommandRule
{
    public override string Code => "session.date-mismatch";

    public override string Title => "Buổi đối thoại được tổ chức đúng ngày đã xếp lịch";

    public override string EnglishTitle => "A session is held on the day it is scheduled for";

    public override bool ReadsOnlyState => true;

    public override IReadOnlyList<Type> Governs { get; } = [typeof(HoldSession)];

    public override GuardResult Check(RuleContext context) =>
        context.Session?.Date == context.Today
            ? Pass()
            : Fail($"Buổi đối thoại được xếp lịch ngày {Vi(context.Session?.Date)}, không phải ngày {Vi(context.Today)}: hãy đổi lịch trước.",
                $"The session is scheduled for {Iso(context.Session?.Date)}, not {Iso(context.Today)}: reschedule it first.");
}
