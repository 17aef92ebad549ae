using Dialogue.Workflows.Storage;
using NodaTime;

namespace Dialogue.Workflows.Sqlite;

/// <summary>
/// An <see cref="INotificationLedger"/> in the <c>notifications</c> table of a <see cref="SqliteEventStore"/>'s
/// file, so that every thread and process whose monitor uses that file delivers a deadline notification once.
/// </summary>
/// <remarks>
/// <para>
/// A claim is one conditional <c>INSERT … ON CONFLICT DO UPDATE … WHERE</c> statement: SQLite runs it
/// under the file's write lock, so of several hosts claiming the same key at once exactly one changes
/// the row, and the changed-row count says which. The ledger uses the store's connections, busy timeout
/// and errors (<see cref="StoreUnavailableException"/>, <see cref="StoreCorruptException"/>), and the
/// store's schema migration creates the table; it does not own the store, which is closed by whoever
/// created it.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// using var store = new SqliteEventStore("plans.db");
/// var ledger = new SqliteNotificationLedger(store);
/// if (await ledger.TryClaimAsync(key, "host-a", now, now + Duration.FromMinutes(5))) { /* deliver */ }
/// </code>
/// </example>
public sealed class SqliteNotificationLedger : INotificationLedger
{
    private const string Claimed = "claimed";
    private const string Delivered = "delivered";
    private const string Failed = "failed";

    // A delivered row is never touched; a failed one is taken over; a claimed one only once its lease has run out.
    private const string ClaimSql = """
        INSERT INTO notifications (key, state, owner, attempts, lease_until, delivered_at, last_error)
        VALUES ($key, 'claimed', $owner, 1, $lease_until, NULL, NULL)
        ON CONFLICT (key) DO UPDATE SET
            state = 'claimed', owner = excluded.owner, attempts = notifications.attempts + 1,
            lease_until = excluded.lease_until, delivered_at = NULL
        WHERE notifications.state = 'failed' OR (notifications.state = 'claimed' AND notifications.lease_until <= $now)
        """;

    private const string DeliveredSql = "UPDATE notifications SET state = 'delivered', owner = $owner, delivered_at = $at WHERE key = $key";

    // A late failure report from a host whose lease ran out must not undo another host's delivery.
    private const string FailedSql = "UPDATE notifications SET state = 'failed', owner = $owner, last_error = $error WHERE key = $key AND state <> 'delivered'";

    private const string ExistsSql = "SELECT count(*) FROM notifications WHERE key = $key";

    private const string GetSql = "SELECT state, owner, attempts, lease_until, delivered_at, last_error FROM notifications WHERE key = $key";

    private readonly SqliteEventStore _store;

    /// <summary>Creates a ledger in the store's file; nothing is opened until the first call.</summary>
    /// <param name="store">The store whose file and connections the ledger shares.</param>
    public SqliteNotificationLedger(SqliteEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <inheritdoc />
    /// <exception cref="StoreUnavailableException">The file is locked past the busy timeout, or cannot be opened or written.</exception>
    public ValueTask<bool> TryClaimAsync(string key, string owner, Instant now, Instant leaseUntil, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_store.Run($"claim notification '{key}'", session =>
        {
            var command = session.Statement(ClaimSql, "$key", "$owner", "$lease_until", "$now");
            command.Parameters[0].Value = key;
            command.Parameters[1].Value = owner;
            command.Parameters[2].Value = leaseUntil.ToUnixTimeTicks();
            command.Parameters[3].Value = now.ToUnixTimeTicks();
            // An upsert whose WHERE refused the update changes no row.
            return command.ExecuteNonQuery() == 1;
        }));
    }

    /// <inheritdoc />
    /// <exception cref="KeyNotFoundException">The notification was never claimed.</exception>
    public ValueTask MarkDeliveredAsync(string key, string owner, Instant at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        cancellationToken.ThrowIfCancellationRequested();
        var changed = _store.Run($"record notification '{key}' as delivered", session =>
        {
            var command = session.Statement(DeliveredSql, "$key", "$owner", "$at");
            command.Parameters[0].Value = key;
            command.Parameters[1].Value = owner;
            command.Parameters[2].Value = at.ToUnixTimeTicks();
            return command.ExecuteNonQuery();
        });
        return changed == 1 ? ValueTask.CompletedTask : throw NeverClaimed(key);
    }

    /// <inheritdoc />
    /// <remarks>A notification already delivered (by another host, after this one's lease ran out) stays delivered.</remarks>
    /// <exception cref="KeyNotFoundException">The notification was never claimed.</exception>
    public ValueTask MarkFailedAsync(string key, string owner, string error, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentNullException.ThrowIfNull(error);
        cancellationToken.ThrowIfCancellationRequested();
        var known = _store.Run($"record notification '{key}' as failed", session =>
        {
            var command = session.Statement(FailedSql, "$key", "$owner", "$error");
            command.Parameters[0].Value = key;
            command.Parameters[1].Value = owner;
            command.Parameters[2].Value = error;
            if (command.ExecuteNonQuery() == 1)
            {
                return true;
            }

            var exists = session.Statement(ExistsSql, "$key");
            exists.Parameters[0].Value = key;
            return exists.ExecuteScalar() is long count && count > 0;
        });
        return known ? ValueTask.CompletedTask : throw NeverClaimed(key);
    }

    /// <inheritdoc />
    /// <exception cref="StoreCorruptException">The row holds a state or value this library does not write.</exception>
    public ValueTask<NotificationRecord?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_store.Run<NotificationRecord?>($"read notification '{key}'", session =>
        {
            var command = session.Statement(GetSql, "$key");
            command.Parameters[0].Value = key;
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            var state = reader.GetString(0) switch
            {
                Claimed => NotificationState.Claimed,
                Delivered => NotificationState.Delivered,
                Failed => NotificationState.Failed,
                // Run turns a FormatException into StoreCorruptException naming the file.
                var other => throw new FormatException($"notification '{key}' has the unknown state '{other}'"),
            };
            return new NotificationRecord(
                key,
                state,
                reader.GetString(1),
                reader.GetInt32(2),
                Instant.FromUnixTimeTicks(reader.GetInt64(3)),
                reader.IsDBNull(4) ? null : Instant.FromUnixTimeTicks(reader.GetInt64(4)),
                reader.IsDBNull(5) ? null : reader.GetString(5));
        }));
    }

    private static KeyNotFoundException NeverClaimed(string key) => new($"Notification '{key}' was never claimed.");
}
