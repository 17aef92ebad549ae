using System.Collections.Concurrent;
using System.Globalization;
using Dialogue.Workflows.Storage;
using Microsoft.Data.Sqlite;

namespace Dialogue.Workflows.Sqlite;

/// <summary>
/// An <see cref="IEventStore"/> in one SQLite file: the embedded default store, safe for several
/// threads and several processes on one machine.
/// </summary>
/// <remarks>
/// <para>
/// The file is in WAL mode, so readers never wait for the writer. Every append is one
/// <c>BEGIN IMMEDIATE</c> transaction that takes the database's write lock, moves the stream's head
/// row from the expected version to the new one (no row moved: a conflict), inserts the events and commits: writers from any thread or process queue on that lock
/// (up to <see cref="SqliteEventStoreOptions.BusyTimeout"/>) and never interleave, and a unique
/// (stream, version) index backs the check. An append that fails for any reason is rolled back
/// whole. Positions come from an autoincrement key; since SQLite has one writer at a time they are
/// committed in increasing order, so <see cref="ReadAllAsync"/> never skips an event that commits later.
/// </para>
/// <para>
/// The store creates its tables in a missing or empty file and migrates a file of an older schema
/// version on first use; it refuses a file of a newer one with <see cref="StoreSchemaTooNewException"/>.
/// A locked, unreadable or unwritable file raises <see cref="StoreUnavailableException"/> and a damaged
/// one <see cref="StoreCorruptException"/>, each naming the file. Event bodies are kept as given and
/// never parsed.
/// </para>
/// <para>
/// SQLite does its work synchronously, so the asynchronous methods complete on the calling thread;
/// cancellation is checked before each operation starts.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// using var store = new SqliteEventStore("plans.db");
/// await store.AppendAsync("plan-1", 0, [new EventData(Guid.NewGuid(), "plan-created", 1, "{}")]);
/// </code>
/// </example>
public sealed class SqliteEventStore : IReadModelStore, ISnapshotStore, IDisposable
{
    // More idle connections than this are closed rather than kept: an append holds one only briefly.
    private const int MaxIdleSessions = 8;

    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly TimeSpan _busyTimeout;
    private readonly ConcurrentBag<SqliteSession> _idle = [];
    private readonly Lock _initializing = new();
    private readonly bool _readOnly;
    private volatile bool _initialized;
    private int _schemaVersion;
    private volatile bool _disposed;
    private int _idleCount;

    /// <summary>Creates a store on a file, with default options.</summary>
    /// <param name="path">The database file; created when missing, but not its folder.</param>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    public SqliteEventStore(string path)
        : this(new SqliteEventStoreOptions { Path = path })
    {
    }

