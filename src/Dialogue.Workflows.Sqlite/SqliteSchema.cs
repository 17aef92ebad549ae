using Dialogue.Workflows.Storage;
using Microsoft.Data.Sqlite;

namespace Dialogue.Workflows.Sqlite;

/// <summary>The store's tables, their version, and the steps that bring an older file up to date.</summary>
/// <remarks>
/// <para>
/// The version is the single row of <c>schema_version</c>. A file without that table is version 0:
/// either new and empty, or written by the prototype store, which kept an <c>events</c> table alone,
/// without the event schema version column, the unique (stream, version) index and the
/// <c>streams</c> table. Version 2 adds the <c>notifications</c> table of <see cref="SqliteNotificationLedger"/>, version 3 the
/// <c>commands</c> table of idempotent appends, version 4 the read model (<c>plan_summaries</c>, <c>dated_items</c>,
/// <c>read_model_pending</c>, <c>read_model_state</c>): every plan of an older file is marked pending, so the engine rebuilds its rows on first use;
/// version 5 the <c>snapshots</c> table (<see cref="ISnapshotStore"/>), empty after the migration: plans are replayed until they grow a snapshot.
/// Each migration takes a file from one version to the next inside the same write transaction that re-reads the version, so two processes opening an old file at once migrate
/// it once, and a failed migration leaves it as it was.
/// </para>
/// <para>
/// A file with a newer version than <see cref="CurrentVersion"/> is refused before anything is
/// written to it, not even the switch to WAL.
/// </para>
/// </remarks>
internal static class SqliteSchema
{
    /// <summary>
    /// The SQLite application id of the library's files (<c>PRAGMA application_id</c>), "DWFL" in ASCII:
    /// a file carrying another one belongs to another application.
    /// </summary>
    public const int ApplicationId = 0x4457464C;

    // Every table any version of the library has created; a file with another table is not ours.
    private static readonly HashSet<string> OurTables = new(StringComparer.Ordinal) { "streams", "events", "schema_version", "notifications", "commands", "sqlite_sequence", "plan_summaries", "dated_items", "read_model_pending", "read_model_state", "snapshots" };

    /// <summary>The version this library writes.</summary>
    public const int CurrentVersion = 5;

