namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A rule was set aside for one command by a recorded decision; the command's own events follow it.</summary>
[PlanEventName("rule-deviated")]
public sealed record RuleDeviated : PlanEvent
{
    /// <summary>The rule's code.</summary>
    public required string Rule { get; init; }

    /// <summary>The command it was set aside for, e.g. <c>RescheduleSession</c>.</summary>
    public required string Command { get; init; }

    /// <summary>The entity the command acts on (a session's key, a petition's id), or null for the plan.</summary>
    public string? Entity { get; init; }

    /// <summary>What the rule would have refused, in Vietnamese.</summary>
    public required string Violation { get; init; }

    /// <summary>What the rule would have refused, in English.</summary>
    public required string EnglishViolation { get; init; }

    /// <summary>Why it was set aside, in the decision's words.</summary>
    public required string Reason { get; init; }
}
