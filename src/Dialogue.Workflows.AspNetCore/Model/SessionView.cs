namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>A session of a plan.</summary>
/// <param name="Key">Its key: <c>session-1</c>.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status">Its state, camel case: <c>scheduled</c>, <c>announced</c>, <c>held</c> ….</param>
/// <param name="Planned">When the plan's document puts it (a date or a period).</param>
public sealed record SessionView(string Key, string Title, string Status, LocalizedText Planned)
{
    /// <summary>Its date, once fixed.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Where it takes place.</summary>
    public string? Venue { get; init; }

    /// <summary>Whether it was added beside the plan's own sessions.</summary>
    public bool AdHoc { get; init; }

    /// <summary>The day it was announced.</summary>
    public DateOnly? AnnouncedOn { get; init; }

    /// <summary>The day it took place.</summary>
    public DateOnly? HeldOn { get; init; }

    /// <summary>The reason it was postponed, cancelled or rescheduled.</summary>
    public string? Reason { get; init; }
}
