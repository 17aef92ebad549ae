using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A petition was not taken.</summary>
[PlanEventName("petition-rejected")]
public sealed record PetitionRejected : PlanEvent
{
    /// <summary>The petition's id.</summary>
    public required string Petition { get; init; }

    /// <summary>Why.</summary>
    public required RejectionReason Reason { get; init; }

    /// <summary>The explanation given to the petitioner.</summary>
    public required string Explanation { get; init; }

    /// <summary>The day it was rejected; absent in events recorded before this field existed, which then use the day of <see cref="PlanEvent.At"/>.</summary>
    public LocalDate? On { get; init; }
}
