using System.CommandLine;
using System.Reflection;
using System.Runtime.Loader;
using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Plans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>
/// The global <c>--plan-types FILE.dll</c> option (repeatable; default <c>$DIALOGUE_PLAN_TYPES</c>, several files
/// separated by the system's path separator): a host's assemblies whose every public <see cref="IPlanType"/> is
/// registered beside the built-in plan types.
/// </summary>
/// <remarks>
/// Each assembly is loaded in a context of its own that takes Dialogue.Workflows and everything else the tool
/// already has from the tool (so its plan types are the tool's <see cref="IPlanType"/>) and the rest from the
/// assembly's folder, as its <c>.deps.json</c> says. A file that cannot be loaded, or holds no plan type, is bad
/// input (exit 2).
/// </remarks>
internal static class CliPlanTypes
{
    /// <summary>The option's name.</summary>
    public const string Name = "--plan-types";

    /// <summary>The environment variable read when the option is not given.</summary>
    public const string Variable = "DIALOGUE_PLAN_TYPES";

    /// <summary>Creates the option, for the root command (it is recursive: every command sees it).</summary>
    /// <returns>The option.</returns>
    public static Option<string[]> Create() => new(Name)
    {
        Description = $"An assembly (.dll) with a host's own plan types (classes implementing IPlanType), registered beside the built-in ones; repeat for several (default: ${Variable}).",
        HelpName = "file.dll",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
        Recursive = true,
    };

    /// <summary>The plan types of the assemblies given.</summary>
    /// <param name="result">The parse.</param>
    /// <param name="io">Where the environment is read.</param>
    /// <returns>The plan-type classes; empty when no assembly is given.</returns>
    /// <exception cref="CliUsageException">An assembly cannot be loaded or holds no plan type.</exception>
    public static IReadOnlyList<Type> Load(ParseResult result, CliIo io)
    {
        var given = result.GetValue<string[]>(Name) ?? [];
        var (files, source) = given.Length > 0
            ? (given, Name)
            : ((io.Environment(Variable) ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Variable);
        var types = new List<Type>();
        foreach (var file in files)
        {
            types.AddRange(LoadOne(file, source));
        }

        return types;
    }

    /// <summary>Registers plan-type classes beside the built-in ones.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="types">The classes.</param>
    public static void Register(DialogueWorkflowsBuilder builder, IReadOnlyList<Type> types)
    {
        foreach (var type in types)
        {
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IPlanType), type));
        }
    }

    private static List<Type> LoadOne(string file, string source)
    {
        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            throw new CliUsageException($"{source}: '{file}' does not exist; expected an assembly (.dll) with plan types");
        }

        Assembly assembly;
        Type[] exported;
        try
        {
            assembly = new PlanTypeLoadContext(path).LoadFromAssemblyPath(path);
            exported = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or ReflectionTypeLoadException or TypeLoadException)
        {
            throw new CliUsageException($"{source}: '{file}' cannot be loaded as an assembly: {e.Message}");
        }

        var types = exported.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPlanType).IsAssignableFrom(t)).ToList();
        if (types.Count == 0)
        {
            var other = exported.Any(t => t.GetInterfaces().Any(i => i.FullName == typeof(IPlanType).FullName));
            throw new CliUsageException(other
                ? $"{source}: '{file}' has plan types built against another Dialogue.Workflows than this tool's {typeof(IPlanType).Assembly.GetName().Version}"
                : $"{source}: '{file}' has no public class implementing IPlanType");
        }

        return types;
    }

    /// <summary>Takes what the tool has from the tool, the rest from beside the host's assembly.</summary>
    private sealed class PlanTypeLoadContext(string path) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(path))
    {
        private readonly AssemblyDependencyResolver _resolver = new(path);

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // Shared with the tool: the library (so IPlanType is one type), NodaTime, the framework.
            if (Default.Assemblies.FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(assemblyName, a.GetName())) is { } shared)
            {
                return shared;
            }

            try
            {
                return Default.LoadFromAssemblyName(assemblyName);
            }
            catch (FileNotFoundException)
            {
                return _resolver.ResolveAssemblyToPath(assemblyName) is { } own ? LoadFromAssemblyPath(own) : null;
            }
        }

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
            _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } own ? LoadUnmanagedDllFromPath(own) : IntPtr.Zero;
    }
}
