using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>A plan is completed only once it has held its minimum number of sessions, unless a recorded decision sets this aside.</summary>
internal sealed class MinimumSessionsHeldRule : CommandRule
{
    public override string Code => "plan.minimum-sessions";

    public override string Title => "Kế hoạch chỉ hoàn thành khi đã tổ chức đủ số buổi đối thoại tối thiểu";

    public override string EnglishTitle => "A plan completes only once it has held its minimum number of sessions";

    public override bool AllowsDeviation => true;

    public override bool ReadsOnlyState => true;

    public override IReadOnlyList<Type> Governs { get; } = [typeof(CompletePlan)];

    public override bool AppliesTo(PlanDefinition definition) => definition.Rules.MinimumSessionsPerYear > 0;

    public override GuardResult Check(RuleContext context)
    {
        var minimum = context.Plan.Definition.Rules.MinimumSessionsPerYear;
        var held = context.Plan.Sessions.Count(s => s.HeldOn is not null);
        return held >= minimum
            ? Pass()
            : Fail($"Mới tổ chức {held} buổi đối thoại; kế hoạch yêu cầu ít nhất {minimum} buổi mỗi năm.",
                $"Only {held} sessions were held; the plan requires at least {minimum} a year.");
    }
}
