using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A petition outside this body's authority got guidance to the competent body.</summary>
[PlanEventName("petition-redirected")]
public sealed record PetitionRedirected : PlanEvent
{
    /// <summary>The petition's id.</summary>
    public required string Petition { get; init; }

    /// <summary>The competent body.</summary>
    public required string CompetentBody { get; init; }

    /// <summary>The guidance given.</summary>
    public required string Guidance { get; init; }

    /// <summary>The day.</summary>
    public required LocalDate On { get; init; }
}