    /// <summary>Creates a store from options. Nothing is opened until the first operation or <see cref="InitializeAsync"/>.</summary>
    /// <param name="options">Where the file is, and how to wait and flush.</param>
    /// <exception cref="ArgumentException">The options are invalid; see <see cref="SqliteEventStoreOptions.Validate"/>.</exception>
    public SqliteEventStore(SqliteEventStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var builder = options.ConnectionString is { } connectionString
            ? new SqliteConnectionStringBuilder(connectionString)
            : new SqliteConnectionStringBuilder { DataSource = options.Path, Mode = SqliteOpenMode.ReadWriteCreate };
        FilePath = Path.GetFullPath(builder.DataSource);
        builder.DataSource = FilePath;
        _readOnly = options.ReadOnly;
        if (_readOnly)
        {
            builder.Mode = SqliteOpenMode.ReadOnly;
        }

        // The store keeps its own connections, with statements prepared on them.
        builder.Pooling = false;
        // Microsoft.Data.Sqlite retries a busy statement until this many seconds have passed; SQLite's own
        // busy handler, set below, waits with finer steps first.
        builder.DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds);
        _connectionString = builder.ToString();
        _busyTimeout = options.BusyTimeout;
        _pragmas = string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = {(options.DurableCommits ? "FULL" : "NORMAL")};");
    }

    /// <summary>The database file's full path.</summary>
    public string FilePath { get; }

    /// <summary>
    /// Opens the file, creates or migrates its tables and switches it to WAL, so that a host finds a
    /// bad path or a too-new file at start-up rather than at its first command. Optional: the first
    /// operation does it otherwise. Safe to call more than once.
    /// </summary>
    /// <param name="cancellationToken">Cancels before the file is opened.</param>
    /// <returns>A task that completes when the file is ready.</returns>
    /// <exception cref="StoreSchemaTooNewException">The file was written by a newer version of the library.</exception>
    /// <exception cref="StoreUnavailableException">The file cannot be opened, created or written, or stays locked.</exception>
    /// <exception cref="StoreCorruptException">The file is not a SQLite database, is damaged, or is not laid out as its schema version says.</exception>
    /// <exception cref="StoreNotOursException">The file belongs to another application: nothing in it was changed.</exception>
    public ValueTask InitializeAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        EnsureInitialized();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    /// <exception cref="StoreUnavailableException">The file is locked past the busy timeout, or cannot be opened or written; nothing was written.</exception>
    /// <exception cref="StoreCorruptException">The file is damaged; nothing was written.</exception>
    public ValueTask<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
    {
        EventStoreGuard.CheckAppend(streamId, expectedVersion, events);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Run($"append to stream '{streamId}'", session =>
        {
            session.BeginImmediate();
            return Append(session, streamId, expectedVersion, events, null, null);
        }));
    }

    /// <inheritdoc />
    /// <exception cref="StoreUnavailableException">The file is locked past the busy timeout, or cannot be opened or written; nothing was written.</exception>
    /// <exception cref="StoreCorruptException">The file is damaged; nothing was written.</exception>
    public ValueTask<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, ReadModelUpdate update, CancellationToken cancellationToken = default)
    {
        EventStoreGuard.CheckAppend(streamId, expectedVersion, events);
        EventStoreGuard.CheckUpdate(streamId, expectedVersion + events.Count, update);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Run($"append to stream '{streamId}'", session =>
        {
            session.BeginImmediate();
            return Append(session, streamId, expectedVersion, events, null, update);
        }));
    }

    /// <inheritdoc />
    /// <exception cref="StoreUnavailableException">The file is locked past the busy timeout, or cannot be opened or written.</exception>
    /// <exception cref="StoreCorruptException">The file is damaged; nothing was written.</exception>
    public ValueTask<CommandAppendResult> AppendCommandAsync(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default) =>
        AppendCommand(streamId, expectedVersion, commandId, events, null, cancellationToken);

    /// <inheritdoc />
    /// <exception cref="StoreUnavailableException">The file is locked past the busy timeout, or cannot be opened or written.</exception>
    /// <exception cref="StoreCorruptException">The file is damaged; nothing was written.</exception>
    public ValueTask<CommandAppendResult> AppendCommandAsync(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events, ReadModelUpdate update,
        CancellationToken cancellationToken = default)
    {
        EventStoreGuard.CheckUpdate(streamId, expectedVersion + (events?.Count ?? 0), update);
        return AppendCommand(streamId, expectedVersion, commandId, events!, update, cancellationToken);
    }

    private ValueTask<CommandAppendResult> AppendCommand(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events, ReadModelUpdate? update,
        CancellationToken cancellationToken)
    {
        EventStoreGuard.CheckCommandAppend(streamId, expectedVersion, commandId, events);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Run($"append command '{commandId}' to stream '{streamId}'", session =>
        {
            // The command's id is looked up under the write lock the append then uses: no other writer can record it in between.
            session.BeginImmediate();
            if (session.FindCommand(streamId, commandId) is { } recorded)
            {
                session.RollbackTransaction();
                return new CommandAppendResult(recorded, Repeated: true);
            }

            var command = new RecordedCommand(streamId, commandId, expectedVersion + 1, expectedVersion + events.Count);
            Append(session, streamId, expectedVersion, events, command, update);
            return new CommandAppendResult(command, Repeated: false);
        }));
    }

    /// <inheritdoc />
    public ValueTask<RecordedCommand?> FindCommandAsync(string streamId, string commandId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        EventStoreGuard.CheckCommandId(commandId);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Run($"find command '{commandId}' in stream '{streamId}'", session => session.FindCommand(streamId, commandId)));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlyList<RecordedEvent>>(Run($"read stream '{streamId}'", session => session.ReadStream(streamId, fromVersion)));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<RecordedEvent>> ReadAllAsync(long fromPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        cancellationToken.ThrowIfCancellationRequested();
        if (maxCount == 0)
        {
            return ValueTask.FromResult<IReadOnlyList<RecordedEvent>>([]);
        }

        return ValueTask.FromResult<IReadOnlyList<RecordedEvent>>(Run("read all events", session => session.ReadAll(fromPosition, maxCount)));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlyList<string>>(Run("list streams", session => session.ListStreams()));
    }

    /// <inheritdoc />
    public ValueTask<int> WriteReadModelAsync(IReadOnlyList<ReadModelUpdate> updates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        cancellationToken.ThrowIfCancellationRequested();
        if (updates.Count == 0)
        {
            return ValueTask.FromResult(0);
        }

        return ValueTask.FromResult(Run("write the read model", session =>
        {
            session.BeginImmediate();
            try
            {
                var written = 0;
                foreach (var update in updates)
                {
                    var head = session.ReadHead(update.Summary.PlanId);
                    // A plan that moved on since it was read keeps the rows its own append wrote; a damaged one is recorded as it is.
                    if (head > 0 && (head == update.Summary.Version || update.Summary.Status == PlanSummary.DamagedStatus))
                    {
                        SqliteReadModel.Write(session, update);
                        written++;
                    }
                }

                session.CommitTransaction();
                return written;
            }
            catch
            {
                RollbackQuietly(session);
                throw;
            }
        }));
    }

    /// <inheritdoc />
    public ValueTask<ReadModelState> GetReadModelStateAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Run("read the read model's state", session =>
            // A file of an older version opened read-only has no read model until a writer migrates it.
            _schemaVersion < 4 ? new ReadModelState(false, 0, null, true) : SqliteReadModel.State(session)));
    }

    /// <inheritdoc />
    public ValueTask MarkAllPendingAsync(int format, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Write("mark every plan for the read model", session => SqliteReadModel.MarkAllPending(session, format));
    }

    /// <inheritdoc />
    public ValueTask SetCalendarAsync(string calendar, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        cancellationToken.ThrowIfCancellationRequested();
        return Write("record the read model's calendar", session => SqliteReadModel.SetCalendar(session, calendar));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> ReadPendingAsync(int limit, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlyList<string>>(Run("read the plans waiting for the read model", session => SqliteReadModel.Pending(session, limit)));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> ReadOtherCalendarAsync(string calendar, string? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlyList<string>>(Run("read plans computed with another calendar", session => SqliteReadModel.OtherCalendar(session, calendar, after, limit)));
    }

    /// <inheritdoc />
    public ValueTask<PlanPage> QueryPlansAsync(PlanQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, PlanQuery.MaxLimit);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Run("list plans", session => SqliteReadModel.Plans(session, query)));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<DatedItem>> QueryDueAsync(DueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, DueQuery.MaxLimit);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlyList<DatedItem>>(Run("read what is due", session => SqliteReadModel.Due(session, query)));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<PlanSummary>> ReadDamagedAsync(int limit, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlyList<PlanSummary>>(Run("read damaged plans", session => SqliteReadModel.Damaged(session, limit)));
    }

    /// <inheritdoc />
    public ValueTask<StreamSnapshot?> ReadSnapshotAsync(string streamId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Run($"read the snapshot of stream '{streamId}'", session =>
            // A file of an older version opened read-only has no snapshots: its plans are replayed.
            _schemaVersion < 5 ? null : SqliteSnapshots.Read(session, streamId)));
    }

    /// <inheritdoc />
    /// <exception cref="StoreUnavailableException">The file is locked past the busy timeout, opened read-only, or cannot be written.</exception>
    public ValueTask<bool> WriteSnapshotAsync(StreamSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        EventStoreGuard.CheckSnapshot(snapshot);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Run($"write the snapshot of stream '{snapshot.StreamId}'", session => SqliteSnapshots.Write(session, snapshot)));
    }

    /// <inheritdoc />
    public ValueTask<int> DeleteSnapshotsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Run("drop the snapshots", SqliteSnapshots.DeleteAll));
    }

    private ValueTask Write(string action, Action<SqliteSession> write)
    {
        Run(action, session =>
        {
            session.BeginImmediate();
            try
            {
                write(session);
                session.CommitTransaction();
                return 0;
            }
            catch
            {
                RollbackQuietly(session);
                throw;
            }
        });
        return ValueTask.CompletedTask;
    }

    /// <summary>Closes the store's connections. Operations started afterwards throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    /// <summary>A pragma's value on one of the store's connections, for tests.</summary>
    internal object? ReadPragma(string name) => Run($"read pragma {name}", session => session.Pragma(name));

    // Runs inside the transaction the caller began, and ends it.
    private static AppendResult Append(SqliteSession session, string streamId, long expectedVersion, IReadOnlyList<EventData> events, RecordedCommand? command,
        ReadModelUpdate? update)
    {
        try
        {
            var version = expectedVersion + events.Count;
            // The head row goes first: events reference it.
            var moved = expectedVersion == 0 ? session.TryCreateStream(streamId, version) : session.TryMoveHead(streamId, expectedVersion, version);
            if (!moved)
            {
                var head = session.ReadHead(streamId);
                var last = session.ReadLastVersion(streamId);
                if (head > last && expectedVersion == last)
                {
                    // The writer read every event there is, yet the head is ahead: events are missing, and no retry can help.
                    throw new StreamDamagedException(streamId, last + 1, $"the stream's head is at version {head} but its last event is version {last}");
                }

                throw new ConcurrencyException(streamId, expectedVersion, head);
            }

            var position = 0L;
            for (var i = 0; i < events.Count; i++)
            {
                position = session.InsertEvent(streamId, expectedVersion + 1 + i, events[i]);
            }

            if (command is not null)
            {
                session.InsertCommand(command);
            }

            // The read model moves with its events, or the plan is marked to be projected: never behind without a trace.
            if (update is null)
            {
                SqliteReadModel.MarkPending(session, streamId);
            }
            else
            {
                SqliteReadModel.Write(session, update);
            }

            session.CommitTransaction();
            return new AppendResult(version, position);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteErrors.Constraint && SqliteErrors.IsDuplicateKey(e))
        {
            // Only reached when the head row disagrees with the events (a file edited by hand):
            // the unique index refused a version that is already recorded.
            RollbackQuietly(session);
            throw new ConcurrencyException(streamId, expectedVersion, Math.Max(session.ReadLastVersion(streamId), session.ReadHead(streamId)));
        }
        catch
        {
            RollbackQuietly(session);
            throw;
        }
    }

    // A failed statement may already have ended the transaction (SQLite rolls back on some errors).
    private static void RollbackQuietly(SqliteSession session)
    {
        if (session.InTransaction)
        {
            session.RollbackTransaction();
        }
    }

    /// <summary>Runs an operation on a pooled connection of an initialized file, translating SQLite's errors; shared with <see cref="SqliteNotificationLedger"/>.</summary>
    internal T Run<T>(string action, Func<SqliteSession, T> operation)
    {
        if (_disposed)
        {
            throw new ObjectDisposedException(nameof(SqliteEventStore), $"The event store on '{FilePath}' was disposed: its connections are closed.");
        }

        SqliteSession? session = null;
        try
        {
            EnsureInitialized();
            session = Rent();
            var result = operation(session);
            Return(session);
            return result;
        }
        catch (SqliteException e)
        {
            // A connection that saw a disk or corruption error, or failed to roll back, is not trusted again.
            if (session is not null && !SqliteErrors.IsFatalToConnection(e) && !session.InTransaction)
            {
                Return(session);
            }
            else
            {
                session?.Dispose();
            }

            throw SqliteErrors.Translate(e, FilePath, action, _busyTimeout);
        }
        catch (ConcurrencyException)
        {
            Return(session!);
            throw;
        }
        catch (Exception e) when (e is FormatException or InvalidCastException)
        {
            session?.Dispose();
            throw new StoreCorruptException(FilePath, $"could not {action}: a row holds a value of the wrong kind ({e.Message})", e);
        }
        catch
        {
            session?.Dispose();
            throw;
        }
    }

    private SqliteSession Rent()
    {
        if (_idle.TryTake(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            return session;
        }

        return SqliteSession.Open(_connectionString, _pragmas);
    }

    private void Return(SqliteSession session)
    {
        if (_disposed || Interlocked.Increment(ref _idleCount) > MaxIdleSessions)
        {
            if (!_disposed)
            {
                Interlocked.Decrement(ref _idleCount);
            }

            session.Dispose();
            return;
        }

        _idle.Add(session);
        // Dispose may have drained the pool between the check and the add.
        if (_disposed && _idle.TryTake(out var late))
        {
            late.Dispose();
        }
    }

    private void EnsureInitialized()
    {
        if (_initialized)
        {
            return;
        }

        lock (_initializing)
        {
            if (_initialized)
            {
                return;
            }

            try
            {
                using var connection = new SqliteConnection(_connectionString);
                connection.Open();
                using (var command = connection.CreateCommand())
                {
                    command.CommandText = _pragmas;
                    command.ExecuteNonQuery();
                }

                if (_readOnly)
                {
                    // Checked, never changed: a file of an older version is read as it is.
                    _schemaVersion = SqliteSchema.Check(connection, FilePath);
                    if (_schemaVersion == 0 && HasTables(connection))
                    {
                        throw new StoreUnavailableException(FilePath, "the file was written by an early version and must be migrated by a command that writes before it can be read");
                    }
                }
                else
                {
                    SqliteSchema.Migrate(connection, FilePath, () => SwitchToWal(connection));
                    _schemaVersion = SqliteSchema.CurrentVersion;
                }

                _initialized = true;
            }
            catch (SqliteException e)
            {
                throw SqliteErrors.Translate(e, FilePath, "open the database", _busyTimeout);
            }
        }
    }

    private static bool HasTables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
        return (long)command.ExecuteScalar()! > 0;
    }

    // WAL is a property of the file: once set it stays, for every connection and process.
    private void SwitchToWal(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        var mode = command.ExecuteScalar() as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreUnavailableException(FilePath, $"could not switch the database to write-ahead logging (journal mode is '{mode}')");
        }
    }
}
