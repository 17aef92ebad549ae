using System.Reflection;
using Dialogue.Workflows.Calendar;

namespace Dialogue.Workflows.Tests.Conventions;

/// <summary>Where the convention tests find the repository, the library's sources and its public types.</summary>
internal static class RepositoryLayout
{
    public static readonly Assembly Library = typeof(WorkingCalendar).Assembly;

    /// <summary>The folder holding the solution file (see <see cref="RepositoryRoot"/>).</summary>
    public static string Root => RepositoryRoot.Path;

    public static string SourceDirectory => Path.Combine(Root, "src");

    public static string LibrarySourceDirectory => Path.Combine(SourceDirectory, "Dialogue.Workflows");

    public const string LibraryRootNamespace = "Dialogue.Workflows";

    /// <summary>The library's public types, nested ones included.</summary>
    public static IReadOnlyList<Type> PublicTypes { get; } =
        [.. Library.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>The library's public types that are not nested in another type.</summary>
    public static IReadOnlyList<Type> PublicTopLevelTypes { get; } = [.. PublicTypes.Where(t => !t.IsNested)];

    /// <summary>Every file under <paramref name="directory"/>, build output left out.</summary>
    public static IEnumerable<string> SourceFiles(string directory, string searchPattern = "*") =>
        Directory.EnumerateFiles(directory, searchPattern, SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(directory, path)))
            .Order(StringComparer.Ordinal);

    /// <summary>A path relative to the root with forward slashes, the same on every OS, for messages.</summary>
    public static string Relative(string path) => RepositoryRoot.Relative(path);

    /// <summary>The type's name without the generic arity suffix (<c>Outcome`1</c> → <c>Outcome</c>).</summary>
    public static string SimpleName(Type type)
    {
        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? type.Name : type.Name[..tick];
    }

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(part => part is "bin" or "obj");
}
