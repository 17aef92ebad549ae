using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A petition was assigned to a unit to prepare the answer.</summary>
[PlanEventName("petition-assigned")]
public sealed record PetitionAssigned : PlanEvent
{
    /// <summary>The petition's id.</summary>
    public required string Petition { get; init; }

    /// <summary>The unit's key.</summary>
    public required string Unit { get; init; }

    /// <summary>The day it was forwarded.</summary>
    public required LocalDate On { get; init; }

    /// <summary>The answer's due date, if the plan sets one.</summary>
    public LocalDate? AnswerDue { get; init; }

    /// <summary>The deadlines this event changed (the unit's answer proposal, when the plan sets one), with their old and new dates.</summary>
    public IReadOnlyList<DueChange> Deadlines { get; init; } = [];
}
