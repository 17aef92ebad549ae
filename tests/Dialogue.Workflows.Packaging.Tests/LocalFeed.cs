using System.IO.Compression;
using System.Xml.Linq;

namespace Dialogue.Workflows.Packaging.Tests;

/// <summary>
/// The repository's packages packed once for the whole test run into a temporary folder feed, with a
/// packages folder of their own for whatever restores from it, so that no package of an earlier run is used.
/// </summary>
public sealed class LocalFeed : IDisposable
{
    /// <summary>The repository address given to the packer, as whoever publishes gives theirs.</summary>
    public const string RepositoryUrl = "https://example.invalid/dialogue-workflows";

    /// <summary>The packages every project of the repository packs.</summary>
    public static readonly string[] PackageIds =
    [
        "Dialogue.Workflows", "Dialogue.Workflows.Ward", "Dialogue.Workflows.District", "Dialogue.Workflows.Party",
        "Dialogue.Workflows.Sqlite", "Dialogue.Workflows.PostgreSql", "Dialogue.Workflows.Cli",
    ];

    private readonly string _root = Directory.CreateTempSubdirectory("dialogue-feed-").FullName;

    public LocalFeed()
    {
        Folder = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        Packages = Directory.CreateDirectory(Path.Combine(_root, "packages")).FullName;
        // Built under a folder of its own (artifacts path), so that a build of the repository running beside it is untouched.
        var artifacts = Path.Combine(_root, "build");
        Pack = DotnetProcess.Run(DotnetProcess.Dotnet, RepositoryRoot.Path, new Dictionary<string, string>(),
            "pack", "Dialogue.Workflows.Packages.slnf", "-c", "Release", "-o", Folder, "--artifacts-path", artifacts,
            $"-p:DialogueRepositoryUrl={RepositoryUrl}");
    }

    /// <summary>The feed.</summary>
    public string Folder { get; }

    /// <summary>The packages folder (NUGET_PACKAGES) of everything restored from the feed.</summary>
    public string Packages { get; }

    /// <summary>The pack's run.</summary>
    public ProcessRun Pack { get; }

    /// <summary>A NuGet.config that takes Dialogue.Workflows.* from the feed only and the rest from the machine's packages folder, then nuget.org.</summary>
    public string WriteNuGetConfig(string folder)
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
            ? packages
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var path = Path.Combine(folder, "NuGet.config");
        new XDocument(new XElement("configuration",
            new XElement("packageSources",
                new XElement("clear"),
                new XElement("add", new XAttribute("key", "dialogue-feed"), new XAttribute("value", Folder)),
                new XElement("add", new XAttribute("key", "machine-cache"), new XAttribute("value", cache)),
                new XElement("add", new XAttribute("key", "nuget.org"), new XAttribute("value", "https://api.nuget.org/v3/index.json"))),
            new XElement("packageSourceMapping",
                new XElement("packageSource", new XAttribute("key", "dialogue-feed"), new XElement("package", new XAttribute("pattern", "Dialogue.Workflows*"))),
                new XElement("packageSource", new XAttribute("key", "machine-cache"), new XElement("package", new XAttribute("pattern", "*"))),
                new XElement("packageSource", new XAttribute("key", "nuget.org"), new XElement("package", new XAttribute("pattern", "*")))))).Save(path);
        return path;
    }

    /// <summary>The environment of a restore from the feed.</summary>
    public IReadOnlyDictionary<string, string> RestoreEnvironment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = Packages };

    /// <summary>A file of a package, as text.</summary>
    public string? Entry(string file, string entry)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(Folder, file));
        var found = zip.GetEntry(entry);
        if (found is null)
        {
            return null;
        }

        using var reader = new StreamReader(found.Open());
        return reader.ReadToEnd();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the folder is a temporary one.
        }
    }
}
