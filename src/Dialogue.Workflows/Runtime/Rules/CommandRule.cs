using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>
/// A rule a command must keep: its stable code, what it says in Vietnamese and English, the commands
/// it governs, and whether a recorded deviation may set it aside. The engine asks every rule that
/// governs a command before it records anything.
/// </summary>
/// <remarks>
/// <para>
/// A rule is checked on the plan as it stands before the command, with the command's own values.
/// When it fails, the command is refused with <see cref="CommandRejectedException"/> naming
/// <see cref="Code"/>. When <see cref="AllowsDeviation"/> holds, the same command is accepted if it
/// carries a <see cref="Commands.RuleDeviation"/> for this code (a reason and a decision's number),
/// given by someone who may <see cref="PlanAction.Deviate"/>; the deviation is recorded as an event.
/// </para>
/// <para>The library's rules are listed by <c>DialogueEngine.Rules</c>; a host adds its own through DI with
/// <c>AddRule&lt;T&gt;()</c>, and one with a library rule's code replaces it.</para>
/// </remarks>
/// <example>
/// <code>
/// public sealed class NoSundaySessions : CommandRule
/// {
///     public override string Code => "session.not-on-sunday";
///     public override string Title => "Không tổ chức đối thoại vào Chủ nhật";
///     public override string EnglishTitle => "No session on a Sunday";
///     public override IReadOnlyList&lt;Type&gt; Governs { get; } = [typeof(ScheduleSession), typeof(RescheduleSession)];
///     public override GuardResult Check(RuleContext context) =>
///         context.SessionDate?.DayOfWeek == IsoDayOfWeek.Sunday ? Fail("Chủ nhật.", "A Sunday.") : Pass();
/// }
/// </code>
/// </example>
public abstract class CommandRule
{
    /// <summary>The stable code, e.g. <c>session.lead-time</c>.</summary>
    public abstract string Code { get; }

    /// <summary>What the rule requires, in Vietnamese.</summary>
    public abstract string Title { get; }

    /// <summary>What the rule requires, in English.</summary>
    public abstract string EnglishTitle { get; }

    /// <summary>Whether a recorded deviation (reason and document) may set the rule aside. Default: false.</summary>
    public virtual bool AllowsDeviation => false;

    /// <summary>
    /// Whether the rule reads only the plan's state, the entity acted on and the day, not the command's
    /// other values. Such a rule can be asked before a command is written, so the permitted actions
    /// show it as a reason an action is blocked now. Default: false.
    /// </summary>
    public virtual bool ReadsOnlyState => false;

    /// <summary>The command types the rule is checked on.</summary>
    public abstract IReadOnlyList<Type> Governs { get; }

    /// <summary>Whether the rule has anything to check in plans of this definition (for listing a plan's rules).</summary>
    /// <param name="definition">The plan's definition.</param>
    /// <returns>True unless the definition makes the rule moot (no lead time, no recipients).</returns>
    public virtual bool AppliesTo(PlanDefinition definition) => true;

    /// <summary>Checks one command.</summary>
    /// <param name="context">The plan before the command, the command, today and the calendar.</param>
    /// <returns>Passed, or failed with the reasons in Vietnamese and English.</returns>
    public abstract GuardResult Check(RuleContext context);

    /// <summary>The rule holds.</summary>
    /// <returns>A passing result with the rule's code.</returns>
    protected GuardResult Pass() => GuardResult.Pass(Code);

    /// <summary>The rule is broken.</summary>
    /// <param name="reason">Why, in Vietnamese, with the facts.</param>
    /// <param name="englishReason">Why, in English, with the facts.</param>
    /// <returns>A failing result with the rule's code.</returns>
    protected GuardResult Fail(string reason, string englishReason) => GuardResult.Block(Code, reason, englishReason);
}
