using Dialogue.Workflows.PostgreSql;
using Dialogue.Workflows.Sqlite;
using Dialogue.Workflows.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Dialogue.Workflows.Benchmarks;

/// <summary>A generated store opened for a benchmark, with its notification ledger and a way to see what an operation wrote.</summary>
public sealed class BenchmarkStore : IDisposable
{
    /// <summary>The SQLite store's name in the benchmarks' parameters.</summary>
    public const string Sqlite = "SQLite";

    /// <summary>The PostgreSQL store's name in the benchmarks' parameters.</summary>
    public const string PostgreSql = "PostgreSQL";

    private readonly string? _file;
    private readonly string? _schema;

    private BenchmarkStore(IReadModelStore store, INotificationLedger ledger, string? file, string? schema)
    {
        Store = store;
        Ledger = ledger;
        _file = file;
        _schema = schema;
    }

    /// <summary>SQLite always; PostgreSQL when <c>DIALOGUE_POSTGRES</c> is set.</summary>
    public static IEnumerable<string> Available => GeneratedStores.PostgreSqlConnectionString is null ? [Sqlite] : [Sqlite, PostgreSql];

    /// <summary>The store.</summary>
    public IReadModelStore Store { get; }

    /// <summary>The store's notification ledger.</summary>
    public INotificationLedger Ledger { get; }

    /// <summary>Opens the generated store of <paramref name="plans"/> plans: SQLite on a copy, PostgreSQL on the schema with an empty ledger.</summary>
    /// <param name="kind"><see cref="Sqlite"/> or <see cref="PostgreSql"/>.</param>
    /// <param name="plans">How many plans.</param>
    /// <returns>The opened store.</returns>
    public static BenchmarkStore Open(string kind, int plans)
    {
        if (kind == Sqlite)
        {
            var file = GeneratedStores.SqliteCopy(plans);
            var store = new SqliteEventStore(new SqliteEventStoreOptions { Path = file, DurableCommits = false });
            return new BenchmarkStore(store, new SqliteNotificationLedger(store), file, null);
        }

        var schema = GeneratedStores.PostgreSql(plans)!;
        var postgres = new PostgreSqlEventStore(new PostgreSqlEventStoreOptions { ConnectionString = GeneratedStores.PostgreSqlConnectionString, Schema = schema });
        var opened = new BenchmarkStore(postgres, new PostgreSqlNotificationLedger(postgres), null, schema);
        opened.Execute("DELETE FROM {schema}.notifications");
        return opened;
    }

    /// <summary>The store's size: the file with its log, or the schema's tables and indexes.</summary>
    /// <returns>Bytes.</returns>
    public long Size() => _file is not null ? GeneratedStores.SqliteSize(_file) : GeneratedStores.PostgreSqlSize(_schema!);

    /// <summary>Runs <paramref name="operation"/> and says what it wrote: commits another connection saw (SQLite) or WAL bytes (PostgreSQL).</summary>
    /// <typeparam name="T">The operation's result.</typeparam>
    /// <param name="operation">The operation.</param>
    /// <returns>Its result and what it wrote.</returns>
    public (T Result, string Wrote) Writes<T>(Func<T> operation)
    {
        if (_file is not null)
        {
            // data_version changes when another connection commits to the file: exact for "wrote nothing".
            using var observer = new SqliteConnection($"Data Source={_file};Pooling=False");
            observer.Open();
            var before = SqliteScalar(observer, "PRAGMA data_version");
            var result = operation();
            var after = SqliteScalar(observer, "PRAGMA data_version");
            return (result, before == after ? "no commit" : "commits");
        }

        var start = (long)Scalar("SELECT pg_current_wal_insert_lsn() - '0/0'::pg_lsn")!;
        var value = operation();
        var end = (long)Scalar("SELECT pg_current_wal_insert_lsn() - '0/0'::pg_lsn")!;
        return (value, $"{end - start:N0} WAL bytes");
    }

    /// <summary>Forgets the notifications of plans whose id starts with <paramref name="prefix"/>, so that the next pass delivers them again.</summary>
    /// <param name="prefix">The plan id prefix.</param>
    public void ForgetNotifications(string prefix)
    {
        if (_file is not null)
        {
            using var connection = new SqliteConnection($"Data Source={_file};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM notifications WHERE key >= $from AND key < $to";
            command.Parameters.AddWithValue("$from", prefix);
            command.Parameters.AddWithValue("$to", prefix[..^1] + (char)(prefix[^1] + 1));
            command.ExecuteNonQuery();
            return;
        }

        Execute($"DELETE FROM {{schema}}.notifications WHERE key LIKE '{prefix}%'");
    }

    /// <summary>Closes the store and deletes a SQLite copy.</summary>
    public void Dispose()
    {
        (Store as IDisposable)?.Dispose();
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);
        }
    }

    private static long SqliteScalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(GeneratedStores.PostgreSqlConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        var value = command.ExecuteScalar();
        return value is decimal d ? (long)d : value;
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(GeneratedStores.PostgreSqlConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql.Replace("{schema}", _schema, StringComparison.Ordinal), connection);
        command.ExecuteNonQuery();
    }
}
