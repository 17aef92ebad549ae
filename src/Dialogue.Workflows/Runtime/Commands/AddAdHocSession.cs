using NodaTime;

namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>
/// Adds an ad-hoc session as an issue arises (đối thoại đột xuất), where the plan provides for them,
/// or a replacement for a planned session that was cancelled or postponed (<see cref="Replaces"/>),
/// in any plan.
/// </summary>
public sealed record AddAdHocSession : PlanCommand
{
    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Its date.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The venue.</summary>
    public string? Venue { get; init; }

    /// <summary>Who it is for (communes, groups).</summary>
    public IReadOnlyList<string> Scope { get; init; } = [];

    /// <summary>What it is about.</summary>
    public string? Topic { get; init; }

    /// <summary>The key of the cancelled or postponed session this one replaces, or null for an ad-hoc session.</summary>
    public string? Replaces { get; init; }
}
