namespace Dialogue.Workflows.Storage;

/// <summary>An event to append: its identity, its type name and schema version, and its serialized body.</summary>
/// <remarks>
/// Stores never interpret <see cref="Data"/>: the engine serializes and deserializes events, so every
/// store keeps exactly the same bytes, and old events still load after the code changes through the
/// type name and <see cref="SchemaVersion"/>.
/// </remarks>
/// <param name="EventId">A unique id, so that a retried append can be recognised.</param>
/// <param name="Type">The event's stable type name, e.g. <c>session-held</c>.</param>
/// <param name="SchemaVersion">The version of the event's schema, from 1.</param>
/// <param name="Data">The event's body, as JSON.</param>
public sealed record EventData(Guid EventId, string Type, int SchemaVersion, string Data);
