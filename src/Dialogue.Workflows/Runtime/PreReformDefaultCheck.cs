using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Plans;

namespace Dialogue.Workflows.Runtime;

/// <summary>
/// A plan under the two-tier local government that still names a unit or place as the type's source document did before the
/// 2025 arrangement: the lint's <c>plan.pre-reform-default</c>, one warning per such parameter.
/// </summary>
internal static class PreReformDefaultCheck
{
    public const string Code = "plan.pre-reform-default";

    public static IEnumerable<PlanWarning> Warnings(PlanInstance plan, IPlanType type)
    {
        // The plan is judged by its first session that falls under the two-tier structure, as its bodies are.
        var session = plan.Sessions.Select(s => s.Anchor.Date ?? s.Anchor.Period.Start).Where(LocalGovernmentReform.IsTwoTier).Order().FirstOrDefault();
        if (session == default)
        {
            yield break;
        }

        foreach (var parameter in type.Parameters.Where(p => p.DefaultPredatesReform && p.Defaults.Count > 0))
        {
            if (plan.Parameters.TryGetValue(parameter.Key, out var values) && values.SequenceEqual(parameter.Defaults, StringComparer.Ordinal))
            {
                var value = string.Join(", ", values);
                yield return new PlanWarning(Code, parameter.Key,
                    $"{parameter.Description} ({parameter.Key}) vẫn là giá trị của văn bản gốc, \"{value}\", đặt theo đơn vị hành chính trước khi sắp xếp năm 2025; " +
                    $"buổi ngày {DayNames.ViDate(session)} thuộc chính quyền địa phương hai cấp (từ ngày 01/07/2025): hãy nêu tên, địa chỉ sau sắp xếp.",
                    $"{parameter.EnglishDescription} ({parameter.Key}) is still the source document's \"{value}\", named as the units were before the 2025 " +
                    $"arrangement; the session on {DayNames.IsoDate(session)} falls under the two-tier local government (from 2025-07-01): give the name or address after it.",
                    session);
            }
        }
    }
}
