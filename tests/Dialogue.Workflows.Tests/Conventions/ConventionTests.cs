using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Dialogue.Workflows.Tests.Conventions;

/// <summary>
/// Conventions of the public API and of the source tree (STYLE.md item 14), checked by reflection
/// over the library's public types and by reading its sources and XML documentation.
/// </summary>
/// <remarks>
/// Each test lists every violation it finds rather than stopping at the first, and first checks that
/// it found something to look at, so that a broken search cannot pass by finding nothing.
/// </remarks>
public sealed partial class ConventionTests
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    // Calendar and deadline values are immutable (STYLE.md item 2); options classes are mutable by design.
    private static readonly string[] ValueNamespaces = ["Dialogue.Workflows.Calendar", "Dialogue.Workflows.Deadlines"];

    private static readonly Type[] BannedTimeTypes = [typeof(DateTime), typeof(DateTimeOffset)];

    [Fact]
    public void PublicMembers_DoNotExposeBclDateTypes()
    {
        Assert.NotEmpty(RepositoryLayout.PublicTypes);

        var violations = RepositoryLayout.PublicTypes.SelectMany(BclDateExposures);

        AssertNone(violations, "Public members expose System.DateTime or System.DateTimeOffset; use NodaTime types (LocalDate, Instant, ZonedDateTime…)");
    }

    [Fact]
    public void PublicTopLevelTypes_AreDeclaredInAFileNamedAfterThem()
    {
        var files = LibrarySourceFiles();
        Assert.NotEmpty(files);

        var violations = new List<string>();
        foreach (var type in RepositoryLayout.PublicTopLevelTypes)
        {
            var named = FilesNamedAfter(type, files);
            if (named.Count == 0)
            {
                violations.Add($"{type.FullName}: no file {RepositoryLayout.SimpleName(type)}.cs under src/Dialogue.Workflows");
            }
            else if (!named.Any(file => Declares(file, type)))
            {
                violations.Add($"{type.FullName}: {string.Join(", ", named.Select(RepositoryLayout.Relative))} does not declare it");
            }
        }

        AssertNone(violations, "Each public type lives in a file named after it (nested public types may stay in their parent's file)");
    }

    [Fact]
    public void SourceFiles_DeclareAtMostOnePublicTopLevelType()
    {
        var files = LibrarySourceFiles();
        Assert.NotEmpty(files);

        var violations = files
            .Select(file => (file, count: CountPublicTopLevelDeclarations(File.ReadAllText(file))))
            .Where(entry => entry.count > 1)
            .Select(entry => $"{RepositoryLayout.Relative(entry.file)} declares {entry.count} public top-level types");

        AssertNone(violations, "One public top-level type per file");
    }

    [Fact]
    public void PublicTopLevelTypes_LiveInTheFolderOfTheirNamespace()
    {
        var files = LibrarySourceFiles();
        Assert.NotEmpty(files);

        var violations = new List<string>();
        foreach (var type in RepositoryLayout.PublicTopLevelTypes)
        {
            var expectedFolder = FolderOfNamespace(type.Namespace);
            if (expectedFolder is null)
            {
                violations.Add($"{type.FullName}: namespace is outside {RepositoryLayout.LibraryRootNamespace}");
                continue;
            }

            // A type with no file at all is reported by the file-name test.
            var declaring = FilesNamedAfter(type, files).Where(file => Declares(file, type)).ToList();
            if (declaring.Count > 0 && !declaring.Any(file => SamePath(Path.GetDirectoryName(file)!, expectedFolder)))
            {
                violations.Add(
                    $"{type.FullName}: in {string.Join(", ", declaring.Select(RepositoryLayout.Relative))}, expected under {RepositoryLayout.Relative(expectedFolder)}/");
            }
        }

        AssertNone(violations, "A public type's folder matches its namespace (Dialogue.Workflows.Calendar → src/Dialogue.Workflows/Calendar/)");
    }

    [Fact]
    public void PublicExceptions_AreSealedDomainExceptionsWithADistinctStableCode()
    {
        var exceptions = RepositoryLayout.PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t)).ToList();
        Assert.Contains(typeof(DialogueWorkflowException), exceptions);

        var violations = new List<string>();
        var codes = new List<(string Code, Type Type)>();
        foreach (var type in exceptions)
        {
            violations.AddRange(ExceptionViolations(type));
            if (ErrorCodeConstant(type) is { } code)
            {
                codes.Add((code, type));
            }
        }

        violations.AddRange(codes
            .GroupBy(entry => entry.Code, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"code '{group.Key}' is shared by {string.Join(", ", group.Select(entry => entry.Type.FullName))}"));

        // The six exceptions the engine had when this test was written: the search must find at least those.
        Assert.True(codes.Count >= 6, $"Found only {codes.Count} exception codes; the search for exceptions is broken.");
        AssertNone(violations,
            "A public exception derives from DialogueWorkflowException or an ArgumentException, is sealed unless abstract, and declares " +
            "a distinct `public const string Code` such as \"plan.unknown-type\" plus a public ErrorCode property");
    }

    [Fact]
    public void CalendarAndDeadlineTypes_HaveNoPublicSetters()
    {
        var types = RepositoryLayout.PublicTypes
            .Where(t => ValueNamespaces.Any(ns => IsInNamespace(t, ns)))
            .Where(t => !t.Name.EndsWith("Options", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(types);

        var violations = types.SelectMany(MutabilityViolations);

        AssertNone(violations, "Calendar and deadline types are immutable: init-only setters only, no writable public fields (…Options types excepted)");
    }

    [Fact]
    public void XmlDocumentation_HasNoEmptySummaryOrParameterText()
    {
        var path = Path.ChangeExtension(RepositoryLayout.Library.Location, ".xml");
        Assert.True(File.Exists(path), $"No XML documentation next to {RepositoryLayout.Library.Location}: is GenerateDocumentationFile still on?");

        var members = XDocument.Load(path).Descendants("member").ToList();
        Assert.NotEmpty(members);

        AssertNone(EmptyDocumentationTags(members), "XML documentation tags say something: no empty <summary>, <param>, <typeparam> or <returns>");
    }

    [Fact]
    public void SourceFiles_ContainNoPathOfABuildMachine()
    {
        var files = RepositoryLayout.SourceFiles(RepositoryLayout.SourceDirectory).Where(IsTextFile).ToList();
        Assert.NotEmpty(files);
        var fragments = MachinePathFragments();

        var violations =
            from file in files
            from fragment in MachinePathsIn(File.ReadAllText(file), fragments)
            select $"{RepositoryLayout.Relative(file)} contains \"{fragment}\"";

        AssertNone(violations, "Sources hold no absolute path of a machine: they must build and read the same anywhere");
    }

    // The checks below run on fixtures too, so that each convention test is shown able to fail.

    [Fact]
    public void BclDateCheck_FindsDateTimeInsideGenericsArraysAndParameters()
    {
        var found = BclDateExposures(typeof(Fixtures.ExposesDateTime)).ToList();

        Assert.Equal(4, found.Count);
        Assert.Empty(BclDateExposures(typeof(Fixtures.ImmutableValue)));
    }

    [Fact]
    public void DeclarationCount_CountsOnlyPublicTypesAtTheStartOfALine()
    {
        const string source = """
            namespace N;
            public sealed record A(int X);
            public readonly partial struct B;
            internal sealed class C;
            /// public class NotADeclaration
            public static class D
            {
                public enum Nested { One }
            }
            """;

        Assert.Equal(3, CountPublicTopLevelDeclarations(source));
    }

    [Fact]
    public void ExceptionCheck_FlagsAnUnsealedExceptionWithoutCode()
    {
        Assert.Empty(ExceptionViolations(typeof(Fixtures.GoodException)));
        Assert.Equal(4, ExceptionViolations(typeof(Fixtures.BareException)).Count());
    }

    [Fact]
    public void MutabilityCheck_FlagsPublicSettersAndFieldsButNotInit()
    {
        Assert.Empty(MutabilityViolations(typeof(Fixtures.ImmutableValue)));
        Assert.Equal(2, MutabilityViolations(typeof(Fixtures.MutableValue)).Count());
    }

    [Fact]
    public void DocumentationCheck_FlagsEmptyTags()
    {
        var members = XElement.Parse("""
            <members>
              <member name="T:Good"><summary>Says something.</summary></member>
              <member name="M:Good.Run(System.Int32)"><summary>Runs <see cref="T:Good"/>.</summary><param name="x"><see cref="T:Good"/></param></member>
              <member name="T:EmptySummary"><summary>  </summary></member>
              <member name="M:EmptyParam.Run(System.Int32)"><summary>Runs.</summary><param name="x"></param></member>
            </members>
            """).Elements("member");

        string[] expected = ["T:EmptySummary: empty <summary>", "M:EmptyParam.Run(System.Int32): empty <param name=\"x\">"];
        Assert.Equal(expected, EmptyDocumentationTags(members));
    }

    [Fact]
    public void MachinePathCheck_FlagsRootedPathsButNotUrls()
    {
        var fragments = MachinePathFragments();
        // Built from parts, like the fragments themselves.
        var text = "Read \"/" + "tmp/plans.db\" or file://" + "/work" + "/x; see https://example.org/" + "home/ and src/" + "root/.";

        Assert.Equal(["/" + "tmp/", "/" + "work/"], MachinePathsIn(text, fragments).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> BclDateExposures(Type type)
    {
        var where = type.FullName;
        if (type.BaseType is { } baseType && MentionsBclDate(baseType))
        {
            yield return $"{where} derives from {baseType}";
        }

        foreach (var contract in type.GetInterfaces().Where(MentionsBclDate))
        {
            yield return $"{where} implements {contract}";
        }

        foreach (var member in type.GetMembers(Declared).Where(IsVisibleOutside))
        {
            var exposed = member switch
            {
                PropertyInfo property => property.GetIndexParameters().Select(p => p.ParameterType).Prepend(property.PropertyType),
                FieldInfo field => [field.FieldType],
                EventInfo @event => [@event.EventHandlerType!],
                MethodInfo method when !IsAccessor(method) => method.GetParameters().Select(p => p.ParameterType).Prepend(method.ReturnType),
                ConstructorInfo constructor => constructor.GetParameters().Select(p => p.ParameterType),
                _ => [],
            };

            foreach (var exposedType in exposed.Where(MentionsBclDate).Distinct())
            {
                yield return $"{where}.{member.Name} exposes {exposedType}";
            }
        }
    }

    private static bool MentionsBclDate(Type type)
    {
        if (type.HasElementType)
        {
            return MentionsBclDate(type.GetElementType()!);
        }

        return BannedTimeTypes.Contains(type) || (type.IsGenericType && type.GetGenericArguments().Any(MentionsBclDate));
    }

    // Public, or protected on a type that can be derived from: what a host can reach.
    private static bool IsVisibleOutside(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || ((method.IsFamily || method.IsFamilyOrAssembly) && !method.DeclaringType!.IsSealed),
        FieldInfo field => field.IsPublic || ((field.IsFamily || field.IsFamilyOrAssembly) && !field.DeclaringType!.IsSealed),
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(IsVisibleOutside),
        EventInfo @event => @event.AddMethod is { } add && IsVisibleOutside(add),
        Type nested => nested.IsNestedPublic,
        _ => false,
    };

    // Accessors are reported through their property or event.
    private static bool IsAccessor(MethodInfo method) =>
        method.IsSpecialName && (method.Name.StartsWith("get_", StringComparison.Ordinal) || method.Name.StartsWith("set_", StringComparison.Ordinal)
            || method.Name.StartsWith("add_", StringComparison.Ordinal) || method.Name.StartsWith("remove_", StringComparison.Ordinal));

    private static List<string> LibrarySourceFiles() => [.. RepositoryLayout.SourceFiles(RepositoryLayout.LibrarySourceDirectory, "*.cs")];

    // Outcome`1 may live in Outcome.cs, Outcome{TResult}.cs or Outcome.TResult.cs (Polly's habit).
    private static List<string> FilesNamedAfter(Type type, List<string> files)
    {
        var name = RepositoryLayout.SimpleName(type);
        var names = new HashSet<string>(StringComparer.Ordinal) { name };
        if (type.IsGenericTypeDefinition)
        {
            var parameters = type.GetGenericArguments().Select(p => p.Name).ToList();
            names.Add($"{name}{{{string.Join(",", parameters)}}}");
            names.Add($"{name}.{string.Join(".", parameters)}");
        }

        return [.. files.Where(file => names.Contains(Path.GetFileNameWithoutExtension(file)))];
    }

    private static bool Declares(string file, Type type)
    {
        var name = Regex.Escape(RepositoryLayout.SimpleName(type));
        var declaration = typeof(Delegate).IsAssignableFrom(type)
            ? new Regex($@"\bdelegate\b[^;(]*\b{name}\s*[<(]", RegexOptions.None, TimeSpan.FromSeconds(5))
            : new Regex($@"\b(class|struct|interface|enum|record)\s+{name}\b", RegexOptions.None, TimeSpan.FromSeconds(5));
        return declaration.IsMatch(File.ReadAllText(file));
    }

    private static int CountPublicTopLevelDeclarations(string source) => PublicTopLevelDeclaration().Count(source);

    // Namespaces are file-scoped (.editorconfig), so a top-level type starts at column 0.
    [GeneratedRegex(@"^public\s+((sealed|static|abstract|readonly|partial|unsafe|ref)\s+)*(class|record|struct|interface|enum|delegate)\b", RegexOptions.Multiline)]
    private static partial Regex PublicTopLevelDeclaration();

    private static string? FolderOfNamespace(string? ns)
    {
        var root = RepositoryLayout.LibraryRootNamespace;
        if (ns == root)
        {
            return RepositoryLayout.LibrarySourceDirectory;
        }

        if (ns is null || !ns.StartsWith(root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        return Path.Combine([RepositoryLayout.LibrarySourceDirectory, .. ns[(root.Length + 1)..].Split('.')]);
    }

    private static bool SamePath(string left, string right) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(left)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(right)), StringComparison.Ordinal);

    private static bool IsInNamespace(Type type, string ns) =>
        type.Namespace == ns || (type.Namespace?.StartsWith(ns + ".", StringComparison.Ordinal) ?? false);

    private static IEnumerable<string> ExceptionViolations(Type type)
    {
        var name = type.FullName;
        if (type == typeof(DialogueWorkflowException))
        {
            yield break; // The root of the engine's exceptions; the rules are about what derives from it.
        }

        if (!typeof(DialogueWorkflowException).IsAssignableFrom(type) && !typeof(ArgumentException).IsAssignableFrom(type))
        {
            yield return $"{name} derives from {type.BaseType}, not DialogueWorkflowException or an ArgumentException";
        }

        if (!type.IsSealed && !type.IsAbstract)
        {
            yield return $"{name} is neither sealed nor abstract";
        }

        if (type.IsAbstract)
        {
            yield break; // An abstract exception is never thrown, so it needs no code of its own.
        }

        if (string.IsNullOrWhiteSpace(ErrorCodeConstant(type)))
        {
            yield return $"{name} declares no non-empty `public const string Code`";
        }
        else if (!ErrorCodeFormat().IsMatch(ErrorCodeConstant(type)!))
        {
            yield return $"{name}.Code \"{ErrorCodeConstant(type)}\" is not of the form area.kebab-case-name";
        }

        if (type.GetProperty("ErrorCode", BindingFlags.Public | BindingFlags.Instance) is not { PropertyType: var codeType } || codeType != typeof(string))
        {
            yield return $"{name} has no public string ErrorCode property";
        }
    }

    // Declared on the type itself: a constant inherited from a base would give two exceptions one code.
    private static string? ErrorCodeConstant(Type type) =>
        type.GetField("Code", BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly) is { IsLiteral: true } field
            && field.FieldType == typeof(string)
            ? (string?)field.GetRawConstantValue()
            : null;

    [GeneratedRegex(@"^[a-z][a-z0-9]*(\.[a-z0-9]+(-[a-z0-9]+)*)+$")]
    private static partial Regex ErrorCodeFormat();

    private static IEnumerable<string> MutabilityViolations(Type type)
    {
        if (type.IsInterface || type.IsEnum || typeof(Delegate).IsAssignableFrom(type))
        {
            yield break;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            if (property.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            {
                yield return $"{type.FullName}.{property.Name} has a public setter";
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            if (!field.IsLiteral && !field.IsInitOnly)
            {
                yield return $"{type.FullName}.{field.Name} is a writable public field";
            }
        }
    }

    // The compiler marks an init accessor with a required IsExternalInit modifier on its return.
    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static List<string> EmptyDocumentationTags(IEnumerable<XElement> members)
    {
        var violations = new List<string>();
        foreach (var member in members)
        {
            var name = (string?)member.Attribute("name") ?? "(unnamed member)";
            foreach (var tag in member.Elements().Where(e => e.Name.LocalName is "summary" or "param" or "typeparam" or "returns"))
            {
                if (IsEmpty(tag))
                {
                    var parameter = (string?)tag.Attribute("name");
                    violations.Add(parameter is null ? $"{name}: empty <{tag.Name.LocalName}>" : $"{name}: empty <{tag.Name.LocalName} name=\"{parameter}\">");
                }
            }
        }

        return violations;
    }

    // A reference such as <see cref="…"/> or <paramref name="…"/> is content even without text.
    private static bool IsEmpty(XElement tag) =>
        string.IsNullOrWhiteSpace(tag.Value) && !tag.Descendants().Any(e => e.HasAttributes);

    private static bool IsTextFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".cs" or ".csproj" or ".props" or ".targets" or ".json" or ".md" or ".txt" or ".xml" or ".resx" or ".editorconfig" or ".config";

    // Assembled from parts so that this file, which is not under src/, still never holds such a path either.
    private static List<string> MachinePathFragments()
    {
        static string Rooted(string name) => "/" + name + "/";

        var fragments = new List<string> { Rooted("work"), Rooted("tmp"), Rooted("root"), Rooted("home"), "C:" + "\\Users\\" };

        // This machine's own places, wherever CI or a developer happens to have them.
        fragments.Add(Path.TrimEndingDirectorySeparator(RepositoryLayout.Root) + Path.DirectorySeparatorChar);
        fragments.Add(Path.TrimEndingDirectorySeparator(Path.GetTempPath()) + Path.DirectorySeparatorChar);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 1)
        {
            fragments.Add(Path.TrimEndingDirectorySeparator(home) + Path.DirectorySeparatorChar);
        }

        return [.. fragments.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    // Only where a path starts: the same folder names inside a URL or a relative path are no path of a machine.
    private static IEnumerable<string> MachinePathsIn(string text, IEnumerable<string> fragments) =>
        fragments.Where(fragment =>
            Regex.IsMatch(text, @"(?<![\w.~-])" + Regex.Escape(fragment), RegexOptions.IgnoreCase, TimeSpan.FromSeconds(5)));

    private static void AssertNone(IEnumerable<string> violations, string rule)
    {
        var list = violations.Distinct(StringComparer.Ordinal).ToList();
        Assert.True(list.Count == 0, $"{rule}. {list.Count} violation(s):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", list)}");
    }

    /// <summary>Deliberate good and bad examples for the checks' own tests; not part of any API.</summary>
    public static class Fixtures
    {
        /// <summary>Exposes DateTime four ways: constructor, property, field, method parameter.</summary>
        public sealed class ExposesDateTime
        {
            /// <summary>A field that is public on purpose.</summary>
            public DateTimeOffset Offset;

            /// <summary>Takes instants as BCL values.</summary>
            /// <param name="at">The instants.</param>
            public ExposesDateTime(DateTime[] at) => Dates = [.. at.Select(a => (DateTime?)a)];

            /// <summary>Dates as BCL values.</summary>
            public IReadOnlyList<DateTime?> Dates { get; }

            internal DateTime Hidden => default;

            /// <summary>Takes a BCL clock.</summary>
            /// <param name="clock">The clock.</param>
            /// <returns>The clock's reading, as a count.</returns>
            public static long Read(Func<DateTime> clock) => clock().Ticks;
        }

        /// <summary>Immutable: positional and init-only properties, a constant and a static readonly field.</summary>
        /// <param name="Days">A number of days.</param>
        public sealed record ImmutableValue(int Days)
        {
            /// <summary>A constant.</summary>
            public const string Kind = "fixture";

            /// <summary>A shared instance.</summary>
            public static readonly ImmutableValue Zero = new(0);

            /// <summary>An init-only property.</summary>
            public string Label { get; init; } = string.Empty;
        }

        /// <summary>Mutable twice: a public setter and a writable field; a private setter is fine.</summary>
        public sealed class MutableValue
        {
            /// <summary>A writable field.</summary>
            public int Count;

            /// <summary>A public setter.</summary>
            public int Days { get; set; }

            /// <summary>A private setter.</summary>
            public int Hidden { get; private set; }
        }

        /// <summary>Follows the exception conventions.</summary>
        public sealed class GoodException : DialogueWorkflowException
        {
            /// <summary>The stable error code.</summary>
            public const string Code = "fixture.good-exception";

            /// <summary>Creates the exception.</summary>
            public GoodException()
                : base(Code, "A fixture.")
            {
            }
        }

        /// <summary>Breaks four exception conventions: base type, not sealed, no Code, no ErrorCode.</summary>
        public class BareException : Exception
        {
        }
    }
}
