using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>The petitioner was told the result.</summary>
[PlanEventName("petition-result-notified")]
public sealed record PetitionResultNotified : PlanEvent
{
    /// <summary>The petition's id.</summary>
    public required string Petition { get; init; }

    /// <summary>The day.</summary>
    public required LocalDate On { get; init; }

    /// <summary>How (letter to the address on the form, in person …).</summary>
    public string? Channel { get; init; }
}
