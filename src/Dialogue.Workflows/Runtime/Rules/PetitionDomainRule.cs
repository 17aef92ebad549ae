using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>A petition's domain is one the plan routes (Party leadership, Council work, administration …).</summary>
internal sealed class PetitionDomainRule : CommandRule
{
    public override string Code => "petition.unknown-domain";

    public override string Title => "Lĩnh vực của kiến nghị là một lĩnh vực kế hoạch phân công trả lời";

    public override string EnglishTitle => "A petition's domain is one the plan routes";

    public override IReadOnlyList<Type> Governs { get; } = [typeof(ClassifyPetition)];

    public override bool AppliesTo(PlanDefinition definition) => definition.Petitions.Routes.Count > 0;

    public override GuardResult Check(RuleContext context)
    {
        var domain = ((ClassifyPetition)context.Command).Domain;
        var routes = context.Plan.Definition.Petitions.Routes;
        return domain is null || routes.Count == 0 || routes.Any(r => r.Domain == domain)
            ? Pass()
            : Fail($"Lĩnh vực '{domain}' không có trong kế hoạch; các lĩnh vực: {string.Join(", ", routes.Select(r => r.Domain))}.",
                $"The plan routes no domain '{domain}'; domains: {string.Join(", ", routes.Select(r => r.Domain))}.");
    }
}
