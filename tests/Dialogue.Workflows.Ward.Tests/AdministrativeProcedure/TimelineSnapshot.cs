using Snapshooter;
using Snapshooter.Xunit;
using Xunit.Sdk;

namespace Dialogue.Workflows.Ward.Tests.AdministrativeProcedure;

/// <summary>
/// Matches a value against a snapshot kept in <c>AdministrativeProcedure/__snapshots__/</c> of this test project.
/// </summary>
/// <remarks>
/// The folder is named from the repository root, found by walking up from the test binaries to the
/// solution file: under <c>CI=true</c> the build is deterministic and maps source paths to <c>/_/</c>,
/// which breaks Snapshooter's own discovery. Under CI a missing snapshot fails instead of being
/// created, so a build can never approve itself.
/// </remarks>
internal static class TimelineSnapshot
{
    private const string SolutionFileName = "Dialogue.Workflows.sln";

    public static void Match(object value, string name)
    {
        var root = FindRoot();
        var folder = Path.Combine(root, "tests", "Dialogue.Workflows.Ward.Tests", "AdministrativeProcedure");
        var fileName = name + ".snap";
        var approved = Path.Combine(folder, FileNames.SnapshotFolderName, fileName);
        if (IsContinuousIntegration() && !File.Exists(approved))
        {
            Assert.Fail($"No approved snapshot at {Relative(root, approved)}. Under CI a missing snapshot fails rather than being created: " +
                "run the test locally, review the file it writes, and commit it.");
        }

        try
        {
            Snapshot.Match(value, new SnapshotFullName(fileName, folder));
        }
        catch (EqualException mismatch)
        {
            var received = Path.Combine(folder, FileNames.SnapshotFolderName, FileNames.MismatchFolderName, fileName);
            throw new XunitException(
                $"The timeline differs from the approved snapshot. Diff {Relative(root, approved)} against {Relative(root, received)}; " +
                "if the change is intended, copy the latter over the former and commit it.", mismatch);
        }
    }

    private static string FindRoot()
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

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    // CI=true is what our CI sets; some runners set CI=1.
    private static bool IsContinuousIntegration() =>
        Environment.GetEnvironmentVariable("CI") is { } ci && (ci == "1" || (bool.TryParse(ci, out var on) && on));
}
