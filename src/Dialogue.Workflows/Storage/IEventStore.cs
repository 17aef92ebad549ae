namespace Dialogue.Workflows.Storage;

/// <summary>
/// Append-only event streams, one per plan instance, with optimistic concurrency.
/// </summary>
/// <remarks>
/// <para>
/// An append names the version the caller last saw (<c>expectedVersion</c>, 0 for a new stream).
/// When another writer appended first, the append fails with <see cref="ConcurrencyException"/> and
/// writes nothing: the caller reloads and retries. Events of one append are stored together or not
/// at all, with contiguous versions.
/// </para>
/// <para>
/// A command's events can be appended under its command id (<see cref="AppendCommandAsync"/>): the
/// store keeps the id with the versions it produced, unique per stream, so a command repeated after
/// an ambiguous failure (the connection lost during the commit) is recorded once.
/// </para>
/// <para>
/// Implementations: <see cref="InMemoryEventStore"/> (tests, one process), SQLite (one machine) and
/// PostgreSQL (several host processes). All pass the same contract test suite.
/// </para>
/// </remarks>
public interface IEventStore
{
    /// <summary>Appends events to a stream if its version is still <paramref name="expectedVersion"/>.</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="expectedVersion">The stream's version the caller last saw; 0 when creating it.</param>
    /// <param name="events">The events, at least one.</param>
    /// <param name="cancellationToken">Cancels the append; nothing is written when it is cancelled.</param>
    /// <returns>The stream's new version and the last event's position.</returns>
    /// <exception cref="ConcurrencyException">The stream's version is not <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="ArgumentException">The stream id is empty, no events are given, or the expected version is negative.</exception>
    ValueTask<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends the events of one command, once: when the stream already records <paramref name="commandId"/>,
    /// appends nothing and returns the command as first recorded, whatever <paramref name="expectedVersion"/> says.
    /// </summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="expectedVersion">The stream's version the caller last saw; 0 when creating it.</param>
    /// <param name="commandId">The command's id: chosen once per command and reused when it is repeated after a failure.</param>
    /// <param name="events">The events, at least one.</param>
    /// <param name="cancellationToken">Cancels the append; nothing is written when it is cancelled.</param>
    /// <returns>The command as recorded, and whether it had been recorded before.</returns>
    /// <remarks>
    /// The check and the append are one atomic step: two writers appending the same command id at
    /// once, from any process, record it once; the other gets the first one's record. A command id
    /// names one command: a different command repeated under the same id also gets the first one's record.
    /// </remarks>
    /// <exception cref="ConcurrencyException">The command is not recorded and the stream's version is not <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="ArgumentException">An argument breaks a rule of <see cref="EventStoreGuard"/>.</exception>
    ValueTask<CommandAppendResult> AppendCommandAsync(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default);

    /// <summary>Finds a command the stream records.</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="commandId">The command's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The command as recorded, or null when the stream does not record it.</returns>
    ValueTask<RecordedCommand?> FindCommandAsync(string streamId, string commandId, CancellationToken cancellationToken = default);

    /// <summary>Reads a stream's events in order.</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="fromVersion">The first version to read (1 for the whole stream).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events, oldest first; empty when the stream does not exist.</returns>
    ValueTask<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default);

    /// <summary>Reads events of every stream in store order, from a position.</summary>
    /// <param name="fromPosition">The first position to read (1 for everything).</param>
    /// <param name="maxCount">How many events at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events in position order.</returns>
    ValueTask<IReadOnlyList<RecordedEvent>> ReadAllAsync(long fromPosition, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>The ids of every stream, in the order they were created.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The stream ids.</returns>
    ValueTask<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default);
}
