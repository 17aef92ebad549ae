using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>A petition raised at the session itself is taken only where the plan takes petitions at the session.</summary>
internal sealed class PetitionIntakeRule : CommandRule
{
    public override string Code => "petition.not-accepted-at-session";

    public override string Title => "Chỉ nhận kiến nghị tại hội nghị khi kế hoạch cho phép";

    public override string EnglishTitle => "Petitions are taken at the session only where the plan allows it";

    public override IReadOnlyList<Type> Governs { get; } = [typeof(ReceivePetition)];

    public override bool AppliesTo(PlanDefinition definition) => !definition.Petitions.AcceptsAtSession;

    public override GuardResult Check(RuleContext context) =>
        ((ReceivePetition)context.Command).Channel != PetitionChannel.AtSession || context.Plan.Definition.Petitions.AcceptsAtSession
            ? Pass()
            : Fail("Kế hoạch này chỉ nhận kiến nghị qua phiếu đăng ký.", "This plan takes petitions only through registration forms.");
}
