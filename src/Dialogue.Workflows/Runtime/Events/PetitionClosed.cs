using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A petition was closed.</summary>
[PlanEventName("petition-closed")]
public sealed record PetitionClosed : PlanEvent
{
    /// <summary>The petition's id.</summary>
    public required string Petition { get; init; }

    /// <summary>The day.</summary>
    public required LocalDate On { get; init; }
}
