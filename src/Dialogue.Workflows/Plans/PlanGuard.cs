using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Plans;

/// <summary>
/// A plan type's own rule on a trigger, beyond the library's: evaluated whenever that trigger is
/// asked for or the permitted actions are listed.
/// </summary>
/// <param name="Entity">The kind of entity the trigger belongs to.</param>
/// <param name="Trigger">The trigger's name, e.g. <c>nameof(SessionTrigger.Hold)</c>.</param>
/// <param name="Code">A stable code for the rule.</param>
/// <param name="Check">The rule: allowed, or blocked with reasons.</param>
/// <example>
/// <code>
/// new PlanGuard(EntityKind.Session, nameof(SessionTrigger.Hold), "session.not-on-sunday",
///     ctx => GuardResult.When(ctx.Session!.Date?.DayOfWeek != IsoDayOfWeek.Sunday, "session.not-on-sunday", "…", "…"))
/// </code>
/// </example>
public sealed record PlanGuard(EntityKind Entity, string Trigger, string Code, Func<GuardContext, GuardResult> Check);
