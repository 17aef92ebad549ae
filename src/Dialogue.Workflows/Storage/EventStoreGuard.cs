namespace Dialogue.Workflows.Storage;

/// <summary>Argument checks every <see cref="IEventStore"/> makes the same way, before touching storage.</summary>
public static class EventStoreGuard
{
    /// <summary>Checks the arguments of an append.</summary>
    /// <param name="streamId">The stream id: not empty, at most 200 characters.</param>
    /// <param name="expectedVersion">Not negative.</param>
    /// <param name="events">At least one, none null, each with a type name and a schema version from 1.</param>
    /// <exception cref="ArgumentException">An argument breaks a rule above; the message names it.</exception>
    public static void CheckAppend(string streamId, long expectedVersion, IReadOnlyList<EventData> events)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        if (streamId.Length > 200)
        {
            throw new ArgumentException($"A stream id has at most 200 characters; this one has {streamId.Length}.", nameof(streamId));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("An append needs at least one event.", nameof(events));
        }

        foreach (var data in events)
        {
            ArgumentNullException.ThrowIfNull(data, nameof(events));
            ArgumentException.ThrowIfNullOrWhiteSpace(data.Type, nameof(events));
            ArgumentNullException.ThrowIfNull(data.Data, nameof(events));
            if (data.SchemaVersion < 1)
            {
                throw new ArgumentException($"Event '{data.Type}' has schema version {data.SchemaVersion}; versions start at 1.", nameof(events));
            }
        }
    }

    /// <summary>The most characters a command id may have.</summary>
    public const int MaxCommandIdLength = 200;

    /// <summary>Checks the arguments of an append under a command id.</summary>
    /// <param name="streamId">The stream id, as for <see cref="CheckAppend"/>.</param>
    /// <param name="expectedVersion">Not negative.</param>
    /// <param name="commandId">The command id: not blank, at most <see cref="MaxCommandIdLength"/> characters.</param>
    /// <param name="events">As for <see cref="CheckAppend"/>.</param>
    /// <exception cref="ArgumentException">An argument breaks a rule; the message names it.</exception>
    public static void CheckCommandAppend(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events)
    {
        CheckAppend(streamId, expectedVersion, events);
        CheckCommandId(commandId);
    }

    /// <summary>Checks a command id.</summary>
    /// <param name="commandId">Not blank, at most <see cref="MaxCommandIdLength"/> characters.</param>
    /// <exception cref="ArgumentException">The id breaks a rule; the message names it.</exception>
    public static void CheckCommandId(string commandId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(commandId);
        if (commandId.Length > MaxCommandIdLength)
        {
            throw new ArgumentException($"A command id has at most {MaxCommandIdLength} characters; this one has {commandId.Length}.", nameof(commandId));
        }
    }

    /// <summary>Checks that a read model update belongs to the plan and version it is appended with.</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="version">The stream's version after the append.</param>
    /// <param name="update">The update: its summary names the stream and that version, and every step names the stream.</param>
    /// <exception cref="ArgumentException">The update is of another plan or version.</exception>
    public static void CheckUpdate(string streamId, long version, ReadModelUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(update.Summary, nameof(update));
        ArgumentNullException.ThrowIfNull(update.Items, nameof(update));
        if (update.Summary.PlanId != streamId || update.Summary.Version != version)
        {
            throw new ArgumentException(
                $"The read model update is of plan '{update.Summary.PlanId}' at version {update.Summary.Version}, not of '{streamId}' at {version}.", nameof(update));
        }

        if (update.Items.Any(i => i is null || i.PlanId != streamId))
        {
            throw new ArgumentException($"Every step of the read model update of plan '{streamId}' must name that plan.", nameof(update));
        }
    }

    /// <summary>Checks a snapshot before it is written.</summary>
    /// <param name="snapshot">The snapshot: a stream id, a version of at least 1, a type key and a body.</param>
    /// <exception cref="ArgumentException">A part is missing or out of range.</exception>
    public static void CheckSnapshot(StreamSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentException.ThrowIfNullOrWhiteSpace(snapshot.StreamId, nameof(snapshot));
        ArgumentNullException.ThrowIfNull(snapshot.TypeKey, nameof(snapshot));
        ArgumentNullException.ThrowIfNull(snapshot.Data, nameof(snapshot));
        if (snapshot.Version < 1)
        {
            throw new ArgumentException($"A snapshot is of version 1 or later; this one is of {snapshot.Version}.", nameof(snapshot));
        }
    }
}
