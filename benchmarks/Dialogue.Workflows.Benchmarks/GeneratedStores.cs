using System.Diagnostics;
using Dialogue.Workflows.PostgreSql;
using Dialogue.Workflows.Sqlite;
using Dialogue.Workflows.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Dialogue.Workflows.Benchmarks;

/// <summary>
/// Stores filled with <see cref="StoreGenerator"/>'s plans: a SQLite file in the temporary folder and, when
/// <c>DIALOGUE_POSTGRES</c> names a server, a PostgreSQL schema, each made once per size and generator version and reused.
/// </summary>
/// <remarks>
/// Events, stream heads and command ids are written by plain SQL (SQLite: prepared inserts; PostgreSQL: binary COPY) in
/// transactions of 2,000 plans, because the store's append takes a transaction per plan, which at 100,000 plans is most of
/// the generation time. The read model rows go through the store's own write path
/// (<see cref="IReadModelStore.WriteReadModelAsync"/>, one transaction per 2,000 plans), so that they are written exactly
/// as an append writes them. The SQL names its columns and touches only the tables of events, stream heads and command
/// ids, so tables a newer schema adds do not disturb it.
/// </remarks>
public static class GeneratedStores
{
    private const int Batch = 2000;

    /// <summary>The connection string in <c>DIALOGUE_POSTGRES</c>, or null.</summary>
    public static string? PostgreSqlConnectionString => Environment.GetEnvironmentVariable("DIALOGUE_POSTGRES") is { Length: > 0 } value ? value : null;

    /// <summary>The generated SQLite file of <paramref name="plans"/> plans, made if missing. Benchmarks that write work on a copy.</summary>
    /// <param name="plans">How many plans.</param>
    /// <returns>The file's path.</returns>
    public static string Sqlite(int plans)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dialogue-bench-v{StoreGenerator.Version}-{plans}.db");
        if (File.Exists(path))
        {
            return path;
        }

        var partial = path + ".partial";
        File.Delete(partial);
        var watch = Stopwatch.StartNew();
        using (var store = new SqliteEventStore(new SqliteEventStoreOptions { Path = partial, DurableCommits = false }))
        {
            var engine = StoreGenerator.Engine(store, StoreGenerator.ClockOn(StoreGenerator.Today));
            // The read model's format and calendar are recorded on the empty store, so that no plan is left to project later.
            engine.ListPlansAsync(new PlanQuery { Limit = 1 }).GetAwaiter().GetResult();
            var samples = new List<StoreGenerator.PlanCopy>();
            using (var connection = new SqliteConnection($"Data Source={partial};Pooling=False"))
            {
                connection.Open();
                Execute(connection, "PRAGMA synchronous = OFF");
                using var stream = Prepare(connection, "INSERT INTO streams (stream_id, version) VALUES ($1, $2)", 2);
                using var insertEvent = Prepare(connection, "INSERT INTO events (stream_id, version, event_id, type, schema_version, data) VALUES ($1, $2, $3, $4, $5, $6)", 6);
                insertEvent.Parameters[2].SqliteType = SqliteType.Text;
                using var command = Prepare(connection, "INSERT INTO commands (stream_id, command_id, first_version, last_version) VALUES ($1, $2, $3, $4)", 4);
                foreach (var batch in StoreGenerator.Plans(plans).Chunk(Batch))
                {
                    samples.AddRange(batch.Take(2).Concat(batch.TakeLast(1)).Concat(batch.Where(p => p.Id.StartsWith(StoreGenerator.SoonPrefix, StringComparison.Ordinal)).Take(1)));
                    using (var transaction = connection.BeginTransaction())
                    {
                        stream.Transaction = insertEvent.Transaction = command.Transaction = transaction;
                        foreach (var plan in batch)
                        {
                            Run(stream, plan.Id, (long)plan.Events.Count);
                            for (var v = 0; v < plan.Events.Count; v++)
                            {
                                var e = plan.Events[v];
                                Run(insertEvent, plan.Id, v + 1L, e.EventId, e.Type, e.SchemaVersion, e.Data);
                            }

                            foreach (var c in plan.Commands)
                            {
                                Run(command, plan.Id, c.CommandId, c.FirstVersion, c.LastVersion);
                            }
                        }

                        transaction.Commit();
                    }

                    WriteReadModel(store, batch);
                }
            }

            Check(engine, store, samples);
        }

        using (var connection = new SqliteConnection($"Data Source={partial};Pooling=False"))
        {
            connection.Open();
            Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        }

