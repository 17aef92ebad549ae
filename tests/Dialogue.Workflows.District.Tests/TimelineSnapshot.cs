using System.Globalization;
using Dialogue.Workflows.Runtime;
using NodaTime;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit.Sdk;

namespace Dialogue.Workflows.District.Tests;

/// <summary>One timeline line as plain text fields, so the snapshot does not depend on how a serializer writes NodaTime dates.</summary>
internal sealed record TimelineLine(string Id, string Title, string Owner, string? Phase, string? Due, string? DueEarliest, string? DueLatest, string? Opens, string Status)
{
    public static TimelineLine From(TimelineEntry entry) => new(entry.Id, entry.Title, entry.Owner, entry.Phase?.ToString(),
        Iso(entry.Due), Iso(entry.DueEarliest), Iso(entry.DueLatest), Iso(entry.Opens), entry.Status);

    private static string? Iso(LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Matches a timeline against a committed Snapshooter snapshot in a folder named from the repository root.</summary>
internal static class TimelineSnapshot
{
    public static void Match(IReadOnlyList<TimelineEntry> timeline, string fileName, params string[] folderFromRoot)
    {
        var folder = RepositoryRoot.Combine(folderFromRoot);
        var approved = Path.Combine(folder, FileNames.SnapshotFolderName, fileName);
        if (RepositoryRoot.IsContinuousIntegration && !File.Exists(approved))
        {
            Assert.Fail($"No snapshot at {Path.GetRelativePath(RepositoryRoot.Path, approved)}. Under CI a missing snapshot fails rather than being created: run the test locally, review the file and commit it.");
        }

        try
        {
            Snapshot.Match(timeline.Select(TimelineLine.From).ToList(), new SnapshotFullName(fileName, folder));
        }
        catch (EqualException mismatch)
        {
            throw new XunitException(
                $"The timeline differs from {Path.GetRelativePath(RepositoryRoot.Path, approved)}; the new one is in {FileNames.MismatchFolderName}/ beside it. Copy it over the old one if the change is intended.",
                mismatch);
        }
    }
}
