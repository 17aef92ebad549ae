using Dialogue.Workflows.Storage;
using Npgsql;

namespace Dialogue.Workflows.PostgreSql;

/// <summary>The store's tables in its schema, their version, and the steps that bring an older schema up to date.</summary>
/// <remarks>
/// The version is the single row of <c>schema_version</c>; a schema without that table is version 0
/// (new); version 2 adds the <c>notifications</c> table of <see cref="PostgreSqlNotificationLedger"/>, version 3
/// the <c>commands</c> table of idempotent appends, version 4 the read model (every plan of an older schema is marked pending and rebuilt on first use), version 5 the <c>snapshots</c> table (empty: plans are replayed until they grow a snapshot). Migrations run in one transaction under an advisory lock on the schema's name, after the
/// version is read again, so that hosts starting together migrate once; DDL is transactional in
/// PostgreSQL, so a failed migration leaves nothing behind. A newer version is refused before
/// anything is written.
/// </remarks>
internal sealed class PostgreSqlSchema(string name)
{
    // Quoted, so that a name such as "user" is not read as a keyword; names are validated as plain identifiers.
    private readonly string _schema = $"\"{name}\"";

    /// <summary>The version this library writes.</summary>
    public const int CurrentVersion = 5;

    /// <summary>Migrations[i] takes a schema from version i to version i + 1.</summary>
    private string[] Migrations =>
    [
        // 0 → 1
        $"""
        -- One row per stream: its head version (the row lock that orders appends to one plan) and its creation order.
        CREATE TABLE {_schema}.streams (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            stream_id text NOT NULL UNIQUE,
            version bigint NOT NULL CHECK (version > 0));

        -- The last position handed out. Appends take this row's lock last and keep it until they commit,
        -- so positions are committed in increasing order and ReadAll never skips one that commits later.
        CREATE TABLE {_schema}.position_head (
            id int PRIMARY KEY CHECK (id = 1),
            position bigint NOT NULL);
        INSERT INTO {_schema}.position_head (id, position) VALUES (1, 0);

        -- data is text, not jsonb: the store keeps the engine's bytes exactly and never parses them.
        CREATE TABLE {_schema}.events (
            position bigint PRIMARY KEY,
            stream_id text NOT NULL REFERENCES {_schema}.streams (stream_id),
            version bigint NOT NULL CHECK (version > 0),
            event_id uuid NOT NULL,
            type text NOT NULL,
            schema_version int NOT NULL CHECK (schema_version > 0),
            data text NOT NULL,
            -- The last line of defence against two writers recording the same version of a stream.
            CONSTRAINT events_stream_version UNIQUE (stream_id, version));

        CREATE TABLE {_schema}.schema_version (
            id int PRIMARY KEY CHECK (id = 1),
            version int NOT NULL);
        INSERT INTO {_schema}.schema_version (id, version) VALUES (1, 0);
        """,

        // 1 → 2: the deadline monitor's notification ledger, shared by every host on the schema.
        $"""
        CREATE TABLE {_schema}.notifications (
            key text PRIMARY KEY,
            state text NOT NULL CHECK (state IN ('claimed', 'delivered', 'failed')),
            owner text NOT NULL,
            attempts int NOT NULL CHECK (attempts > 0),
            lease_until timestamptz NOT NULL,
            delivered_at timestamptz,
            last_error text);
        """,

        // 2 → 3: the command ids of idempotent appends, unique per stream. An append inserts its command's
        // row first, before the stream's head row exists for a new stream, so the reference is checked at commit.
        $"""
        CREATE TABLE {_schema}.commands (
            stream_id text NOT NULL REFERENCES {_schema}.streams (stream_id) DEFERRABLE INITIALLY DEFERRED,
            command_id text NOT NULL,
            first_version bigint NOT NULL CHECK (first_version > 0),
            last_version bigint NOT NULL CHECK (last_version >= first_version),
            PRIMARY KEY (stream_id, command_id));
        """,

        // 3 → 4: the read model, written by every append in its transaction; plans appended without their rows, and every
        // plan of an older schema, wait in read_model_pending until the engine projects them.
        $"""
        CREATE TABLE {_schema}.plan_summaries (
            plan_id text PRIMARY KEY REFERENCES {_schema}.streams (stream_id) DEFERRABLE INITIALLY DEFERRED,
            seq bigint NOT NULL,
            type_key text NOT NULL,
            type_version int NOT NULL,
            title text NOT NULL,
            issuer text NOT NULL,
            year int NOT NULL,
            tenant_id text,
            status text NOT NULL,
            version bigint NOT NULL,
            document text,
            created_at timestamptz NOT NULL,
            open_items int NOT NULL,
            next_due date,
            calendar text NOT NULL,
            search text NOT NULL,
            problem text);
        CREATE UNIQUE INDEX plan_summaries_seq ON {_schema}.plan_summaries (seq);
        CREATE INDEX plan_summaries_status ON {_schema}.plan_summaries (status, seq);
        CREATE INDEX plan_summaries_tenant ON {_schema}.plan_summaries (tenant_id, seq);
        CREATE INDEX plan_summaries_calendar ON {_schema}.plan_summaries (calendar, plan_id) WHERE open_items > 0;

        CREATE TABLE {_schema}.dated_items (
            plan_id text NOT NULL,
            entity_id text NOT NULL,
            kind text NOT NULL,
            owner text NOT NULL,
            owner_name text NOT NULL,
            due date NOT NULL,
            state text NOT NULL,
            title text NOT NULL,
            english_title text NOT NULL,
            session text,
            tenant_id text,
            moved_from date,
            moved_to date,
            PRIMARY KEY (plan_id, entity_id));
        CREATE INDEX dated_items_due ON {_schema}.dated_items (due, plan_id, entity_id);
        CREATE INDEX dated_items_owner ON {_schema}.dated_items (owner, due, plan_id, entity_id);
        CREATE INDEX dated_items_moved ON {_schema}.dated_items (due, plan_id, entity_id) WHERE moved_to IS NOT NULL;

        CREATE TABLE {_schema}.read_model_pending (
            seq bigint PRIMARY KEY,
            stream_id text NOT NULL UNIQUE);
        CREATE TABLE {_schema}.read_model_state (
            id int PRIMARY KEY CHECK (id = 1),
            format int NOT NULL,
            calendar text);
        INSERT INTO {_schema}.read_model_state (id, format, calendar) VALUES (1, 0, NULL);
        INSERT INTO {_schema}.read_model_pending (seq, stream_id) SELECT seq, stream_id FROM {_schema}.streams;
        """,

        // 4 → 5: the latest snapshot of each stream, a cache of the fold of its events that the engine writes after commands
        // and may ignore; it starts empty, so nothing about an older schema's plans changes.
        $"""
        CREATE TABLE {_schema}.snapshots (
            stream_id text PRIMARY KEY REFERENCES {_schema}.streams (stream_id),
            version bigint NOT NULL CHECK (version > 0),
            format int NOT NULL,
            type_key text NOT NULL,
            type_version int NOT NULL,
            data text NOT NULL);
        """,
    ];

