using NodaTime;

namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Moves a session to another date; its deadlines move with it.</summary>
public sealed record RescheduleSession : PlanCommand
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }

    /// <summary>The new date.</summary>
    public required LocalDate NewDate { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}
