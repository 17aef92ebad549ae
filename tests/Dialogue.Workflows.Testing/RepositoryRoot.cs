namespace Dialogue.Workflows.Testing;

/// <summary>The folder holding the solution file, found by walking up from the test binaries.</summary>
/// <remarks>
/// Not from the source path in the PDB: a CI build is deterministic (ContinuousIntegrationBuild),
/// which maps source paths to <c>/_/</c>, so they do not lead back to the repository, and
/// Snapshooter's own folder discovery would not find the committed snapshots.
/// </remarks>
public static class RepositoryRoot
{
    /// <summary>The name of the solution file that marks the repository root.</summary>
    public const string SolutionFileName = "Dialogue.Workflows.sln";

    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The full path of the repository root.</summary>
    /// <exception cref="InvalidOperationException">No folder above the test binaries holds the solution file.</exception>
    public static string Path => Root.Value;

    /// <summary>Whether the tests run under continuous integration: the <c>CI</c> variable is <c>true</c> (any case) or <c>1</c>.</summary>
    /// <remarks>CI=true is what our CI sets; some runners set CI=1.</remarks>
    public static bool IsContinuousIntegration =>
        Environment.GetEnvironmentVariable("CI") is { } ci && (ci == "1" || (bool.TryParse(ci, out var on) && on));

    /// <summary>A path below the repository root.</summary>
    /// <param name="parts">The folders (and file) from the root, e.g. <c>"tests", "Dialogue.Workflows.Tests"</c>.</param>
    /// <returns>The full path.</returns>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>A path relative to the root with forward slashes, the same on every OS, for messages.</summary>
    /// <param name="path">A full path, normally below the root.</param>
    /// <returns>The relative path.</returns>
    public static string Relative(string path) => System.IO.Path.GetRelativePath(Path, path).Replace('\\', '/');

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder above {AppContext.BaseDirectory} holds {SolutionFileName}: run the tests from a build inside the repository.");
    }
}
