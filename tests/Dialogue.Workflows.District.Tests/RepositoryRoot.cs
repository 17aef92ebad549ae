namespace Dialogue.Workflows.District.Tests;

/// <summary>The folder holding the solution file, found by walking up from the test binaries.</summary>
/// <remarks>
/// Not from the source path in the PDB: a CI build is deterministic (ContinuousIntegrationBuild),
/// which maps source paths to <c>/_/</c>, so Snapshooter's own folder discovery would not find the
/// committed snapshots.
/// </remarks>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    // CI=true is what our CI sets; some runners set CI=1.
    public static bool IsContinuousIntegration =>
        Environment.GetEnvironmentVariable("CI") is { } ci && (ci == "1" || (bool.TryParse(ci, out var on) && on));

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Dialogue.Workflows.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Dialogue.Workflows.sln: run the tests from a build inside the repository.");
    }
}
