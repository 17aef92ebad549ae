using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dialogue.Workflows.Runtime.Events;
using Dialogue.Workflows.Storage;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Dialogue.Workflows.Runtime;

/// <summary>Turns plan events into the <see cref="EventData"/> stores keep (JSON, a stable type name, a schema version) and back.</summary>
/// <remarks>
/// Dates and instants use NodaTime's ISO formats; enums are written by name; Vietnamese text is
/// written as it is, not escaped. Every store keeps exactly these bytes.
/// </remarks>
public sealed class PlanEventSerializer
{
    private static readonly Dictionary<string, Type> TypesByName = typeof(PlanEvent).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(PlanEvent)) && !t.IsAbstract)
        .ToDictionary(t => t.GetCustomAttribute<PlanEventNameAttribute>()?.Name
            ?? throw new InvalidOperationException($"Event {t.Name} has no [PlanEventName]."), StringComparer.Ordinal);

    private static readonly Dictionary<Type, PlanEventNameAttribute> NamesByType = TypesByName.Values
        .ToDictionary(t => t, t => t.GetCustomAttribute<PlanEventNameAttribute>()!);

    private readonly JsonSerializerOptions _options;

    /// <summary>Creates a serializer.</summary>
    public PlanEventSerializer()
    {
        _options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectNullableAnnotations = true,
        };
        _options.Converters.Add(new JsonStringEnumConverter());
        // Ours first: System.Text.Json uses the first converter that can handle a type.
        _options.Converters.Add(new IsoDateJsonConverters.LocalDateConverter());
        _options.Converters.Add(new IsoDateJsonConverters.InstantConverter());
        _options.Converters.Add(new ActorJsonConverter());
        _options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    }

    /// <summary>The JSON settings of event bodies, shared with plan snapshots so that both write dates, instants and actors alike.</summary>
    internal JsonSerializerOptions Options => _options;

    /// <summary>The stored names of every event type, sorted.</summary>
    public static IReadOnlyList<string> EventNames { get; } = [.. TypesByName.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Serializes an event.</summary>
    /// <param name="planEvent">The event.</param>
    /// <returns>What a store keeps.</returns>
    public EventData Serialize(PlanEvent planEvent)
    {
        ArgumentNullException.ThrowIfNull(planEvent);
        var name = NamesByType[planEvent.GetType()];
        return new EventData(Guid.NewGuid(), name.Name, name.SchemaVersion, JsonSerializer.Serialize(planEvent, planEvent.GetType(), _options));
    }

    /// <summary>Deserializes an event.</summary>
    /// <param name="data">What a store kept.</param>
    /// <returns>The event.</returns>
    /// <exception cref="JsonException">The type name is unknown, the schema version is newer than this library, or the JSON does not fit.</exception>
    public PlanEvent Deserialize(EventData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!TypesByName.TryGetValue(data.Type, out var type))
        {
            throw new JsonException($"Unknown event type '{data.Type}'.");
        }

        var known = NamesByType[type].SchemaVersion;
        if (data.SchemaVersion > known)
        {
            throw new JsonException($"Event '{data.Type}' has schema version {data.SchemaVersion}; this library reads up to {known}.");
        }

        return (PlanEvent?)JsonSerializer.Deserialize(data.Data, type, _options)
            ?? throw new JsonException($"Event '{data.Type}' is null.");
    }
}
