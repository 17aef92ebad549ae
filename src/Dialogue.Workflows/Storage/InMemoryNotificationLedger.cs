using NodaTime;

namespace Dialogue.Workflows.Storage;

/// <summary>An <see cref="INotificationLedger"/> in this process's memory: for tests and for several monitors in one process.</summary>
public sealed class InMemoryNotificationLedger : INotificationLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, NotificationRecord> _records = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<bool> TryClaimAsync(string key, string owner, Instant now, Instant leaseUntil, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_records.TryGetValue(key, out var record)
                && (record.State == NotificationState.Delivered || (record.State == NotificationState.Claimed && record.LeaseUntil > now)))
            {
                return ValueTask.FromResult(false);
            }

            _records[key] = new NotificationRecord(key, NotificationState.Claimed, owner, (record?.Attempts ?? 0) + 1, leaseUntil, null, record?.LastError);
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask MarkDeliveredAsync(string key, string owner, Instant at, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var record = Existing(key);
            _records[key] = record with { State = NotificationState.Delivered, Owner = owner, DeliveredAt = at };
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask MarkFailedAsync(string key, string owner, string error, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var record = Existing(key);
            _records[key] = record with { State = NotificationState.Failed, Owner = owner, LastError = error };
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<NotificationRecord?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_records.GetValueOrDefault(key));
        }
    }

    private NotificationRecord Existing(string key) =>
        _records.TryGetValue(key, out var record) ? record : throw new KeyNotFoundException($"Notification '{key}' was never claimed.");
}
