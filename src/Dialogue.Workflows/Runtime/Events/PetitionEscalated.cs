using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A petition beyond this body's authority was reported to the level above.</summary>
[PlanEventName("petition-escalated")]
public sealed record PetitionEscalated : PlanEvent
{
    /// <summary>The petition's id.</summary>
    public required string Petition { get; init; }

    /// <summary>The body it was reported to.</summary>
    public required string To { get; init; }

    /// <summary>The day.</summary>
    public required LocalDate On { get; init; }
}
