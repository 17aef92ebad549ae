namespace Dialogue.Workflows.Storage;

/// <summary>An event as a store keeps it: the appended <see cref="EventData"/> with its place in its stream and in the store.</summary>
/// <param name="StreamId">The stream (one per plan instance).</param>
/// <param name="Version">The event's number within its stream: 1, 2, 3 … without gaps.</param>
/// <param name="Position">The event's number across the whole store, increasing with every append (gaps are allowed).</param>
/// <param name="Event">The event as appended.</param>
public sealed record RecordedEvent(string StreamId, long Version, long Position, EventData Event);
