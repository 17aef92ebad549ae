using Dialogue.Workflows.Storage;

namespace Dialogue.Workflows.AspNetCore.Tests;

/// <summary>An in-memory store that can be made unavailable, as a database server that went away.</summary>
internal sealed class SwitchableStore : IEventStore
{
    private readonly InMemoryEventStore _inner = new();

    public bool Unavailable { get; set; }

    private void Check()
    {
        if (Unavailable)
        {
            throw new StoreUnavailableException("test", "the server went away");
        }
    }

    public ValueTask<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
    {
        Check();
        return _inner.AppendAsync(streamId, expectedVersion, events, cancellationToken);
    }

    public ValueTask<CommandAppendResult> AppendCommandAsync(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events,
        CancellationToken cancellationToken = default)
    {
        Check();
        return _inner.AppendCommandAsync(streamId, expectedVersion, commandId, events, cancellationToken);
    }

    public ValueTask<RecordedCommand?> FindCommandAsync(string streamId, string commandId, CancellationToken cancellationToken = default)
    {
        Check();
        return _inner.FindCommandAsync(streamId, commandId, cancellationToken);
    }

    public ValueTask<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default)
    {
        Check();
        return _inner.ReadStreamAsync(streamId, fromVersion, cancellationToken);
    }

    public ValueTask<IReadOnlyList<RecordedEvent>> ReadAllAsync(long fromPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        Check();
        return _inner.ReadAllAsync(fromPosition, maxCount, cancellationToken);
    }

    public ValueTask<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default)
    {
        Check();
        return _inner.ListStreamsAsync(cancellationToken);
    }
}
