using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>A petition is forwarded to one of the plan's units.</summary>
internal sealed class AssignedUnitRule : CommandRule
{
    public override string Code => "petition.unknown-unit";

    public override string Title => "Kiến nghị được chuyển đến một đơn vị của kế hoạch";

    public override string EnglishTitle => "A petition is forwarded to one of the plan's units";

    public override IReadOnlyList<Type> Governs { get; } = [typeof(AssignPetition)];

    public override GuardResult Check(RuleContext context)
    {
        var unit = ((AssignPetition)context.Command).Unit;
        var units = context.Plan.Definition.Units;
        return context.Plan.Definition.FindUnit(unit) is not null
            ? Pass()
            : Fail($"Kế hoạch không có đơn vị '{unit}'; các đơn vị: {string.Join(", ", units.Select(u => u.Key))}.",
                $"The plan has no unit '{unit}'; units: {string.Join(", ", units.Select(u => u.Key))}.");
    }
}
