using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>
/// A session's report goes to the recipients its plan names (by name, in Vietnamese or English); a
/// report to anyone else needs a recorded decision.
/// </summary>
internal sealed class ReportRecipientsRule : CommandRule
{
    public override string Code => "session.report-recipient-unknown";

    public override string Title => "Báo cáo kết quả gửi đến nơi nhận mà kế hoạch quy định";

    public override string EnglishTitle => "A session's report goes to the recipients the plan names";

    public override bool AllowsDeviation => true;

    public override IReadOnlyList<Type> Governs { get; } = [typeof(ReportSession)];

    public override bool AppliesTo(PlanDefinition definition) => definition.ReportRecipients.Count > 0;

    public override GuardResult Check(RuleContext context)
    {
        var named = context.Plan.Definition.ReportRecipients;
        var unknown = ((ReportSession)context.Command).Recipients.Where(r => Find(named, r) is null).ToList();
        return unknown.Count == 0 || named.Count == 0
            ? Pass()
            : Fail($"Kế hoạch không quy định gửi báo cáo đến: {string.Join("; ", unknown)}. Nơi nhận theo kế hoạch: {string.Join("; ", named.Select(r => r.Name))}.",
                $"The plan names no recipient {string.Join("; ", unknown)}. Its recipients: {string.Join("; ", named.Select(r => r.EnglishName))}.");
    }

    /// <summary>The named recipient a given name means, in either language, ignoring case and Unicode normalisation.</summary>
    public static ReportRecipient? Find(IReadOnlyList<ReportRecipient> named, string name)
    {
        var wanted = name.Trim().Normalize(System.Text.NormalizationForm.FormC);
        return named.FirstOrDefault(r => string.Equals(r.Name.Normalize(System.Text.NormalizationForm.FormC), wanted, StringComparison.OrdinalIgnoreCase)
            || string.Equals(r.EnglishName, wanted, StringComparison.OrdinalIgnoreCase));
    }
}
