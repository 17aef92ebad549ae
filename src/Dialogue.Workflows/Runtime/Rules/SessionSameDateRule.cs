using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;
using static Dialogue.Workflows.Runtime.Rules.RuleText;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>A session is moved to a date it does not already have.</summary>
internal sealed class SessionSameDateRule : CommandRule
{
    public override string Code => "session.same-date";

    public override string Title => "Đổi lịch sang một ngày khác ngày hiện tại";

    public override string EnglishTitle => "A session is moved to a date other than its own";

    public override IReadOnlyList<Type> Governs { get; } = [typeof(RescheduleSession)];

    public override GuardResult Check(RuleContext context) =>
        context.Session?.Date is not { } date || date != context.SessionDate
            ? Pass()
            : Fail($"Buổi đối thoại đã có ngày {Vi(date)}.", $"The session is already on {Iso(date)}.");
}
