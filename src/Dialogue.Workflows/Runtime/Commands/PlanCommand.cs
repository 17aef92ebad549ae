using NodaTime;

namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>A command to a running plan. The engine checks it against the plan's state machines and rules, then records events.</summary>
public abstract record PlanCommand
{
    /// <summary>Who performs it.</summary>
    public required Actor By { get; init; }

    /// <summary>The document number or legal basis, if any (the notice's number, the report's number).</summary>
    public string? Document { get; init; }

    /// <summary>The day it happened, when recorded afterwards; default: today in Vietnam by the engine's clock.</summary>
    public LocalDate? On { get; init; }

    /// <summary>
    /// Rules this command sets aside by a recorded decision, each with its reason and document; empty
    /// for none. Only rules that allow a deviation accept one, and only from someone who may deviate.
    /// </summary>
    public IReadOnlyList<RuleDeviation> Deviations { get; init; } = [];

    /// <summary>
    /// The command's id, unique within the plan; null for one made by the engine. Give one to repeat a
    /// command safely after a failure whose outcome is unknown: a command id already recorded for the
    /// plan returns the first outcome and records nothing (<see cref="DialogueEngine.RunAsync"/>).
    /// </summary>
    public string? CommandId { get; init; }
}