    // Migrations[i] takes a file from version i to version i + 1.
    private static readonly string[] Migrations =
    [
        // 0 → 1. A new file gets the prototype's table first, so that new and old files take one path:
        // the old table is renamed, the new tables are created, and its rows are copied in position order.
        """
        CREATE TABLE IF NOT EXISTS events (
            position INTEGER PRIMARY KEY AUTOINCREMENT,
            stream_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            event_id TEXT NOT NULL,
            type TEXT NOT NULL,
            data TEXT NOT NULL);
        ALTER TABLE events RENAME TO events_v0;

        -- One row per stream: its head version, and its creation order in seq.
        CREATE TABLE streams (
            seq INTEGER PRIMARY KEY,
            stream_id TEXT NOT NULL UNIQUE,
            version INTEGER NOT NULL CHECK (version > 0));

        -- position: the global order of ReadAll; AUTOINCREMENT so that a position is never reused.
        CREATE TABLE events (
            position INTEGER PRIMARY KEY AUTOINCREMENT,
            stream_id TEXT NOT NULL REFERENCES streams (stream_id),
            version INTEGER NOT NULL CHECK (version > 0),
            event_id TEXT NOT NULL,
            type TEXT NOT NULL,
            schema_version INTEGER NOT NULL CHECK (schema_version > 0),
            data TEXT NOT NULL);

        -- The last line of defence against two writers recording the same version of a stream.
        CREATE UNIQUE INDEX events_stream_version ON events (stream_id, version);

        INSERT INTO streams (stream_id, version)
            SELECT stream_id, MAX(version) FROM events_v0 GROUP BY stream_id ORDER BY MIN(position);
        INSERT INTO events (position, stream_id, version, event_id, type, schema_version, data)
            SELECT position, stream_id, version, event_id, type, 1, data FROM events_v0 ORDER BY position;
        DROP TABLE events_v0;

        CREATE TABLE schema_version (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            version INTEGER NOT NULL);
        INSERT INTO schema_version (id, version) VALUES (1, 0);
        """,

        // 1 → 2. The deadline monitor's notification ledger, kept beside the events so that every host
        // sharing the file shares it. Instants are UTC ticks (100 ns since the Unix epoch), so that the
        // lease check compares integers.
        """
        CREATE TABLE notifications (
            key TEXT PRIMARY KEY,
            state TEXT NOT NULL CHECK (state IN ('claimed', 'delivered', 'failed')),
            owner TEXT NOT NULL,
            attempts INTEGER NOT NULL CHECK (attempts > 0),
            lease_until INTEGER NOT NULL,
            delivered_at INTEGER,
            last_error TEXT);
        """,

        // 2 → 3. The command ids of idempotent appends: one row per command, unique per stream, with the
        // versions of the events it appended, so that a repeated command finds its first outcome.
        """
        CREATE TABLE commands (
            stream_id TEXT NOT NULL REFERENCES streams (stream_id),
            command_id TEXT NOT NULL,
            first_version INTEGER NOT NULL CHECK (first_version > 0),
            last_version INTEGER NOT NULL CHECK (last_version >= first_version),
            PRIMARY KEY (stream_id, command_id)) WITHOUT ROWID;
        PRAGMA application_id = 1146570316;
        """,

        // 3 → 4. The read model: one summary row per plan and an index of open dated steps, written by every append
        // in its transaction. Plans appended without their rows wait in read_model_pending; every plan of the file
        // starts there, so the engine builds the rows from the events on first use.
        """
        CREATE TABLE plan_summaries (
            plan_id TEXT PRIMARY KEY REFERENCES streams (stream_id),
            seq INTEGER NOT NULL,
            type_key TEXT NOT NULL,
            type_version INTEGER NOT NULL,
            title TEXT NOT NULL,
            issuer TEXT NOT NULL,
            year INTEGER NOT NULL,
            tenant_id TEXT,
            status TEXT NOT NULL,
            version INTEGER NOT NULL,
            document TEXT,
            created_at INTEGER NOT NULL,
            open_items INTEGER NOT NULL,
            next_due TEXT,
            calendar TEXT NOT NULL,
            search TEXT NOT NULL,
            problem TEXT);
        CREATE UNIQUE INDEX plan_summaries_seq ON plan_summaries (seq);
        CREATE INDEX plan_summaries_status ON plan_summaries (status, seq);
        CREATE INDEX plan_summaries_tenant ON plan_summaries (tenant_id, seq);
        CREATE INDEX plan_summaries_calendar ON plan_summaries (calendar, plan_id) WHERE open_items > 0;

        CREATE TABLE dated_items (
            plan_id TEXT NOT NULL REFERENCES streams (stream_id),
            entity_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            owner TEXT NOT NULL,
            owner_name TEXT NOT NULL,
            due TEXT NOT NULL,
            state TEXT NOT NULL,
            title TEXT NOT NULL,
            english_title TEXT NOT NULL,
            session TEXT,
            tenant_id TEXT,
            moved_from TEXT,
            moved_to TEXT,
            PRIMARY KEY (plan_id, entity_id)) WITHOUT ROWID;
        CREATE INDEX dated_items_due ON dated_items (due, plan_id, entity_id);
        CREATE INDEX dated_items_owner ON dated_items (owner, due, plan_id, entity_id);
        CREATE INDEX dated_items_moved ON dated_items (due, plan_id, entity_id) WHERE moved_to IS NOT NULL;

        CREATE TABLE read_model_pending (
            seq INTEGER PRIMARY KEY,
            stream_id TEXT NOT NULL UNIQUE);
        CREATE TABLE read_model_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            format INTEGER NOT NULL,
            calendar TEXT);
        INSERT INTO read_model_state (id, format, calendar) VALUES (1, 0, NULL);
        INSERT INTO read_model_pending (seq, stream_id) SELECT seq, stream_id FROM streams;
        """,

        // 4 → 5. The latest snapshot of each stream: a cache of the fold of its events, which the engine writes after commands
        // and may ignore; it starts empty, so nothing about an older file's plans changes.
        """
        CREATE TABLE snapshots (
            stream_id TEXT PRIMARY KEY REFERENCES streams (stream_id),
            version INTEGER NOT NULL CHECK (version > 0),
            format INTEGER NOT NULL,
            type_key TEXT NOT NULL,
            type_version INTEGER NOT NULL,
            data TEXT NOT NULL) WITHOUT ROWID;
        """,
    ];

