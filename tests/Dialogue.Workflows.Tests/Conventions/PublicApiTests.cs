using PublicApiGenerator;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit.Sdk;

namespace Dialogue.Workflows.Tests.Conventions;

/// <summary>
/// The public API of Dialogue.Workflows, pinned as a reviewed text file, so that every change to it
/// shows up as a diff in review.
/// </summary>
/// <remarks>
/// <para>
/// After an intended API change this test fails and Snapshooter writes the new API to
/// <c>Conventions/__snapshots__/__mismatch__/PublicApiTests.PublicApi_MatchesApprovedSnapshot.snap</c>.
/// Read the diff, then copy that file over the one in <c>Conventions/__snapshots__/</c> (or delete the
/// approved file and re-run the test locally, which writes it afresh), and commit it with the change.
/// </para>
/// <para>
/// Snapshooter creates a missing snapshot and passes. Under CI (<c>CI=true</c>) that would approve
/// whatever was built, so there a missing snapshot fails instead; Snapshooter's own
/// <c>SNAPSHOOTER_STRICT_MODE=true</c> does the same.
/// </para>
/// </remarks>
public sealed class PublicApiTests
{
    private const string SnapshotFileName = nameof(PublicApiTests) + "." + nameof(PublicApi_MatchesApprovedSnapshot) + ".snap";

    private static readonly ApiGeneratorOptions Options = new()
    {
        // Assembly attributes carry the version, the commit of a Source Link build and the test
        // assemblies granted internals: none of them is API, and some change with every build.
        IncludeAssemblyAttributes = false,
        ExcludeAttributes =
        [
            "System.Reflection.AssemblyInformationalVersionAttribute",
            "System.Reflection.AssemblyMetadataAttribute",
            "System.Runtime.Versioning.TargetFrameworkAttribute",
            "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
        ],
        // Records stay records in the text, so turning one into a class is a visible change.
        TreatRecordsAsClasses = false,
    };

    [Fact]
    public void PublicApi_MatchesApprovedSnapshot()
    {
        var api = RepositoryLayout.Library.GeneratePublicApi(Options);

        // The folder is named here rather than taken from the PDB's source path, which a
        // deterministic CI build maps to /_/ and which would not lead to the committed file.
        var folder = Path.Combine(RepositoryLayout.Root, "tests", "Dialogue.Workflows.Tests", "Conventions");
        var approved = Path.Combine(folder, FileNames.SnapshotFolderName, SnapshotFileName);
        if (IsContinuousIntegration() && !File.Exists(approved))
        {
            Assert.Fail(
                $"No approved public API snapshot at {RepositoryLayout.Relative(approved)}. Under CI a missing snapshot fails rather " +
                "than being created: run this test locally, review the file it writes, and commit it.");
        }

        try
        {
            Snapshot.Match(api, new SnapshotFullName(SnapshotFileName, folder));
        }
        catch (EqualException mismatch)
        {
            // Snapshooter's message (kept as the inner exception) is a JSON-escaped string diff: say where the readable files are.
            var received = Path.Combine(folder, FileNames.SnapshotFolderName, FileNames.MismatchFolderName, SnapshotFileName);
            throw new XunitException(
                $"The public API differs from the approved snapshot. Diff {RepositoryLayout.Relative(approved)} against " +
                $"{RepositoryLayout.Relative(received)}; if the change is intended, copy the latter over the former and commit it.",
                mismatch);
        }
    }

    // CI=true is what our CI sets; some runners set CI=1.
    private static bool IsContinuousIntegration() =>
        Environment.GetEnvironmentVariable("CI") is { } ci
            && (ci == "1" || (bool.TryParse(ci, out var on) && on));
}
