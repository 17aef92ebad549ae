using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>
/// Something that happened to a plan. A plan's state is the fold of its events, and its history is
/// the list of them: each records who acted (<see cref="By"/>), when (<see cref="At"/>) and on which
/// document.
/// </summary>
/// <remarks>
/// Events are stored as JSON under a stable name and schema version (<see cref="PlanEventNameAttribute"/>),
/// so that renaming a class never breaks stored plans.
/// </remarks>
public abstract record PlanEvent
{
    /// <summary>When the command was recorded: the instant from the host's clock, never a day the actor chose.</summary>
    public required Instant At { get; init; }

    /// <summary>
    /// The day the actor says the act happened, when the command gave one (<see cref="Commands.PlanCommand.On"/>);
    /// null when the act is recorded on the day it happened, the day of <see cref="At"/> in Vietnam.
    /// </summary>
    public LocalDate? ActedOn { get; init; }

    /// <summary>Who performed it.</summary>
    public required Actor By { get; init; }

    /// <summary>The document number or legal basis given with the command, if any.</summary>
    public string? Document { get; init; }
}