    /// <summary>Reads the schema's version: 0 when it has no <c>schema_version</c> table (or does not exist).</summary>
    public async Task<int> ReadVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT to_regclass('{_schema}.schema_version') IS NOT NULL", connection, transaction);
        if (!(bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
        {
            return 0;
        }

        command.CommandText = $"SELECT version FROM {_schema}.schema_version WHERE id = 1";
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is int version ? version : 0;
    }

    /// <summary>Creates the schema or brings it to <see cref="CurrentVersion"/>, or refuses a newer one.</summary>
    /// <exception cref="StoreSchemaTooNewException">The schema's version is newer than this library's.</exception>
    /// <exception cref="StoreCorruptException">A migration failed on tables that are not laid out as their version says.</exception>
    public async Task MigrateAsync(NpgsqlConnection connection, string store, CancellationToken cancellationToken)
    {
        var version = await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
        if (version > CurrentVersion)
        {
            throw new StoreSchemaTooNewException(store, version, CurrentVersion);
        }

        if (version == CurrentVersion)
        {
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = $"dialogue-workflows:{name}" });
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            // CREATE SCHEMA needs the right to create schemas even when it exists: ask only for a missing one,
            // so that a host whose administrator made the schema can run without that right.
            command.CommandText = "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)";
            command.Parameters[0] = new NpgsqlParameter<string> { TypedValue = name };
            if (!(bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
            {
                command.Parameters.Clear();
                command.CommandText = $"CREATE SCHEMA {_schema}";
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        // Under the lock: another host may have migrated in the meantime.
        version = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (version > CurrentVersion)
        {
            throw new StoreSchemaTooNewException(store, version, CurrentVersion);
        }

        for (; version < CurrentVersion; version++)
        {
            await using var command = new NpgsqlCommand(Migrations[version] + $"\nUPDATE {_schema}.schema_version SET version = {version + 1} WHERE id = 1;", connection, transaction);
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException e) when (e.SqlState.StartsWith("42", StringComparison.Ordinal) || e.SqlState.StartsWith("23", StringComparison.Ordinal))
            {
                throw new StoreCorruptException(store,
                    $"the migration of its schema from version {version} to {version + 1} failed, so it was left as it was ({e.SqlState}: {e.MessageText})", e);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
