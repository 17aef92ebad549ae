using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;
using static Dialogue.Workflows.Runtime.Rules.RuleText;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>A session is not scheduled, moved or added for a day that has passed.</summary>
internal sealed class SessionDateNotPastRule : CommandRule
{
    public override string Code => "session.date-in-past";

    public override string Title => "Không xếp lịch đối thoại vào ngày đã qua";

    public override string EnglishTitle => "A session is not scheduled for a day that has passed";

    public override IReadOnlyList<Type> Governs { get; } = [typeof(ScheduleSession), typeof(RescheduleSession), typeof(AddAdHocSession)];

    public override GuardResult Check(RuleContext context) =>
        context.SessionDate is not { } date || date >= context.Today
            ? Pass()
            : Fail($"Ngày {Vi(date)} đã qua.", $"{Iso(date)} is in the past.");
}