        File.Move(partial, path);
        Console.WriteLine($"// Generated {plans:N0} plans into {path} in {watch.Elapsed.TotalSeconds:F1} s: {new FileInfo(path).Length:N0} bytes");
        return path;
    }

    /// <summary>A copy of the generated SQLite file of <paramref name="plans"/> plans in a new temporary folder, for a benchmark that writes.</summary>
    /// <param name="plans">How many plans.</param>
    /// <returns>The copy's path; delete its folder when done.</returns>
    public static string SqliteCopy(int plans)
    {
        var source = Sqlite(plans);
        var folder = Directory.CreateTempSubdirectory("dialogue-bench-").FullName;
        var copy = Path.Combine(folder, "store.db");
        File.Copy(source, copy);
        return copy;
    }

    /// <summary>The size of a SQLite file with its write-ahead log.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Bytes.</returns>
    public static long SqliteSize(string path) => new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);

    /// <summary>The generated PostgreSQL schema of <paramref name="plans"/> plans, made if missing; null without a server.</summary>
    /// <param name="plans">How many plans.</param>
    /// <returns>The schema's name.</returns>
    public static string? PostgreSql(int plans)
    {
        if (PostgreSqlConnectionString is not { } connectionString)
        {
            return null;
        }

        var schema = $"bench_v{StoreGenerator.Version}_{plans}";
        using (var connection = new NpgsqlConnection(connectionString))
        {
            connection.Open();
            var complete = Scalar(connection, $"SELECT to_regclass('{schema}.generated') IS NOT NULL") is true;
            if (complete)
            {
                return schema;
            }

            ExecutePg(connection, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }

        var watch = Stopwatch.StartNew();
        using (var store = new PostgreSqlEventStore(new PostgreSqlEventStoreOptions { ConnectionString = connectionString, Schema = schema }))
        {
            var engine = StoreGenerator.Engine(store, StoreGenerator.ClockOn(StoreGenerator.Today));
            engine.ListPlansAsync(new PlanQuery { Limit = 1 }).GetAwaiter().GetResult();
            var samples = new List<StoreGenerator.PlanCopy>();
            using (var connection = new NpgsqlConnection(connectionString))
            {
                connection.Open();
                foreach (var batch in StoreGenerator.Plans(plans).Chunk(Batch))
                {
                    samples.AddRange(batch.Take(2).Concat(batch.TakeLast(1)).Concat(batch.Where(p => p.Id.StartsWith(StoreGenerator.SoonPrefix, StringComparison.Ordinal)).Take(1)));
                    using (var transaction = connection.BeginTransaction())
                    {
                        var position = (long)Scalar(connection, $"SELECT position FROM {schema}.position_head WHERE id = 1 FOR UPDATE")!;
                        using (var copy = connection.BeginBinaryImport($"COPY {schema}.streams (stream_id, version) FROM STDIN (FORMAT BINARY)"))
                        {
                            foreach (var plan in batch)
                            {
                                copy.StartRow();
                                copy.Write(plan.Id, NpgsqlDbType.Text);
                                copy.Write((long)plan.Events.Count, NpgsqlDbType.Bigint);
                            }

                            copy.Complete();
                        }

                        using (var copy = connection.BeginBinaryImport(
                            $"COPY {schema}.events (position, stream_id, version, event_id, type, schema_version, data) FROM STDIN (FORMAT BINARY)"))
                        {
                            foreach (var plan in batch)
                            {
                                for (var v = 0; v < plan.Events.Count; v++)
                                {
                                    var e = plan.Events[v];
                                    copy.StartRow();
                                    copy.Write(++position, NpgsqlDbType.Bigint);
                                    copy.Write(plan.Id, NpgsqlDbType.Text);
                                    copy.Write(v + 1L, NpgsqlDbType.Bigint);
                                    copy.Write(e.EventId, NpgsqlDbType.Uuid);
                                    copy.Write(e.Type, NpgsqlDbType.Text);
                                    copy.Write(e.SchemaVersion, NpgsqlDbType.Integer);
                                    copy.Write(e.Data, NpgsqlDbType.Text);
                                }
                            }

                            copy.Complete();
                        }

                        using (var copy = connection.BeginBinaryImport($"COPY {schema}.commands (stream_id, command_id, first_version, last_version) FROM STDIN (FORMAT BINARY)"))
                        {
                            foreach (var c in batch.SelectMany(p => p.Commands))
                            {
                                copy.StartRow();
                                copy.Write(c.StreamId, NpgsqlDbType.Text);
                                copy.Write(c.CommandId, NpgsqlDbType.Text);
                                copy.Write(c.FirstVersion, NpgsqlDbType.Bigint);
                                copy.Write(c.LastVersion, NpgsqlDbType.Bigint);
                            }

                            copy.Complete();
                        }

                        ExecutePg(connection, $"UPDATE {schema}.position_head SET position = {position} WHERE id = 1");
                        transaction.Commit();
                    }

                    WriteReadModel(store, batch);
                }

                Check(engine, store, samples);
                ExecutePg(connection, $"ANALYZE; CREATE TABLE {schema}.generated (plans int)");
            }
        }

        Console.WriteLine($"// Generated {plans:N0} plans into PostgreSQL schema {schema} in {watch.Elapsed.TotalSeconds:F1} s: {PostgreSqlSize(schema):N0} bytes");
        return schema;
    }

    /// <summary>The bytes a schema's tables and indexes take on the server.</summary>
    /// <param name="schema">The schema.</param>
    /// <returns>Bytes.</returns>
    public static long PostgreSqlSize(string schema)
    {
        using var connection = new NpgsqlConnection(PostgreSqlConnectionString);
        connection.Open();
        return (long)(decimal)Scalar(connection,
            $"SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '{schema}' AND c.relkind = 'r'")!;
    }

    private static void WriteReadModel(IReadModelStore store, StoreGenerator.PlanCopy[] batch)
    {
        var written = store.WriteReadModelAsync([.. batch.Select(p => p.Update)]).GetAwaiter().GetResult();
        if (written != batch.Length)
        {
            throw new InvalidOperationException($"The store wrote the rows of {written} plans out of {batch.Length}.");
        }
    }

    // A few plans replayed from the store must project to the rows written for them, and nothing may be left pending.
    private static void Check(Runtime.DialogueEngine engine, IReadModelStore store, IEnumerable<StoreGenerator.PlanCopy> samples)
    {
        if (store.GetReadModelStateAsync().GetAwaiter().GetResult().Pending)
        {
            throw new InvalidOperationException("The generated store has plans waiting for their read model rows.");
        }

        foreach (var copy in samples)
        {
            var projected = engine.Projection(engine.GetAsync(copy.Id).GetAwaiter().GetResult());
            if (projected.Summary != copy.Update.Summary || !projected.Items.SequenceEqual(copy.Update.Items))
            {
                throw new InvalidOperationException($"The generated plan {copy.Id} does not replay to the rows written for it.");
            }
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = $"${i}" });
        }

        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    private static void ExecutePg(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
