using Dialogue.Workflows.Storage;
using Microsoft.Data.Sqlite;

namespace Dialogue.Workflows.Sqlite;

/// <summary>
/// One open connection with the store's statements prepared on it, used by one operation at a time
/// and then returned to the store's pool.
/// </summary>
/// <remarks>
/// Keeping the statements prepared is what makes an append cost about as much as the inserts it does:
/// opening a connection, setting its pragmas and compiling the statements would otherwise cost more
/// than the write itself.
/// </remarks>
internal sealed class SqliteSession : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _begin;
    private readonly SqliteCommand _commit;
    private readonly SqliteCommand _rollback;
    private readonly SqliteCommand _head;
    private readonly SqliteCommand _createStream;
    private readonly SqliteCommand _moveHead;
    private readonly SqliteCommand _insertEvent;
    private readonly SqliteCommand _lastVersion;
    private readonly SqliteCommand _readStream;
    private readonly SqliteCommand _readAll;
    private readonly SqliteCommand _listStreams;
    // Statements of other users of the file (the notification ledger), prepared on first use: most sessions never need them.
    private readonly Dictionary<string, SqliteCommand> _extra = new(StringComparer.Ordinal);

    private SqliteSession(SqliteConnection connection)
    {
        _connection = connection;
        _begin = Prepare("BEGIN IMMEDIATE");
        _commit = Prepare("COMMIT");
        _rollback = Prepare("ROLLBACK");
        _head = Prepare("SELECT version FROM streams WHERE stream_id = $stream", "$stream");
        // Both check the expected version and move the head in one statement: no row changed means a conflict.
        _createStream = Prepare("INSERT INTO streams (stream_id, version) VALUES ($stream, $version) ON CONFLICT (stream_id) DO NOTHING", "$stream", "$version");
        _moveHead = Prepare("UPDATE streams SET version = $version WHERE stream_id = $stream AND version = $expected", "$stream", "$version", "$expected");
        _insertEvent = Prepare(
            "INSERT INTO events (stream_id, version, event_id, type, schema_version, data) " +
            "VALUES ($stream, $version, $event_id, $type, $schema_version, $data)",
            "$stream", "$version", "$event_id", "$type", "$schema_version", "$data");
        // Event ids are kept as text, so that the file reads plainly in the sqlite3 shell.
        _insertEvent.Parameters[2].SqliteType = SqliteType.Text;
        _lastVersion = Prepare("SELECT max(version) FROM events WHERE stream_id = $stream", "$stream");
        _readStream = Prepare(
            "SELECT version, position, event_id, type, schema_version, data FROM events " +
            "WHERE stream_id = $stream AND version >= $version ORDER BY version",
            "$stream", "$version");
        _readAll = Prepare(
            "SELECT stream_id, version, position, event_id, type, schema_version, data FROM events " +
            "WHERE position >= $position ORDER BY position LIMIT $count",
            "$position", "$count");
        _listStreams = Prepare("SELECT stream_id FROM streams ORDER BY seq");
    }

    /// <summary>Whether the connection is still in a transaction: SQLite rolls some failures back by itself.</summary>
    public bool InTransaction => SQLitePCL.raw.sqlite3_get_autocommit(_connection.Handle) == 0;

    /// <summary>Opens a connection, sets its pragmas and prepares the statements.</summary>
    /// <param name="connectionString">The store's connection string (pooling off).</param>
    /// <param name="pragmas">The per-connection pragmas.</param>
    public static SqliteSession Open(string connectionString, string pragmas)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = pragmas;
                command.ExecuteNonQuery();
            }

            return new SqliteSession(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Takes the database's write lock, waiting up to the busy timeout.</summary>
    public void BeginImmediate() => _begin.ExecuteNonQuery();

    public void CommitTransaction() => _commit.ExecuteNonQuery();

    public void RollbackTransaction() => _rollback.ExecuteNonQuery();

    /// <summary>The stream's head version, 0 when it does not exist.</summary>
    public long ReadHead(string streamId)
    {
        _head.Parameters[0].Value = streamId;
        return _head.ExecuteScalar() is long version ? version : 0;
    }

    /// <summary>Creates the stream's head row at <paramref name="version"/>; false when the stream already exists.</summary>
    public bool TryCreateStream(string streamId, long version)
    {
        _createStream.Parameters[0].Value = streamId;
        _createStream.Parameters[1].Value = version;
        return _createStream.ExecuteNonQuery() == 1;
    }

    /// <summary>Moves the stream's head from <paramref name="expected"/> to <paramref name="version"/>; false when it is not at <paramref name="expected"/>.</summary>
    public bool TryMoveHead(string streamId, long expected, long version)
    {
        _moveHead.Parameters[0].Value = streamId;
        _moveHead.Parameters[1].Value = version;
        _moveHead.Parameters[2].Value = expected;
        return _moveHead.ExecuteNonQuery() == 1;
    }

    /// <summary>Inserts one event and returns its position.</summary>
    public long InsertEvent(string streamId, long version, EventData data)
    {
        var parameters = _insertEvent.Parameters;
        parameters[0].Value = streamId;
        parameters[1].Value = version;
        parameters[2].Value = data.EventId;
        parameters[3].Value = data.Type;
        parameters[4].Value = data.SchemaVersion;
        parameters[5].Value = data.Data;
        _insertEvent.ExecuteNonQuery();
        // The row's key, read from the connection rather than through a RETURNING clause, which costs more.
        return SQLitePCL.raw.sqlite3_last_insert_rowid(_connection.Handle);
    }

    /// <summary>The highest version recorded in the stream's events, whatever its head row says.</summary>
    public long ReadLastVersion(string streamId)
    {
        _lastVersion.Parameters[0].Value = streamId;
        return _lastVersion.ExecuteScalar() is long version ? version : 0;
    }

    /// <summary>The command the stream records under <paramref name="commandId"/>, or null.</summary>
    public RecordedCommand? FindCommand(string streamId, string commandId)
    {
        // Prepared on first use, like the ledger's: a read-only session on a file older than the commands table never needs it.
        var find = Statement("SELECT first_version, last_version FROM commands WHERE stream_id = $stream AND command_id = $command", "$stream", "$command");
        find.Parameters[0].Value = streamId;
        find.Parameters[1].Value = commandId;
        using var reader = find.ExecuteReader();
        return reader.Read() ? new RecordedCommand(streamId, commandId, reader.GetInt64(0), reader.GetInt64(1)) : null;
    }

    /// <summary>Records a command's id with the versions of its events.</summary>
    public void InsertCommand(RecordedCommand command)
    {
        var insert = Statement(
            "INSERT INTO commands (stream_id, command_id, first_version, last_version) VALUES ($stream, $command, $first, $last)",
            "$stream", "$command", "$first", "$last");
        var parameters = insert.Parameters;
        parameters[0].Value = command.StreamId;
        parameters[1].Value = command.CommandId;
        parameters[2].Value = command.FirstVersion;
        parameters[3].Value = command.LastVersion;
        insert.ExecuteNonQuery();
    }

    public List<RecordedEvent> ReadStream(string streamId, long fromVersion)
    {
        _readStream.Parameters[0].Value = streamId;
        _readStream.Parameters[1].Value = fromVersion;
        var events = new List<RecordedEvent>();
        using var reader = _readStream.ExecuteReader();
        while (reader.Read())
        {
            var data = new EventData(reader.GetGuid(2), reader.GetString(3), reader.GetInt32(4), reader.GetString(5));
            events.Add(new RecordedEvent(streamId, reader.GetInt64(0), reader.GetInt64(1), data));
        }

        return events;
    }

    public List<RecordedEvent> ReadAll(long fromPosition, int maxCount)
    {
        _readAll.Parameters[0].Value = fromPosition;
        _readAll.Parameters[1].Value = maxCount;
        var events = new List<RecordedEvent>(Math.Min(maxCount, 1024));
        using var reader = _readAll.ExecuteReader();
        while (reader.Read())
        {
            var streamId = reader.GetString(0);
            var data = new EventData(reader.GetGuid(3), reader.GetString(4), reader.GetInt32(5), reader.GetString(6));
            events.Add(new RecordedEvent(streamId, reader.GetInt64(1), reader.GetInt64(2), data));
        }

        return events;
    }

    public List<string> ListStreams()
    {
        var streams = new List<string>();
        using var reader = _listStreams.ExecuteReader();
        while (reader.Read())
        {
            streams.Add(reader.GetString(0));
        }

        return streams;
    }

    /// <summary>A pragma's value on this connection, for tests of the settings each connection gets.</summary>
    public object? Pragma(string name)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return command.ExecuteScalar();
    }

    /// <summary>A statement prepared on this connection on first use and kept with it; its parameters are named in <paramref name="parameters"/>.</summary>
    public SqliteCommand Statement(string sql, params string[] parameters)
    {
        if (!_extra.TryGetValue(sql, out var command))
        {
            command = Prepare(sql, parameters);
            _extra.Add(sql, command);
        }

        return command;
    }

    public void Dispose() => _connection.Dispose();

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
