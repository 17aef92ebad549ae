using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>
/// A session is not cancelled when that would leave fewer sessions than the plan's minimum a year
/// (two for an urban-government ward): add a replacement first, or record the decision as a deviation.
/// </summary>
internal sealed class MinimumSessionsOnCancelRule : CommandRule
{
    public override string Code => "session.minimum-per-year";

    public override string Title => "Không hủy buổi đối thoại nếu số buổi còn lại ít hơn mức tối thiểu mỗi năm";

    public override string EnglishTitle => "A session is not cancelled when fewer than the yearly minimum would remain";

    public override bool AllowsDeviation => true;

    public override bool ReadsOnlyState => true;

    public override IReadOnlyList<Type> Governs { get; } = [typeof(CancelSession)];

    public override bool AppliesTo(PlanDefinition definition) => definition.Rules.MinimumSessionsPerYear > 0;

    public override GuardResult Check(RuleContext context)
    {
        var minimum = context.Plan.Definition.Rules.MinimumSessionsPerYear;
        var session = context.Session!;
        var remaining = context.Plan.Sessions.Count(s => s.Key != session.Key && s.Status != SessionStatus.Cancelled);
        return remaining >= minimum
            ? Pass()
            : Fail($"Kế hoạch phải tổ chức ít nhất {minimum} buổi đối thoại mỗi năm; hủy buổi này sẽ chỉ còn {remaining}. Hãy bổ sung buổi thay thế trước.",
                $"The plan must hold at least {minimum} sessions a year; cancelling this one leaves {remaining}. Add a replacement first.");
    }
}
