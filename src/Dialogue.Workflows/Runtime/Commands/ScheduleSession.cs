using NodaTime;

namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Gives a session a date (and a venue).</summary>
public sealed record ScheduleSession : PlanCommand
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }

    /// <summary>The date.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The venue.</summary>
    public string? Venue { get; init; }
}
