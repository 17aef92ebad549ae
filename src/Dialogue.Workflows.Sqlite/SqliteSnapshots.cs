using Dialogue.Workflows.Storage;

namespace Dialogue.Workflows.Sqlite;

/// <summary>The snapshot table's statements on a session: one row per stream, the latest snapshot.</summary>
internal static class SqliteSnapshots
{
    /// <summary>The stream's snapshot, or null.</summary>
    public static StreamSnapshot? Read(SqliteSession session, string streamId)
    {
        var select = session.Statement("SELECT version, format, type_key, type_version, data FROM snapshots WHERE stream_id = $stream", "$stream");
        select.Parameters[0].Value = streamId;
        using var reader = select.ExecuteReader();
        return reader.Read()
            ? new StreamSnapshot(streamId, reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4))
            : null;
    }

    /// <summary>Keeps the snapshot unless a later one is kept or the stream does not reach its version; one statement, so atomic.</summary>
    public static bool Write(SqliteSession session, StreamSnapshot snapshot)
    {
        var upsert = session.Statement(
            """
            INSERT INTO snapshots (stream_id, version, format, type_key, type_version, data)
            SELECT $stream, $version, $format, $type, $type_version, $data WHERE EXISTS (SELECT 1 FROM streams WHERE stream_id = $stream AND version >= $version)
            ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, format = excluded.format, type_key = excluded.type_key,
                type_version = excluded.type_version, data = excluded.data
            WHERE excluded.version >= snapshots.version
            """,
            "$stream", "$version", "$format", "$type", "$type_version", "$data");
        var p = upsert.Parameters;
        p[0].Value = snapshot.StreamId;
        p[1].Value = snapshot.Version;
        p[2].Value = snapshot.Format;
        p[3].Value = snapshot.TypeKey;
        p[4].Value = snapshot.TypeVersion;
        p[5].Value = snapshot.Data;
        return upsert.ExecuteNonQuery() > 0;
    }

    /// <summary>Drops every snapshot.</summary>
    public static int DeleteAll(SqliteSession session) => session.Statement("DELETE FROM snapshots").ExecuteNonQuery();
}
