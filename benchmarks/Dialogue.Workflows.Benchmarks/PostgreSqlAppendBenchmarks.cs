using BenchmarkDotNet.Attributes;
using Dialogue.Workflows.PostgreSql;
using Dialogue.Workflows.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Dialogue.Workflows.Benchmarks;

/// <summary>
/// One writer's append on PostgreSQL against the same row inserted by a prepared INSERT committed on its own (autocommit),
/// into a table with the same columns and unique index: the plain append, and the append that carries the plan's read model rows.
/// </summary>
/// <remarks>Needs <c>DIALOGUE_POSTGRES</c>. The server's defaults apply to both sides: every commit waits for its flush.</remarks>
[MemoryDiagnoser]
public class PostgreSqlAppendBenchmarks
{
    private const string Payload = """{"petitionId":"P-017","subject":"Đề nghị sửa đường hẻm tổ dân phố 5","petitioner":"Nguyễn Văn A","channel":"paper"}""";
    private string _connectionString = null!;
    private string _schema = null!;
    private PostgreSqlEventStore _store = null!;
    private NpgsqlConnection _raw = null!;
    private NpgsqlCommand _rawInsert = null!;
    private long _rawVersion;
    private long _storeVersion;
    private long _readModelVersion;

    /// <summary>Creates a schema of the benchmark's own with the store's tables and the baseline's table.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _connectionString = GeneratedStores.PostgreSqlConnectionString
            ?? throw new InvalidOperationException("Set DIALOGUE_POSTGRES to a PostgreSQL connection string: see benchmarks/README.md.");
        _schema = $"bench_{Guid.NewGuid():N}";
        _store = new PostgreSqlEventStore(new PostgreSqlEventStoreOptions { ConnectionString = _connectionString, Schema = _schema });
        _store.InitializeAsync().AsTask().GetAwaiter().GetResult();
        _raw = new NpgsqlConnection(_connectionString);
        _raw.Open();
        using (var create = new NpgsqlCommand(
            $"""
            CREATE TABLE {_schema}.raw_events (position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, stream_id text NOT NULL, version bigint NOT NULL,
                event_id uuid NOT NULL, type text NOT NULL, schema_version int NOT NULL, data text NOT NULL, UNIQUE (stream_id, version))
            """, _raw))
        {
            create.ExecuteNonQuery();
        }

        _rawInsert = new NpgsqlCommand($"INSERT INTO {_schema}.raw_events (stream_id, version, event_id, type, schema_version, data) VALUES ($1, $2, $3, $4, $5, $6)", _raw);
        _rawInsert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text });
        _rawInsert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint });
        _rawInsert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid });
        _rawInsert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text });
        _rawInsert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer });
        _rawInsert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text });
        _rawInsert.Prepare();
    }

    /// <summary>Drops the schema.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _rawInsert.Dispose();
        using (var drop = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", _raw))
        {
            drop.ExecuteNonQuery();
        }

        _raw.Dispose();
        _store.Dispose();
    }

    /// <summary>One row inserted by a prepared INSERT, committed on its own.</summary>
    [Benchmark(Baseline = true)]
    public int RawInsert()
    {
        var p = _rawInsert.Parameters;
        p[0].Value = "append";
        p[1].Value = ++_rawVersion;
        p[2].Value = Guid.NewGuid();
        p[3].Value = "petition-received";
        p[4].Value = 1;
        p[5].Value = Payload;
        return _rawInsert.ExecuteNonQuery();
    }

    /// <summary>One event appended to a stream: the plan is marked for projection in the same transaction.</summary>
    [Benchmark]
    public long StoreAppend()
    {
        var result = _store.AppendAsync("append", _storeVersion, [new EventData(Guid.NewGuid(), "petition-received", 1, Payload)]).GetAwaiter().GetResult();
        _storeVersion = result.StreamVersion;
        return result.LastPosition;
    }

    /// <summary>One event appended with the plan's read model rows (its summary and two dated steps) in the same transaction.</summary>
    [Benchmark]
    public long StoreAppendWithReadModel()
    {
        var result = _store.AppendAsync("append-read-model", _readModelVersion, [new EventData(Guid.NewGuid(), "petition-received", 1, Payload)],
            ReadModelRows.For("append-read-model", _readModelVersion + 1)).GetAwaiter().GetResult();
        _readModelVersion = result.StreamVersion;
        return result.LastPosition;
    }
}
