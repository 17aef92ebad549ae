using PublicApiGenerator;

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

        ApprovedSnapshot.Match(api, SnapshotFileName, "tests", "Dialogue.Workflows.Tests", "Conventions");
    }
}
