using NodaTime;

namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Adds an ad-hoc session as an issue arises (đối thoại đột xuất).</summary>
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
}
