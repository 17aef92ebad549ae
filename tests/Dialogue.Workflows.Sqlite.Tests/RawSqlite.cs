using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Dialogue.Workflows.Sqlite.Tests;

/// <summary>Plain SQLite access to a store's file, to make files by hand and look inside them.</summary>
internal static class RawSqlite
{
    public static void Execute(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static object? Scalar(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static long Long(string path, string sql) => Convert.ToInt64(Scalar(path, sql), CultureInfo.InvariantCulture);

    public static SqliteConnection Open(string path)
    {
        // No pooling: a pooled connection would keep the file open after the test is done with it.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>The layout of the prototype store, before the schema was versioned: schema version 0.</summary>
    public const string Version0Layout = """
        CREATE TABLE events (
            position INTEGER PRIMARY KEY AUTOINCREMENT,
            stream_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            event_id TEXT NOT NULL,
            type TEXT NOT NULL,
            data TEXT NOT NULL);
        """;

    public static string Version0Row(long position, string stream, long version, string type) =>
        $"INSERT INTO events (position, stream_id, version, event_id, type, data) VALUES ({position}, '{stream}', {version}, '{Guid.NewGuid()}', '{type}', '{{\"type\":\"{type}\"}}');";

    /// <summary>The layout schema version 1 wrote (before the notifications table), at version 1.</summary>
    public const string Version1Layout = """
        CREATE TABLE streams (
            seq INTEGER PRIMARY KEY,
            stream_id TEXT NOT NULL UNIQUE,
            version INTEGER NOT NULL CHECK (version > 0));
        CREATE TABLE events (
            position INTEGER PRIMARY KEY AUTOINCREMENT,
            stream_id TEXT NOT NULL REFERENCES streams (stream_id),
            version INTEGER NOT NULL CHECK (version > 0),
            event_id TEXT NOT NULL,
            type TEXT NOT NULL,
            schema_version INTEGER NOT NULL CHECK (schema_version > 0),
            data TEXT NOT NULL);
        CREATE UNIQUE INDEX events_stream_version ON events (stream_id, version);
        CREATE TABLE schema_version (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            version INTEGER NOT NULL);
        INSERT INTO schema_version (id, version) VALUES (1, 1);
        PRAGMA journal_mode = WAL;
        """;

    public static string Version1Row(long position, string stream, long version, string type) =>
        $"INSERT INTO events (position, stream_id, version, event_id, type, schema_version, data) VALUES ({position}, '{stream}', {version}, '{Guid.NewGuid()}', '{type}', 1, '{{}}');";

    /// <summary>The table version 2 added, as it wrote it.</summary>
    public const string Version2Notifications = """
        CREATE TABLE notifications (
            key TEXT PRIMARY KEY,
            state TEXT NOT NULL CHECK (state IN ('claimed', 'delivered', 'failed')),
            owner TEXT NOT NULL,
            attempts INTEGER NOT NULL CHECK (attempts > 0),
            lease_until INTEGER NOT NULL,
            delivered_at INTEGER,
            last_error TEXT);
        """;
}