    /// <summary>Reads the file's schema version: 0 when it has no <c>schema_version</c> table.</summary>
    public static int ReadVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        command.CommandText = "SELECT version FROM schema_version WHERE id = 1";
        return command.ExecuteScalar() is long version ? checked((int)version) : 0;
    }

    /// <summary>Reads the file's version after checking, without writing, that the file is one of ours and not newer than this library.</summary>
    /// <exception cref="StoreNotOursException">Another application id, or tables the library never writes.</exception>
    /// <exception cref="StoreSchemaTooNewException">The file's version is newer than this library's.</exception>
    public static int Check(SqliteConnection connection, string store)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA application_id";
        var applicationId = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        if (applicationId != 0 && applicationId != ApplicationId)
        {
            throw new StoreNotOursException(store, $"its application id is {applicationId}, not {ApplicationId}");
        }

        if (applicationId == 0 && tables.Count > 0)
        {
            // Files written before the application id: a schema_version table, or the prototype's events table alone, and only our tables.
            var stranger = tables.FirstOrDefault(t => !OurTables.Contains(t));
            if (stranger is not null)
            {
                throw new StoreNotOursException(store, $"it has a table '{stranger}' this library never creates");
            }

            if (!tables.Contains("schema_version") && !IsPrototype(connection))
            {
                throw new StoreNotOursException(store, "its tables are not laid out as any version of this library lays them out");
            }
        }

        var version = ReadVersion(connection);
        if (version > CurrentVersion)
        {
            throw new StoreSchemaTooNewException(store, version, CurrentVersion);
        }

        return version;
    }

    // The prototype store kept one table: events (position, stream_id, version, event_id, type, data).
    private static bool IsPrototype(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info('events') ORDER BY cid";
        var columns = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }

        return columns.SequenceEqual(["position", "stream_id", "version", "event_id", "type", "data"]);
    }

    /// <summary>Brings the file to <see cref="CurrentVersion"/>, or refuses a newer one.</summary>
    /// <param name="connection">An open connection with the busy timeout set.</param>
    /// <param name="store">The file, for messages.</param>
    /// <param name="beforeWriting">Runs once the version is known to be supported, before the first write (switches to WAL).</param>
    /// <exception cref="StoreSchemaTooNewException">The file's version is newer than this library's.</exception>
    /// <exception cref="StoreNotOursException">The file belongs to another application.</exception>
    /// <exception cref="StoreCorruptException">A migration failed: the file is not laid out as its version says.</exception>
    public static void Migrate(SqliteConnection connection, string store, Action beforeWriting)
    {
        var version = Check(connection, store);

        beforeWriting();
        if (version == CurrentVersion)
        {
            return;
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        // Another process may have migrated the file between the read above and this write lock.
        version = ReadVersion(connection);
        if (version > CurrentVersion)
        {
            throw new StoreSchemaTooNewException(store, version, CurrentVersion);
        }

        for (; version < CurrentVersion; version++)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Migrations[version] + $"\nUPDATE schema_version SET version = {version + 1} WHERE id = 1;";
            try
            {
                command.ExecuteNonQuery();
            }
            catch (SqliteException e) when (e.SqliteErrorCode is SqliteErrors.Error or SqliteErrors.Constraint)
            {
                throw new StoreCorruptException(store,
                    $"the migration of its schema from version {version} to {version + 1} failed, so the file was left as it was ({e.Message})", e);
            }
        }

        transaction.Commit();
    }
}
