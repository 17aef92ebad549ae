using Dialogue.Workflows.Runtime;

namespace Dialogue.Workflows.Testing;

/// <summary>Matches a plan's whole computed timeline, as <see cref="TimelineLine"/>s, against a committed snapshot.</summary>
public static class TimelineSnapshot
{
    /// <summary>Matches the timeline against <c>&lt;folder&gt;/__snapshots__/&lt;fileName&gt;</c>, as <see cref="ApprovedSnapshot.Match"/> does.</summary>
    /// <param name="timeline">The timeline, in the engine's order.</param>
    /// <param name="fileName">The snapshot file's name, with its <c>.snap</c> extension.</param>
    /// <param name="folderFromRoot">The folder holding <c>__snapshots__</c>, from the repository root.</param>
    public static void Match(IReadOnlyList<TimelineEntry> timeline, string fileName, params string[] folderFromRoot)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ApprovedSnapshot.Match(timeline.Select(TimelineLine.From).ToList(), fileName, folderFromRoot);
    }
}
