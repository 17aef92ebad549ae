using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>A petition is answered in writing only where the plan provides for written answers.</summary>
internal sealed class WrittenAnswersRule : CommandRule
{
    public override string Code => "petition.written-answers-not-allowed";

    public override string Title => "Chỉ trả lời bằng văn bản khi kế hoạch quy định";

    public override string EnglishTitle => "A petition is answered in writing only where the plan provides for it";

    public override IReadOnlyList<Type> Governs { get; } = [typeof(AnswerPetition)];

    public override bool AppliesTo(PlanDefinition definition) => !definition.Petitions.AnswersInWritingWhenNotAnsweredAtSession;

    public override GuardResult Check(RuleContext context) =>
        ((AnswerPetition)context.Command).Mode == AnswerMode.AtSession || context.Plan.Definition.Petitions.AnswersInWritingWhenNotAnsweredAtSession
            ? Pass()
            : Fail("Kế hoạch này không quy định trả lời bằng văn bản.", "This plan does not provide for written answers.");
}
