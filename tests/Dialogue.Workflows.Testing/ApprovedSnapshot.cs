using Snapshooter;
using Snapshooter.Xunit;
using Xunit.Sdk;

namespace Dialogue.Workflows.Testing;

/// <summary>Matches a value against a committed Snapshooter snapshot in a folder named from the repository root.</summary>
/// <remarks>
/// <para>
/// The folder is given explicitly rather than taken from the PDB's source path, which a
/// deterministic CI build maps to <c>/_/</c> and which would not lead to the committed file.
/// </para>
/// <para>
/// Snapshooter writes a missing snapshot and passes. Under CI (<see cref="RepositoryRoot.IsContinuousIntegration"/>)
/// that would approve whatever was computed, so there a missing snapshot fails instead.
/// </para>
/// <para>
/// On a mismatch Snapshooter writes the new value to <c>__snapshots__/__mismatch__/</c> beside the
/// approved file. Diff the two; if the change is intended, copy the new file over the approved one and commit it.
/// </para>
/// </remarks>
public static class ApprovedSnapshot
{
    /// <summary>Matches <paramref name="value"/> against <c>&lt;folder&gt;/__snapshots__/&lt;fileName&gt;</c>.</summary>
    /// <param name="value">The value; a string is kept as text, anything else serialized by Snapshooter.</param>
    /// <param name="fileName">The snapshot file's name, with its <c>.snap</c> extension.</param>
    /// <param name="folderFromRoot">The folder holding <c>__snapshots__</c>, from the repository root, e.g. <c>"tests", "Dialogue.Workflows.Tests", "Export"</c>.</param>
    /// <exception cref="XunitException">The snapshot is missing under CI, or the value differs from it.</exception>
    public static void Match(object value, string fileName, params string[] folderFromRoot)
    {
        var folder = RepositoryRoot.Combine(folderFromRoot);
        var approved = Path.Combine(folder, FileNames.SnapshotFolderName, fileName);
        if (RepositoryRoot.IsContinuousIntegration && !File.Exists(approved))
        {
            Assert.Fail(
                $"No approved snapshot at {RepositoryRoot.Relative(approved)}. Under CI a missing snapshot fails rather than being created: " +
                "run the test locally, review the file it writes, and commit it.");
        }

        try
        {
            Snapshot.Match(value, new SnapshotFullName(fileName, folder));
        }
        catch (EqualException mismatch)
        {
            // Snapshooter's message (kept as the inner exception) is a JSON-escaped diff: say where the readable files are.
            var received = Path.Combine(folder, FileNames.SnapshotFolderName, FileNames.MismatchFolderName, fileName);
            throw new XunitException(
                $"The value differs from the approved snapshot. Diff {RepositoryRoot.Relative(approved)} against " +
                $"{RepositoryRoot.Relative(received)}; if the change is intended, copy the latter over the former and commit it.",
                mismatch);
        }
    }
}
