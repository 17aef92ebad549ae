using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A petition was received.</summary>
[PlanEventName("petition-received")]
public sealed record PetitionReceived : PlanEvent
{
    /// <summary>The petition's id in the plan.</summary>
    public required string Petition { get; init; }

    /// <summary>The session it is for, if any.</summary>
    public string? Session { get; init; }

    /// <summary>What it is about.</summary>
    public required string Subject { get; init; }

    /// <summary>Who brought it.</summary>
    public required string Petitioner { get; init; }

    /// <summary>Where to send a written answer.</summary>
    public string? Address { get; init; }

    /// <summary>How it came in.</summary>
    public required PetitionChannel Channel { get; init; }

    /// <summary>The day it was received.</summary>
    public required LocalDate On { get; init; }

    /// <summary>Whether it came within the registration window.</summary>
    public required bool OnTime { get; init; }
}
