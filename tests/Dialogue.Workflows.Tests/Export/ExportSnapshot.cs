using Dialogue.Workflows.Tests.Conventions;
using Snapshooter;
using Snapshooter.Xunit;

namespace Dialogue.Workflows.Tests.Export;

/// <summary>Snapshots of exported text, kept in <c>Export/__snapshots__/</c>.</summary>
/// <remarks>
/// The folder is named from the repository root: under <c>CI=true</c> the build is deterministic and
/// maps the PDB's source paths to <c>/_/</c>, so Snapshooter's own discovery would not find it. As for
/// the public API snapshot, a missing snapshot fails under CI instead of being written and passing.
/// </remarks>
internal static class ExportSnapshot
{
    public static void Match(string text, string name)
    {
        var folder = Path.Combine(RepositoryLayout.Root, "tests", "Dialogue.Workflows.Tests", "Export");
        var file = name + ".snap";
        var approved = Path.Combine(folder, FileNames.SnapshotFolderName, file);
        if (IsContinuousIntegration() && !File.Exists(approved))
        {
            Assert.Fail($"No approved snapshot at {RepositoryLayout.Relative(approved)}: run the test locally, review the file it writes, and commit it.");
        }

        Snapshot.Match(text, new SnapshotFullName(file, folder));
    }

    // CI=true is what our CI sets; some runners set CI=1.
    private static bool IsContinuousIntegration() =>
        Environment.GetEnvironmentVariable("CI") is { } ci
            && (ci == "1" || (bool.TryParse(ci, out var on) && on));
}
