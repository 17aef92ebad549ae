using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>An ad-hoc session (đối thoại đột xuất) was added as an issue arose.</summary>
[PlanEventName("ad-hoc-session-added")]
public sealed record AdHocSessionAdded : PlanEvent
{
    /// <summary>The new session's key.</summary>
    public required string Session { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Its date.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The venue, if given.</summary>
    public string? Venue { get; init; }

    /// <summary>Who it is for.</summary>
    public IReadOnlyList<string> Scope { get; init; } = [];

    /// <summary>What it is about.</summary>
    public string? Topic { get; init; }

    /// <summary>The key of the session it replaces, or null for an ad-hoc session.</summary>
    public string? Replaces { get; init; }

    /// <summary>The deadlines this event changed, with their old and new dates.</summary>
    public IReadOnlyList<DueChange> Deadlines { get; init; } = [];
}
