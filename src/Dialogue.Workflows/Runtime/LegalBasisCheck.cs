using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Plans;

namespace Dialogue.Workflows.Runtime;

/// <summary>A plan's sessions against the days its type's legal basis is in force: refusals at creation, warnings in the lint.</summary>
internal static class LegalBasisCheck
{
    public const string NotInForce = LawNotInForceException.Code;
    public const string EndsWithinPeriod = "plan.law-ends-within-period";

    /// <summary>Throws when a session of a new plan has no day on which the basis is in force.</summary>
    public static void Refuse(PlanDefinition definition)
    {
        if (definition.LegalBasis is not { } basis)
        {
            return;
        }

        foreach (var session in definition.Sessions)
        {
            var day = session.When.Date ?? session.When.Period.Start;
            if (!basis.InForceOn(day))
            {
                throw new LawNotInForceException(definition.TypeKey, session.Key, day, basis);
            }
        }
    }

    /// <summary>The lint's warnings: a session outside the period, or a planned period the basis ends (or starts) within.</summary>
    public static IEnumerable<PlanWarning> Warnings(PlanInstance plan)
    {
        if (plan.Definition.LegalBasis is not { } basis)
        {
            yield break;
        }

        foreach (var session in plan.Sessions)
        {
            var anchor = session.Anchor;
            var first = anchor.Date ?? anchor.Period.Start;
            var last = anchor.Date ?? anchor.Period.End;
            if (basis.Outside(first) is { } outside)
            {
                yield return new PlanWarning(NotInForce, session.Key,
                    $"Buổi '{session.Title}': {outside.Vi} Không thể bắt đầu kế hoạch có buổi này; hãy dùng loại kế hoạch theo pháp luật có hiệu lực vào ngày đó.",
                    $"Session '{session.Title}': {outside.En} A plan with this session cannot be started; use a plan type under the law in force on that day.", first);
            }
            else if (basis.Outside(last) is { } tail)
            {
                yield return new PlanWarning(EndsWithinPeriod, session.Key,
                    $"Buổi '{session.Title}' dự kiến {anchor.Label}: {tail.Vi} Hãy xếp lịch buổi trong thời gian còn hiệu lực.",
                    $"Session '{session.Title}' planned for {anchor.EnglishLabel}: {tail.En} Schedule it on a day the basis is in force.", last);
            }
        }
    }
}
