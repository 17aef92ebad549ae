using Dialogue.Workflows.Storage;
using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace Dialogue.Workflows.PostgreSql;

/// <summary>
/// An <see cref="INotificationLedger"/> in the <c>notifications</c> table of a <see cref="PostgreSqlEventStore"/>'s
/// schema, so that every host sharing the database delivers a deadline notification once.
/// </summary>
/// <remarks>
/// <para>
/// A claim is one <c>INSERT … ON CONFLICT (key) DO UPDATE … WHERE … RETURNING</c> statement: PostgreSQL
/// locks the conflicting row and checks the condition against its latest committed version, so of
/// several hosts claiming one key at once exactly one gets a row back. Instants are kept as
/// <c>timestamptz</c>, to the microsecond.
/// </para>
/// <para>
/// The ledger uses the store's connections and errors, and the store's schema migration creates the
/// table; it does not own the store, which is closed by whoever created it.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// await using var store = new PostgreSqlEventStore(connectionString);
/// var ledger = new PostgreSqlNotificationLedger(store);
/// if (await ledger.TryClaimAsync(key, "host-a", now, now + Duration.FromMinutes(5))) { /* deliver */ }
/// </code>
/// </example>
public sealed class PostgreSqlNotificationLedger : INotificationLedger
{
    private readonly PostgreSqlEventStore _store;
    private readonly string _claim;
    private readonly string _delivered;
    private readonly string _failed;
    private readonly string _get;
    private readonly string _getMany;

    /// <summary>Creates a ledger in the store's schema; nothing is opened until the first call.</summary>
    /// <param name="store">The store whose schema and connections the ledger shares.</param>
    public PostgreSqlNotificationLedger(PostgreSqlEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        var s = $"\"{store.Schema}\"";
        // A delivered row is never touched; a failed one is taken over; a claimed one only once its lease has run out.
        _claim = $"""
            INSERT INTO {s}.notifications AS n (key, state, owner, attempts, lease_until)
            VALUES ($1, 'claimed', $2, 1, $3)
            ON CONFLICT (key) DO UPDATE SET
                state = 'claimed', owner = excluded.owner, attempts = n.attempts + 1,
                lease_until = excluded.lease_until, delivered_at = NULL
            WHERE n.state <> 'delivered' AND (n.state = 'failed' OR n.lease_until <= $4)
            RETURNING n.attempts
            """;
        _delivered = $"UPDATE {s}.notifications SET state = 'delivered', owner = $2, delivered_at = $3 WHERE key = $1";
        // A late failure report from a host whose lease ran out must not undo another host's delivery;
        // the row count still tells a known key from an unknown one.
        _failed = $"""
            WITH found AS (SELECT key FROM {s}.notifications WHERE key = $1),
                 changed AS (UPDATE {s}.notifications SET state = 'failed', owner = $2, last_error = $3 WHERE key = $1 AND state <> 'delivered')
            SELECT count(*) FROM found
            """;
        _get = $"SELECT state, owner, attempts, lease_until, delivered_at, last_error FROM {s}.notifications WHERE key = $1";
        _getMany = $"SELECT state, owner, attempts, lease_until, delivered_at, last_error, key FROM {s}.notifications WHERE key = ANY($1)";
    }

    /// <inheritdoc />
    /// <exception cref="StoreUnavailableException">The server cannot be reached or refused the write.</exception>
    public async ValueTask<bool> TryClaimAsync(string key, string owner, Instant now, Instant leaseUntil, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        return await RunAsync($"claim notification '{key}'", _claim, [Text(key), Text(owner), At(leaseUntil), At(now)],
            async command => await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="KeyNotFoundException">The notification was never claimed.</exception>
    public async ValueTask MarkDeliveredAsync(string key, string owner, Instant at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var changed = await RunAsync($"record notification '{key}' as delivered", _delivered, [Text(key), Text(owner), At(at)],
            command => command.ExecuteNonQueryAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
        if (changed != 1)
        {
            throw NeverClaimed(key);
        }
    }

    /// <inheritdoc />
    /// <remarks>A notification already delivered (by another host, after this one's lease ran out) stays delivered.</remarks>
    /// <exception cref="KeyNotFoundException">The notification was never claimed.</exception>
    public async ValueTask MarkFailedAsync(string key, string owner, string error, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentNullException.ThrowIfNull(error);
        var found = await RunAsync($"record notification '{key}' as failed", _failed, [Text(key), Text(owner), Text(error)],
            async command => (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!, cancellationToken).ConfigureAwait(false);
        if (found == 0)
        {
            throw NeverClaimed(key);
        }
    }

    /// <inheritdoc />
    /// <exception cref="StoreCorruptException">The row holds a state this library does not write.</exception>
    public async ValueTask<NotificationRecord?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return await RunAsync($"read notification '{key}'", _get, [Text(key)], async command =>
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            return Read(reader, key);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>One statement for all the keys.</remarks>
    /// <exception cref="StoreCorruptException">A row holds a state this library does not write.</exception>
    public async ValueTask<IReadOnlyDictionary<string, NotificationRecord>> GetManyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var records = new Dictionary<string, NotificationRecord>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return records;
        }

        return await RunAsync($"read {keys.Count} notification(s)", _getMany, [new NpgsqlParameter<string[]> { TypedValue = [.. keys], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text }], async command =>
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = reader.GetString(6);
                records[key] = Read(reader, key);
            }

            return records;
        }, cancellationToken).ConfigureAwait(false);
    }

    // The columns state, owner, attempts, lease_until, delivered_at, last_error, in that order.
    private NotificationRecord Read(NpgsqlDataReader reader, string key)
    {
        var state = reader.GetString(0) switch
        {
            "claimed" => NotificationState.Claimed,
            "delivered" => NotificationState.Delivered,
            "failed" => NotificationState.Failed,
            var other => throw new StoreCorruptException(_store.Store, $"notification '{key}' has the unknown state '{other}'"),
        };
        return new NotificationRecord(
            key,
            state,
            reader.GetString(1),
            reader.GetInt32(2),
            Instant.FromDateTimeUtc(reader.GetFieldValue<DateTime>(3)),
            reader.IsDBNull(4) ? null : Instant.FromDateTimeUtc(reader.GetFieldValue<DateTime>(4)),
            reader.IsDBNull(5) ? null : reader.GetString(5));
    }

    private async Task<T> RunAsync<T>(string action, string sql, NpgsqlParameter[] parameters, Func<NpgsqlCommand, Task<T>> run, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await _store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = _store.DataSource.CreateCommand(sql);
            command.Parameters.AddRange(parameters);
            return await run(command).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            throw _store.Translate(e, action);
        }
    }

    private static NpgsqlParameter<string> Text(string value) => new() { TypedValue = value };

    // A UTC DateTime is sent as timestamptz.
    private static NpgsqlParameter<DateTime> At(Instant value) => new() { TypedValue = value.ToDateTimeUtc() };

    private static KeyNotFoundException NeverClaimed(string key) => new($"Notification '{key}' was never claimed.");
}
