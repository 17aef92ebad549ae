namespace Dialogue.Workflows.Storage;

/// <summary>An <see cref="IEventStore"/> in this process's memory: for tests and short-lived tools.</summary>
/// <remarks>Thread-safe; every append is atomic. Nothing survives the process.</remarks>
public sealed class InMemoryEventStore : IEventStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<RecordedEvent>> _streams = new(StringComparer.Ordinal);
    private readonly List<string> _streamOrder = [];
    private readonly List<RecordedEvent> _all = [];
    private readonly Dictionary<(string Stream, string Command), RecordedCommand> _commands = [];

    /// <inheritdoc />
    public ValueTask<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
    {
        EventStoreGuard.CheckAppend(streamId, expectedVersion, events);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(AppendLocked(streamId, expectedVersion, events));
        }
    }

    /// <inheritdoc />
    public ValueTask<CommandAppendResult> AppendCommandAsync(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
    {
        EventStoreGuard.CheckCommandAppend(streamId, expectedVersion, commandId, events);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_commands.TryGetValue((streamId, commandId), out var recorded))
            {
                return ValueTask.FromResult(new CommandAppendResult(recorded, Repeated: true));
            }

            var result = AppendLocked(streamId, expectedVersion, events);
            recorded = new RecordedCommand(streamId, commandId, expectedVersion + 1, result.StreamVersion);
            _commands.Add((streamId, commandId), recorded);
            return ValueTask.FromResult(new CommandAppendResult(recorded, Repeated: false));
        }
    }

    /// <inheritdoc />
    public ValueTask<RecordedCommand?> FindCommandAsync(string streamId, string commandId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        EventStoreGuard.CheckCommandId(commandId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_commands.GetValueOrDefault((streamId, commandId)));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_streams.TryGetValue(streamId, out var stream))
            {
                return ValueTask.FromResult<IReadOnlyList<RecordedEvent>>([]);
            }

            var skip = (int)Math.Clamp(fromVersion - 1, 0, stream.Count);
            return ValueTask.FromResult<IReadOnlyList<RecordedEvent>>(stream.GetRange(skip, stream.Count - skip));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<RecordedEvent>> ReadAllAsync(long fromPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var skip = (int)Math.Clamp(fromPosition - 1, 0, _all.Count);
            var take = Math.Min(maxCount, _all.Count - skip);
            return ValueTask.FromResult<IReadOnlyList<RecordedEvent>>(_all.GetRange(skip, take));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<string>>([.. _streamOrder]);
        }
    }

    private AppendResult AppendLocked(string streamId, long expectedVersion, IReadOnlyList<EventData> events)
    {
        var stream = _streams.GetValueOrDefault(streamId);
        var actual = stream?.Count ?? 0;
        if (actual != expectedVersion)
        {
            throw new ConcurrencyException(streamId, expectedVersion, actual);
        }

        if (stream is null)
        {
            stream = [];
            _streams.Add(streamId, stream);
            _streamOrder.Add(streamId);
        }

        foreach (var data in events)
        {
            var recorded = new RecordedEvent(streamId, stream.Count + 1, _all.Count + 1, data);
            stream.Add(recorded);
            _all.Add(recorded);
        }

        return new AppendResult(stream.Count, _all.Count);
    }
}
