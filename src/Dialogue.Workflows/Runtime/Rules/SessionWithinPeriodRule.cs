using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;
using static Dialogue.Workflows.Runtime.Rules.RuleText;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>
/// A session is dated within the period its plan gives it ("Quý III/2023", "tháng 6 năm 2024"); a
/// session the plan dates exactly stays within the plan's year. Offices do move a session to another
/// quarter by decision, so a recorded deviation may set the rule aside.
/// </summary>
internal sealed class SessionWithinPeriodRule : CommandRule
{
    public override string Code => "session.outside-period";

    public override string Title => "Buổi đối thoại tổ chức trong thời gian kế hoạch đã định (quý, tháng, năm)";

    public override string EnglishTitle => "A session is held within the period its plan gives it (quarter, month, year)";

    public override bool AllowsDeviation => true;

    public override IReadOnlyList<Type> Governs { get; } = [typeof(ScheduleSession), typeof(RescheduleSession)];

    public override GuardResult Check(RuleContext context)
    {
        if (context.SessionDate is not { } date || context.Session is not { IsAdHoc: false } session)
        {
            return Pass();
        }

        var planned = session.Planned;
        if (planned.IsPending)
        {
            return planned.Period.Contains(date)
                ? Pass()
                : Fail($"Buổi '{session.Key}' được kế hoạch định vào {planned.Label} ({Vi(planned.Period)}), không phải ngày {Vi(date)}.",
                    $"Session '{session.Key}' is planned for {planned.EnglishLabel} ({Iso(planned.Period)}), not {Iso(date)}.");
        }

        var year = context.Plan.Definition.Year;
        return date.Year == year
            ? Pass()
            : Fail($"Buổi '{session.Key}' thuộc kế hoạch năm {year}, không thể dời sang ngày {Vi(date)}.",
                $"Session '{session.Key}' belongs to the plan for {year}; it cannot move to {Iso(date)}.");
    }
}
