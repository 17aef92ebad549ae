using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>
/// A session is dated on a day the plan type's legal basis is in force: a district body's session cannot be moved past
/// 30/06/2025, when the district level ended. No deviation sets it aside: there is no body left to hold it.
/// </summary>
internal sealed class SessionLawInForceRule : CommandRule
{
    public override string Code => "session.law-not-in-force";

    public override string Title => "Buổi đối thoại tổ chức trong thời gian căn cứ pháp lý của loại kế hoạch còn hiệu lực";

    public override string EnglishTitle => "A session is held on a day its plan type's legal basis is in force";

    public override IReadOnlyList<Type> Governs { get; } = [typeof(ScheduleSession), typeof(RescheduleSession), typeof(AddAdHocSession)];

    public override bool AppliesTo(PlanDefinition definition) => definition.LegalBasis is { InForceFrom: not null } or { InForceUntil: not null };

    public override GuardResult Check(RuleContext context) =>
        context.SessionDate is { } date && context.Plan.Definition.LegalBasis?.Outside(date) is { } outside
            ? Fail(outside.Vi, outside.En)
            : Pass();
}
