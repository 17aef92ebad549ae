namespace Dialogue.Workflows.Runtime;

/// <summary>Thrown when a command's own values break a rule: a session date too close to announce in time, a domain the plan does not route, an extension that is not later.</summary>
public sealed class CommandRejectedException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>runtime.command-rejected</c>.</summary>
    public const string Code = "runtime.command-rejected";

    /// <summary>Creates the exception.</summary>
    /// <param name="planId">The plan.</param>
    /// <param name="rule">The rule's stable code, e.g. <c>session.lead-time</c>.</param>
    /// <param name="reason">Why, in Vietnamese.</param>
    /// <param name="englishReason">Why, in English.</param>
    /// <param name="allowsDeviation">Whether a recorded deviation may set the rule aside.</param>
    public CommandRejectedException(string planId, string rule, string reason, string englishReason, bool allowsDeviation = false)
        : base(Code, $"Plan '{planId}': {englishReason}{(allowsDeviation ? $" (A recorded deviation from '{rule}' with its reason and document may set this aside.)" : string.Empty)} {reason}")
    {
        AllowsDeviation = allowsDeviation;
        PlanId = planId;
        Rule = rule;
        Reason = reason;
        EnglishReason = englishReason;
    }

    /// <summary>The kind of entity the command acts on: the plan, a session, a task or a petition.</summary>
    public EntityKind Entity { get; init; } = EntityKind.Plan;

    /// <summary>The id of the entity the command acts on (a session's key, a task's or a petition's id); null for the plan itself.</summary>
    public string? EntityId { get; init; }

    /// <summary>The plan.</summary>
    public string PlanId { get; }

    /// <summary>The rule broken, as a stable code.</summary>
    public string Rule { get; }

    /// <summary>Why, in Vietnamese.</summary>
    public string Reason { get; }

    /// <summary>Why, in English.</summary>
    public string EnglishReason { get; }

    /// <summary>Whether the same command is accepted with a recorded deviation from <see cref="Rule"/> (a reason and a decision's number).</summary>
    public bool AllowsDeviation { get; }
}
