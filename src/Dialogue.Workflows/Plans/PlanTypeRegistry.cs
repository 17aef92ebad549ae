using System.Text.RegularExpressions;

namespace Dialogue.Workflows.Plans;

/// <summary>The plan types a host registered, by key and version.</summary>
/// <remarks>
/// Registering the same type twice is harmless (DI registration may run twice); registering a
/// different type under a key and version already taken is an error.
/// </remarks>
public sealed partial class PlanTypeRegistry
{
    private readonly SortedDictionary<(string Key, int Version), IPlanType> _types = [];

    /// <summary>Creates a registry holding the given types.</summary>
    /// <param name="types">The types.</param>
    /// <exception cref="ArgumentException">A key is malformed, or two different types claim one key and version.</exception>
    public PlanTypeRegistry(IEnumerable<IPlanType> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        foreach (var type in types)
        {
            ArgumentNullException.ThrowIfNull(type, nameof(types));
            if (!KeyPattern().IsMatch(type.Key) || type.Version < 1)
            {
                throw new ArgumentException(
                    $"Plan type '{type.Key}' version {type.Version}: keys are lower-case words joined by hyphens, versions start at 1.", nameof(types));
            }

            if (_types.TryGetValue((type.Key, type.Version), out var existing))
            {
                if (existing.GetType() != type.GetType())
                {
                    throw new ArgumentException(
                        $"Plan type '{type.Key}@{type.Version}' is claimed by both {existing.GetType().FullName} and {type.GetType().FullName}.", nameof(types));
                }

                continue;
            }

            _types.Add((type.Key, type.Version), type);
        }
    }

    /// <summary>The latest version of every registered type, by key.</summary>
    public IReadOnlyList<IPlanType> Latest => [.. _types.Values.GroupBy(t => t.Key).Select(g => g.MaxBy(t => t.Version)!)];

    /// <summary>Every registered type and version.</summary>
    public IReadOnlyList<IPlanType> All => [.. _types.Values];

    /// <summary>Finds a type.</summary>
    /// <param name="key">The type's key.</param>
    /// <param name="version">The version, or null for the latest.</param>
    /// <returns>The type.</returns>
    /// <exception cref="UnknownPlanTypeException">No such type or version is registered.</exception>
    public IPlanType Get(string key, int? version = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        IPlanType? found = version is { } v
            ? _types.GetValueOrDefault((key, v))
            : _types.Values.Where(t => t.Key == key).MaxBy(t => t.Version);
        return found ?? throw new UnknownPlanTypeException(key, version, [.. _types.Keys.Select(k => $"{k.Key}@{k.Version}")]);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
