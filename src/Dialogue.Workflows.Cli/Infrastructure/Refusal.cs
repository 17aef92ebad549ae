using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>A command the plan refused, as the tool reports it in text and in JSON: the stable codes, the words in both languages, and where the plan stands.</summary>
/// <param name="Code">The error's stable code: <c>runtime.invalid-transition</c>, <c>runtime.action-blocked</c>, <c>runtime.command-rejected</c>, <c>authorization.denied</c>.</param>
/// <param name="Message">Why, in Vietnamese.</param>
/// <param name="EnglishMessage">Why, in English.</param>
/// <param name="PlanId">The plan.</param>
/// <param name="Entity">The kind of entity the command acted on.</param>
/// <param name="EntityId">Its id (the plan's id for the plan).</param>
internal sealed record Refusal(string Code, string Message, string EnglishMessage, string PlanId, EntityKind Entity, string EntityId)
{
    /// <summary>The rule broken, for a rejected or blocked command: <c>session.lead-time</c>.</summary>
    public string? Rule { get; init; }

    /// <summary>The finer code of an authorization refusal: <c>authorization.wrong-unit</c>.</summary>
    public string? Reason { get; init; }

    /// <summary>The plan action asked for, as the plan's authority names it: <c>Issue</c>, <c>ConcludeSession</c>.</summary>
    public string? Action { get; init; }

    /// <summary>The state machine's trigger the action fires, when the refusal came from a state machine: <c>Conclude</c>.</summary>
    public string? Trigger { get; init; }

    /// <summary>Whether a recorded deviation may set the rule aside; null where no rule was broken.</summary>
    public bool? AllowsDeviation { get; init; }

    /// <summary>Each guard that blocks the action, for a blocked command.</summary>
    public IReadOnlyList<Runtime.Machines.GuardResult> Blocked { get; init; } = [];

    /// <summary>Who may take the action, for an authorization refusal.</summary>
    public IReadOnlyList<WhoMayAct> MayAct { get; init; } = [];

    /// <summary>The one line <c>error: …</c> starts with.</summary>
    public required string Line { get; init; }
}
