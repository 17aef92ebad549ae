using System.Globalization;
using Dialogue.Workflows.Runtime;
using NodaTime;
using Snapshooter;
using Snapshooter.Xunit;

namespace Dialogue.Workflows.Ward.Tests.Support;

/// <summary>Matches a plan's whole computed timeline against a committed Snapshooter snapshot.</summary>
/// <remarks>
/// <para>
/// The snapshot folder is given from the repository root: under <c>CI=true</c> the build is a
/// ContinuousIntegrationBuild, whose deterministic source paths (<c>/_/</c>) break Snapshooter's own
/// folder discovery. For the same reason the root is found by walking up from the test binaries.
/// </para>
/// <para>
/// Snapshooter writes a missing snapshot and passes; under CI that would approve whatever was
/// computed, so there a missing snapshot fails instead.
/// </para>
/// </remarks>
internal static class TimelineSnapshot
{
    private const string SolutionFileName = "Dialogue.Workflows.sln";

    /// <summary>Matches the timeline against <c>&lt;feature folder&gt;/__snapshots__/&lt;name&gt;.snap</c> in this test project.</summary>
    public static void Match(IReadOnlyList<TimelineEntry> timeline, string featureFolder, string name)
    {
        var lines = timeline.Select(l => new TimelineLine(l.Id, l.Title, l.Owner, l.Phase?.ToString(), Iso(l.Due), Iso(l.DueEarliest), Iso(l.DueLatest),
            Iso(l.Opens), l.Status)).ToList();
        var folder = Path.Combine(Root(), "tests", "Dialogue.Workflows.Ward.Tests", featureFolder);
        var fileName = name + ".snap";
        var approved = Path.Combine(folder, FileNames.SnapshotFolderName, fileName);
        if (IsContinuousIntegration() && !File.Exists(approved))
        {
            Assert.Fail($"No approved timeline snapshot {featureFolder}/{FileNames.SnapshotFolderName}/{fileName}. Under CI a missing snapshot fails " +
                "rather than being created: run the test locally, review the file it writes, and commit it.");
        }

        Snapshot.Match(lines, new SnapshotFullName(fileName, folder));
    }

    private static string? Iso(LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {SolutionFileName}.");
    }

    // CI=true is what our CI sets; some runners set CI=1.
    private static bool IsContinuousIntegration() =>
        Environment.GetEnvironmentVariable("CI") is { } ci && (ci == "1" || (bool.TryParse(ci, out var on) && on));

    /// <summary>One line of the snapshot: plain strings, so the file reads the same on every machine.</summary>
    private sealed record TimelineLine(string Id, string Title, string Owner, string? Phase, string? Due, string? DueEarliest, string? DueLatest,
        string? Opens, string Status);
}
