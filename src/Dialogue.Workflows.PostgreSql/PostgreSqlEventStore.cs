using Dialogue.Workflows.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Dialogue.Workflows.PostgreSql;

/// <summary>
/// An <see cref="IEventStore"/> on PostgreSQL, for several host processes sharing one database.
/// </summary>
/// <remarks>
/// <para>
/// An append is one transaction. It first moves the stream's head row from the expected version to
/// the new one (<c>UPDATE … WHERE version = expected</c>, or an insert for a new stream). That row
/// lock orders writers of one plan: a second writer with the same expected version waits for the
/// first to commit, then finds the version moved and gets <see cref="ConcurrencyException"/>;
/// nothing it sent is kept. A unique (stream, version) constraint backs the check.
/// </para>
/// <para>
/// The head row, the plan's read model rows (or its pending mark) and the events go to the server in
/// one batch, run in that order, and the commit follows: two round trips, three with a command id,
/// whose row is claimed on its own first.
/// </para>
/// <para>
/// Positions are not taken from a sequence, whose numbers commit in any order: a reader following
/// <see cref="ReadAllAsync"/> could pass position 11, committed, while 10 was still in flight, and never
/// see it. Instead the append takes the lock of a single <c>position_head</c> row last, adds its events'
/// count to it, inserts the events with those positions and commits, keeping the lock until then. So
/// positions are gapless and become visible in increasing order, and a reader that has seen position
/// <c>n</c> has seen every position below it. The price is that appends to different plans commit one
/// at a time (the lock is held only for the insert and the commit); the benchmarks measure it.
/// </para>
/// <para>
/// The store creates its schema and tables on first use and migrates an older schema version; a
/// newer one is refused with <see cref="StoreSchemaTooNewException"/>. A server that cannot be
/// reached or refuses the login raises <see cref="StoreUnavailableException"/>, naming the host,
/// database and schema (never the password). Event bodies are kept as text, exactly as given.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// await using var store = new PostgreSqlEventStore(new PostgreSqlEventStoreOptions { ConnectionString = "Host=db;Database=plans;Username=app;Password=…" });
/// await store.AppendAsync("plan-1", 0, [new EventData(Guid.NewGuid(), "plan-created", 1, "{}")]);
/// </code>
/// </example>
public sealed class PostgreSqlEventStore : IReadModelStore, ISnapshotStore, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgreSqlSchema _schema;
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private readonly string _createStream;
    private readonly string _moveHead;
    private readonly string _readHead;
    private readonly string _insertEvents;
    private readonly string _lastVersion;
    private readonly string _readStream;
    private readonly string _readAll;
    private readonly string _listStreams;
    private readonly string _claimCommand;
    private readonly string _findCommand;
    private readonly string _readSnapshot;
    private readonly string _writeSnapshot;
    private readonly string _deleteSnapshots;
    private readonly PostgreSqlReadModel _readModel;
    private volatile bool _initialized;

    /// <summary>Creates a store on a database, in the default schema.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <exception cref="ArgumentException">The connection string is missing or malformed.</exception>
    public PostgreSqlEventStore(string connectionString)
        : this(new PostgreSqlEventStoreOptions { ConnectionString = connectionString })
    {
    }

    /// <summary>Creates a store from options. Nothing is opened until the first operation or <see cref="InitializeAsync"/>.</summary>
    /// <param name="options">The database and schema.</param>
    /// <exception cref="ArgumentException">The options are invalid; see <see cref="PostgreSqlEventStoreOptions.Validate"/>.</exception>
    public PostgreSqlEventStore(PostgreSqlEventStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        var connection = builder.ConnectionStringBuilder;
        if (connection.MaxAutoPrepare == 0)
        {
            // The same few statements run over and over: prepared once per physical connection.
            connection.MaxAutoPrepare = 16;
        }

        Store = $"{connection.Host}:{connection.Port}/{connection.Database ?? connection.Username}, schema {options.Schema}";
        Schema = options.Schema;
        _dataSource = builder.Build();
        _schema = new PostgreSqlSchema(options.Schema);
        _readModel = new PostgreSqlReadModel(options.Schema);
        var s = $"\"{options.Schema}\"";
        _createStream = $"INSERT INTO {s}.streams (stream_id, version) VALUES ($1, $2) ON CONFLICT (stream_id) DO NOTHING";
        _moveHead = $"UPDATE {s}.streams SET version = $2 WHERE stream_id = $1 AND version = $3";
        _readHead = $"SELECT version FROM {s}.streams WHERE stream_id = $1";
        _insertEvents = $"""
            WITH head AS (UPDATE {s}.position_head SET position = position + $3
                WHERE id = 1 AND EXISTS (SELECT 1 FROM {s}.streams WHERE stream_id = $1 AND version = $2 + $3 AND xmin = pg_current_xact_id()::xid)
                RETURNING position - $3 AS before)
            INSERT INTO {s}.events (position, stream_id, version, event_id, type, schema_version, data)
            SELECT head.before + e.n, $1, $2 + e.n, e.event_id, e.type, e.schema_version, e.data
            FROM head, unnest($4::uuid[], $5::text[], $6::int[], $7::text[]) WITH ORDINALITY AS e (event_id, type, schema_version, data, n)
            ORDER BY e.n
            RETURNING position
            """;
        _lastVersion = $"SELECT coalesce(max(version), 0) FROM {s}.events WHERE stream_id = $1";
        _readStream = $"SELECT version, position, event_id, type, schema_version, data FROM {s}.events WHERE stream_id = $1 AND version >= $2 ORDER BY version";
        _readAll = $"SELECT stream_id, version, position, event_id, type, schema_version, data FROM {s}.events WHERE position >= $1 ORDER BY position LIMIT $2";
        _listStreams = $"SELECT stream_id FROM {s}.streams ORDER BY seq";
        _claimCommand = $"INSERT INTO {s}.commands (stream_id, command_id, first_version, last_version) VALUES ($1, $2, $3, $4) ON CONFLICT (stream_id, command_id) DO NOTHING";
        _findCommand = $"SELECT first_version, last_version FROM {s}.commands WHERE stream_id = $1 AND command_id = $2";
        _readSnapshot = $"SELECT version, format, type_key, type_version, data FROM {s}.snapshots WHERE stream_id = $1";
        // One statement: kept unless a later snapshot is, and only when the stream reaches its version.
        _writeSnapshot = $"""
            INSERT INTO {s}.snapshots (stream_id, version, format, type_key, type_version, data)
            SELECT $1, $2, $3, $4, $5, $6 WHERE EXISTS (SELECT 1 FROM {s}.streams WHERE stream_id = $1 AND version >= $2)
            ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, format = excluded.format, type_key = excluded.type_key,
                type_version = excluded.type_version, data = excluded.data
            WHERE excluded.version >= {s}.snapshots.version
            """;
        _deleteSnapshots = $"DELETE FROM {s}.snapshots";
    }

    /// <summary>The database, as errors name it: host, port, database and schema.</summary>
    public string Store { get; }

    /// <summary>The schema holding the store's tables.</summary>
    public string Schema { get; }

    /// <summary>
    /// Connects, creates or migrates the schema, so that a host finds a wrong connection string or a
    /// too-new schema at start-up rather than at its first command. Optional: the first operation does
    /// it otherwise. Safe to call more than once, from several hosts at once.
    /// </summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the schema is ready.</returns>
    /// <exception cref="StoreSchemaTooNewException">The schema was written by a newer version of the library.</exception>
    /// <exception cref="StoreUnavailableException">The server cannot be reached or refuses the login or the DDL.</exception>
    public async ValueTask InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_initialized)
        {
            return;
        }

        await _initializing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await _schema.MigrateAsync(connection, Store, cancellationToken).ConfigureAwait(false);
            _initialized = true;
        }
        catch (NpgsqlException e)
        {
            throw Translate(e, "open the database");
        }
        finally
        {
            _initializing.Release();
        }
    }

    /// <inheritdoc />
    /// <exception cref="StoreUnavailableException">The server cannot be reached or refused the write; nothing was written.</exception>
    public ValueTask<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default) =>
        AppendEventsAsync(streamId, expectedVersion, events, null, cancellationToken);

    /// <inheritdoc />
    /// <exception cref="StoreUnavailableException">The server cannot be reached or refused the write; nothing was written.</exception>
    public ValueTask<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, ReadModelUpdate update, CancellationToken cancellationToken = default)
    {
        EventStoreGuard.CheckUpdate(streamId, expectedVersion + (events?.Count ?? 0), update);
        return AppendEventsAsync(streamId, expectedVersion, events!, update, cancellationToken);
    }

    private async ValueTask<AppendResult> AppendEventsAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, ReadModelUpdate? update, CancellationToken cancellationToken)
    {
        EventStoreGuard.CheckAppend(streamId, expectedVersion, events);
        cancellationToken.ThrowIfCancellationRequested();
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return (await AppendAsync(connection, streamId, expectedVersion, events, null, update, cancellationToken).ConfigureAwait(false)).Result;
            }
            catch (PostgresException e) when (e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "events_stream_version" })
            {
                // Only reached when the head row disagrees with the events (edited by hand): the
                // unique (stream, version) constraint refused a version already recorded.
                throw new ConcurrencyException(streamId, expectedVersion, await LastVersionAsync(connection, streamId, cancellationToken).ConfigureAwait(false));
            }
            catch (PostgresException e) when (e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "events_pkey" })
            {
                // Retrying cannot help: every append would take a position that is already used.
                throw new StoreCorruptException(Store, "position_head is behind the positions of the recorded events; set it to their maximum", e);
            }
        }
        catch (NpgsqlException e)
        {
            throw Translate(e, $"append to stream '{streamId}'");
        }
    }

    /// <inheritdoc />
    /// <exception cref="StoreUnavailableException">The server cannot be reached or refused the write; when the connection was lost during the commit, repeat the call: it records the command at most once.</exception>
    public ValueTask<CommandAppendResult> AppendCommandAsync(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default) =>
        AppendCommandEventsAsync(streamId, expectedVersion, commandId, events, null, cancellationToken);

    /// <inheritdoc />
    /// <exception cref="StoreUnavailableException">The server cannot be reached or refused the write; when the connection was lost during the commit, repeat the call.</exception>
    public ValueTask<CommandAppendResult> AppendCommandAsync(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events, ReadModelUpdate update,
        CancellationToken cancellationToken = default)
    {
        EventStoreGuard.CheckUpdate(streamId, expectedVersion + (events?.Count ?? 0), update);
        return AppendCommandEventsAsync(streamId, expectedVersion, commandId, events!, update, cancellationToken);
    }

    private async ValueTask<CommandAppendResult> AppendCommandEventsAsync(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events,
        ReadModelUpdate? update, CancellationToken cancellationToken)
    {
        EventStoreGuard.CheckCommandAppend(streamId, expectedVersion, commandId, events);
        cancellationToken.ThrowIfCancellationRequested();
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var command = new RecordedCommand(streamId, commandId, expectedVersion + 1, expectedVersion + events.Count);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var result = await AppendAsync(connection, streamId, expectedVersion, events, command, update, cancellationToken).ConfigureAwait(false);
                return result.Repeated is { } earlier ? new CommandAppendResult(earlier, Repeated: true) : new CommandAppendResult(command, Repeated: false);
            }
            catch (PostgresException e) when (e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "events_stream_version" })
            {
                throw new ConcurrencyException(streamId, expectedVersion, await LastVersionAsync(connection, streamId, cancellationToken).ConfigureAwait(false));
            }
            catch (PostgresException e) when (e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "events_pkey" })
            {
                throw new StoreCorruptException(Store, "position_head is behind the positions of the recorded events; set it to their maximum", e);
            }
        }
        catch (NpgsqlException e)
        {
            throw Translate(e, $"append command '{commandId}' to stream '{streamId}'");
        }
    }

    /// <inheritdoc />
    public async ValueTask<RecordedCommand?> FindCommandAsync(string streamId, string commandId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        EventStoreGuard.CheckCommandId(commandId);
        var found = await ReadAsync($"find command '{commandId}' in stream '{streamId}'", _findCommand, [Parameter(streamId), Parameter(commandId)],
            reader => new RecordedCommand(streamId, commandId, reader.GetInt64(0), reader.GetInt64(1)), cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        return await ReadAsync($"read stream '{streamId}'", _readStream, [Parameter(streamId), Parameter(fromVersion)],
            reader => new RecordedEvent(streamId, reader.GetInt64(0), reader.GetInt64(1),
                new EventData(reader.GetGuid(2), reader.GetString(3), reader.GetInt32(4), reader.GetString(5))),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<RecordedEvent>> ReadAllAsync(long fromPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        if (maxCount == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return [];
        }

        return await ReadAsync("read all events", _readAll, [Parameter(fromPosition), Parameter((long)maxCount)],
            reader => new RecordedEvent(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2),
                new EventData(reader.GetGuid(3), reader.GetString(4), reader.GetInt32(5), reader.GetString(6))),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync("list streams", _listStreams, [], reader => reader.GetString(0), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<int> WriteReadModelAsync(IReadOnlyList<ReadModelUpdate> updates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count == 0)
        {
            return 0;
        }

        return await WithTransactionAsync("write the read model", (c, t) => _readModel.WriteCheckedAsync(c, t, updates, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<ReadModelState> GetReadModelStateAsync(CancellationToken cancellationToken = default) =>
        await WithConnectionAsync("read the read model's state", c => _readModel.StateAsync(c, cancellationToken), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask MarkAllPendingAsync(int format, CancellationToken cancellationToken = default) =>
        await WithTransactionAsync("mark every plan for the read model", async (c, t) =>
        {
            await _readModel.MarkAllPendingAsync(c, t, format, cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask SetCalendarAsync(string calendar, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        await WithTransactionAsync("record the read model's calendar", async (c, t) =>
        {
            await _readModel.SetCalendarAsync(c, t, calendar, cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<string>> ReadPendingAsync(int limit, CancellationToken cancellationToken = default) =>
        await WithConnectionAsync("read the plans waiting for the read model", c => _readModel.PendingAsync(c, limit, cancellationToken), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<string>> ReadOtherCalendarAsync(string calendar, string? after, int limit, CancellationToken cancellationToken = default) =>
        await WithConnectionAsync("read plans computed with another calendar", c => _readModel.OtherCalendarAsync(c, calendar, after, limit, cancellationToken), cancellationToken)
            .ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<PlanPage> QueryPlansAsync(PlanQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, PlanQuery.MaxLimit);
        return await WithConnectionAsync("list plans", c => _readModel.PlansAsync(c, query, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<DatedItem>> QueryDueAsync(DueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, DueQuery.MaxLimit);
        return await WithConnectionAsync("read what is due", c => _readModel.DueAsync(c, query, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<PlanSummary>> ReadDamagedAsync(int limit, CancellationToken cancellationToken = default) =>
        await WithConnectionAsync("read damaged plans", c => _readModel.DamagedAsync(c, limit, cancellationToken), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<StreamSnapshot?> ReadSnapshotAsync(string streamId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        var found = await ReadAsync($"read the snapshot of stream '{streamId}'", _readSnapshot, [Parameter(streamId)],
            reader => new StreamSnapshot(streamId, reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4)),
            cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public async ValueTask<bool> WriteSnapshotAsync(StreamSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        EventStoreGuard.CheckSnapshot(snapshot);
        return await WithConnectionAsync($"write the snapshot of stream '{snapshot.StreamId}'", async connection =>
        {
            await using var command = new NpgsqlCommand(_writeSnapshot, connection)
            {
                Parameters =
                {
                    Parameter(snapshot.StreamId), Parameter(snapshot.Version), new NpgsqlParameter<int> { TypedValue = snapshot.Format }, Parameter(snapshot.TypeKey),
                    new NpgsqlParameter<int> { TypedValue = snapshot.TypeVersion }, Parameter(snapshot.Data),
                },
            };
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<int> DeleteSnapshotsAsync(CancellationToken cancellationToken = default) =>
        await WithConnectionAsync("drop the snapshots", async connection =>
        {
            await using var command = new NpgsqlCommand(_deleteSnapshots, connection);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

    private async Task<T> WithConnectionAsync<T>(string action, Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await work(connection).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            throw Translate(e, action);
        }
    }

    private Task<T> WithTransactionAsync<T>(string action, Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        WithConnectionAsync(action, async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var result = await work(connection, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }, cancellationToken);

    /// <summary>Closes the store's connections.</summary>
    /// <returns>A task that completes when they are closed.</returns>
    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        _initializing.Dispose();
    }

    /// <summary>Closes the store's connections.</summary>
    public void Dispose()
    {
        _dataSource.Dispose();
        _initializing.Dispose();
    }

    private async Task<(AppendResult Result, RecordedCommand? Repeated)> AppendAsync(NpgsqlConnection connection, string streamId, long expectedVersion, IReadOnlyList<EventData> events,
        RecordedCommand? command, ReadModelUpdate? update, CancellationToken cancellationToken)
    {
        var version = expectedVersion + events.Count;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (command is not null)
        {
            // The command's row goes first. A second writer of the same command id waits here on the
            // first one's uncommitted row, then inserts nothing once it commits and reads its outcome.
            await using var claim = new NpgsqlCommand(_claimCommand, connection, transaction)
            {
                Parameters = { Parameter(streamId), Parameter(command.CommandId), Parameter(command.FirstVersion), Parameter(command.LastVersion) },
            };
            if (await claim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                await using var find = new NpgsqlCommand(_findCommand, connection, transaction) { Parameters = { Parameter(streamId), Parameter(command.CommandId) } };
                await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var earlier = new RecordedCommand(streamId, command.CommandId, reader.GetInt64(0), reader.GetInt64(1));
                await reader.DisposeAsync().ConfigureAwait(false);
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return (default, earlier);
            }
        }

        var ids = new Guid[events.Count];
        var types = new string[events.Count];
        var schemaVersions = new int[events.Count];
        var bodies = new string[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            (ids[i], types[i], schemaVersions[i], bodies[i]) = (events[i].EventId, events[i].Type, events[i].SchemaVersion, events[i].Data);
        }

        // One round trip for the head row, the read model and the events, run by the server in this order inside the
        // transaction: the head row's lock first, the position lock last (held to the commit). The insert takes the position
        // lock only when this transaction wrote the head row at the new version (its xmin), so an append whose head did not
        // move neither waits for nor holds the lock; it commits nothing either, as its read model write and everything else
        // go back below.
        var head = expectedVersion == 0
            ? new NpgsqlBatchCommand(_createStream) { Parameters = { Parameter(streamId), Parameter(version) } }
            : new NpgsqlBatchCommand(_moveHead) { Parameters = { Parameter(streamId), Parameter(version), Parameter(expectedVersion) } };
        await using var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { head } };
        foreach (var write in _readModel.WriteOrMarkCommands(streamId, update))
        {
            batch.BatchCommands.Add(write);
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand(_insertEvents)
        {
            Parameters =
            {
                Parameter(streamId), Parameter(expectedVersion), Parameter((long)events.Count),
                new NpgsqlParameter<Guid[]> { TypedValue = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid },
                new NpgsqlParameter<string[]> { TypedValue = types, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                new NpgsqlParameter<int[]> { TypedValue = schemaVersions, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer },
                new NpgsqlParameter<string[]> { TypedValue = bodies, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
            },
        });

        long lastPosition = 0;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            // Only the insert returns rows (its positions); the other statements' results are passed over.
            do
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    lastPosition = Math.Max(lastPosition, reader.GetInt64(0));
                }
            }
            while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));
        }

        if (head.RecordsAffected == 0)
        {
            // Nothing is committed unless the head moved: every statement of the batch goes back.
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            await using var read = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand(_readHead) { Parameters = { Parameter(streamId) } },
                    new NpgsqlBatchCommand(_lastVersion) { Parameters = { Parameter(streamId) } },
                },
            };
            long actual = 0;
            long last = 0;
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    actual = reader.GetInt64(0);
                }

                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                last = reader.GetInt64(0);
            }

            if (actual > last && expectedVersion == last)
            {
                // The writer read every event there is, yet the head is ahead: events are missing, and no retry can help.
                throw new StreamDamagedException(streamId, last + 1, $"the stream's head is at version {actual} but its last event is version {last}");
            }

            throw new ConcurrencyException(streamId, expectedVersion, actual);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (new AppendResult(version, lastPosition), null);
    }

    private async Task<long> LastVersionAsync(NpgsqlConnection connection, string streamId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(_lastVersion, connection) { Parameters = { Parameter(streamId) } };
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private async Task<List<T>> ReadAsync<T>(string action, string sql, NpgsqlParameter[] parameters, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = _dataSource.CreateCommand(sql);
            command.Parameters.AddRange(parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var results = new List<T>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                results.Add(read(reader));
            }

            return results;
        }
        catch (NpgsqlException e)
        {
            throw Translate(e, action);
        }
    }

    private static NpgsqlParameter<string> Parameter(string value) => new() { TypedValue = value };

    private static NpgsqlParameter<long> Parameter(long value) => new() { TypedValue = value };

    /// <summary>The store's connections, shared with <see cref="PostgreSqlNotificationLedger"/>.</summary>
    internal NpgsqlDataSource DataSource => _dataSource;

    /// <summary>The store's exception for a driver or server error; shared with <see cref="PostgreSqlNotificationLedger"/>.</summary>
    internal DialogueWorkflowException Translate(NpgsqlException e, string action) => e switch
    {
        // data_corrupted, index_corrupted; a missing table or column where the schema version promises one.
        PostgresException { SqlState: PostgresErrorCodes.DataCorrupted or PostgresErrorCodes.IndexCorrupted } pg =>
            new StoreCorruptException(Store, $"could not {action}: {pg.MessageText}", e),
        PostgresException { SqlState: PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.UndefinedColumn } pg =>
            new StoreCorruptException(Store, $"could not {action}: its tables are not laid out as its schema version says ({pg.MessageText})", e),
        PostgresException pg => new StoreUnavailableException(Store, $"could not {action}: {pg.SqlState}: {pg.MessageText}", e),
        _ => new StoreUnavailableException(Store, $"could not {action}: {e.Message}", e),
    };
}
