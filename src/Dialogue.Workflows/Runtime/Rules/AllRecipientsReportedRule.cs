using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>A session closes only once its results have been reported to every recipient the plan names.</summary>
internal sealed class AllRecipientsReportedRule : CommandRule
{
    public override string Code => "session.recipients-not-reported";

    public override string Title => "Buổi đối thoại chỉ kết thúc khi đã báo cáo đủ các nơi nhận theo kế hoạch";

    public override string EnglishTitle => "A session closes only once every named recipient has had its report";

    public override bool ReadsOnlyState => true;

    public override IReadOnlyList<Type> Governs { get; } = [typeof(CloseSession)];

    public override bool AppliesTo(PlanDefinition definition) => definition.ReportRecipients.Count > 0;

    public override GuardResult Check(RuleContext context)
    {
        var session = context.Session!;
        var missing = context.Plan.Definition.ReportRecipients
            .Where(r => !session.ReportedTo.Any(sent => ReportRecipientsRule.Find([r], sent) is not null)).ToList();
        return missing.Count == 0
            ? Pass()
            : Fail($"Chưa báo cáo kết quả buổi '{session.Key}' cho: {string.Join("; ", missing.Select(r => r.Name))}.",
                $"Session '{session.Key}' has not been reported to: {string.Join("; ", missing.Select(r => r.EnglishName))}.");
    }
}
