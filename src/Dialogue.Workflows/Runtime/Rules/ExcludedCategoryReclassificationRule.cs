using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>
/// A petition classified in a category the plan excludes (complaints and denunciations in the TTHC
/// dialogue) is not re-classified into one it answers without a recorded decision of the chair, so
/// that a denunciation cannot become a "proposal" and be answered at the conference unnoticed.
/// </summary>
internal sealed class ExcludedCategoryReclassificationRule : CommandRule
{
    public override string Code => "petition.excluded-reclassified";

    public override string Title => "Kiến nghị thuộc loại không đối thoại chỉ được phân loại lại khi có quyết định của chủ trì";

    public override string EnglishTitle => "A petition of an excluded category is re-classified only by the chair's recorded decision";

    public override bool AllowsDeviation => true;

    public override IReadOnlyList<Type> Governs { get; } = [typeof(ClassifyPetition)];

    public override bool AppliesTo(PlanDefinition definition) => definition.Petitions.ExcludedCategories.Count > 0;

    public override GuardResult Check(RuleContext context)
    {
        var command = (ClassifyPetition)context.Command;
        var policy = context.Plan.Definition.Petitions;
        var petition = context.Plan.Petition(command.Petition);
        return petition.Category is not { } previous || !policy.Excludes(previous) || policy.Excludes(command.Category)
            ? Pass()
            : Fail($"Kiến nghị {petition.Id} đã được phân loại là {Words.Category(previous)}, nội dung không thuộc phạm vi đối thoại; chuyển sang {Words.Category(command.Category)} cần quyết định của chủ trì (lý do và số văn bản).",
                $"Petition {petition.Id} was classified as a {previous}, which this plan does not take up; re-classifying it as a {command.Category} needs the chair's recorded decision (reason and document).");
    }
}
