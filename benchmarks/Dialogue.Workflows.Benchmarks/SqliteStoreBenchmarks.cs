using BenchmarkDotNet.Attributes;
using Dialogue.Workflows.Sqlite;
using Dialogue.Workflows.Storage;
using Microsoft.Data.Sqlite;

namespace Dialogue.Workflows.Benchmarks;

/// <summary>
/// The SQLite store against Microsoft.Data.Sqlite used by hand, on files in a temporary folder.
/// Append: one event per append, against the same row inserted by a prepared INSERT in its own
/// transaction on an open connection, in WAL mode at the same <c>synchronous</c> setting. Replay:
/// reading a 1,000-event stream, against a prepared SELECT of the same rows into the same objects.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SqliteStoreBenchmarks
{
    private const string Payload = """{"petitionId":"P-017","subject":"Đề nghị sửa đường hẻm tổ dân phố 5","petitioner":"Nguyễn Văn A","channel":"paper"}""";
    private string _folder = null!;
    private SqliteEventStore _store = null!;
    private SqliteConnection _raw = null!;
    private SqliteCommand _rawInsert = null!;
    private SqliteCommand _rawSelect = null!;
    private long _storeVersion;
    private long _readModelVersion;
    private long _rawVersion;

    /// <summary>True: <c>synchronous=FULL</c>, every commit flushed to the disk; false: <c>NORMAL</c>.</summary>
    [Params(true, false)]
    public bool DurableCommits { get; set; }

    /// <summary>Creates both files and records a 1,000-event stream in each.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("dialogue-benchmarks-").FullName;
        _store = new SqliteEventStore(new SqliteEventStoreOptions { Path = Path.Combine(_folder, "store.db"), DurableCommits = DurableCommits });
        for (var v = 0; v < 1000; v += 100)
        {
            _store.AppendAsync("replay", v, [.. Enumerable.Range(0, 100).Select(_ => Event())]).GetAwaiter().GetResult();
        }

        _raw = new SqliteConnection($"Data Source={Path.Combine(_folder, "raw.db")};Pooling=False");
        _raw.Open();
        using (var setup = _raw.CreateCommand())
        {
            setup.CommandText = $"""
                PRAGMA journal_mode = WAL; PRAGMA synchronous = {(DurableCommits ? "FULL" : "NORMAL")};
                CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, stream_id TEXT NOT NULL, version INTEGER NOT NULL,
                    event_id TEXT NOT NULL, type TEXT NOT NULL, schema_version INTEGER NOT NULL, data TEXT NOT NULL);
                CREATE UNIQUE INDEX events_stream_version ON events (stream_id, version);
                """;
            setup.ExecuteNonQuery();
        }

        _rawInsert = _raw.CreateCommand();
        _rawInsert.CommandText = "INSERT INTO events (stream_id, version, event_id, type, schema_version, data) VALUES ($s, $v, $id, $t, $sv, $d)";
        foreach (var name in new[] { "$s", "$v", "$id", "$t", "$sv", "$d" })
        {
            _rawInsert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _rawInsert.Parameters[2].SqliteType = SqliteType.Text;
        _rawInsert.Prepare();
        for (var v = 1; v <= 1000; v++)
        {
            RawInsert("replay", v, Event());
        }

        _rawSelect = _raw.CreateCommand();
        _rawSelect.CommandText = "SELECT version, position, event_id, type, schema_version, data FROM events WHERE stream_id = $s AND version >= $v ORDER BY version";
        _rawSelect.Parameters.Add(new SqliteParameter("$s", "replay"));
        _rawSelect.Parameters.Add(new SqliteParameter("$v", 1L));
        _rawSelect.Prepare();
    }

    /// <summary>Closes both files and deletes the folder.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _rawSelect.Dispose();
        _rawInsert.Dispose();
        _raw.Dispose();
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>One row inserted by a prepared INSERT, committed on its own.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Append")]
    public void RawInsert() => RawInsert("append", ++_rawVersion, Event());

    /// <summary>One event appended to a stream: version check, head row, insert, commit.</summary>
    [Benchmark]
    [BenchmarkCategory("Append")]
    public long StoreAppend()
    {
        var result = _store.AppendAsync("append", _storeVersion, [Event()]).GetAwaiter().GetResult();
        _storeVersion = result.StreamVersion;
        return result.LastPosition;
    }

    /// <summary>One event appended with the plan's read model rows (its summary and two dated steps) in the same transaction.</summary>
    [Benchmark]
    [BenchmarkCategory("Append")]
    public long StoreAppendWithReadModel()
    {
        var result = _store.AppendAsync("append-read-model", _readModelVersion, [Event()], ReadModelRows.For("append-read-model", _readModelVersion + 1))
            .GetAwaiter().GetResult();
        _readModelVersion = result.StreamVersion;
        return result.LastPosition;
    }

    /// <summary>The 1,000 rows read by a prepared SELECT into the store's own record types.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Replay 1,000 events")]
    public int RawSelect()
    {
        var events = new List<RecordedEvent>();
        using var reader = _rawSelect.ExecuteReader();
        while (reader.Read())
        {
            events.Add(new RecordedEvent("replay", reader.GetInt64(0), reader.GetInt64(1),
                new EventData(reader.GetGuid(2), reader.GetString(3), reader.GetInt32(4), reader.GetString(5))));
        }

        return events.Count;
    }

    /// <summary>The 1,000-event stream read through the store.</summary>
    [Benchmark]
    [BenchmarkCategory("Replay 1,000 events")]
    public int StoreReadStream() => _store.ReadStreamAsync("replay").GetAwaiter().GetResult().Count;

    private static EventData Event() => new(Guid.NewGuid(), "petition-received", 1, Payload);

    private void RawInsert(string stream, long version, EventData data)
    {
        var parameters = _rawInsert.Parameters;
        parameters[0].Value = stream;
        parameters[1].Value = version;
        parameters[2].Value = data.EventId;
        parameters[3].Value = data.Type;
        parameters[4].Value = data.SchemaVersion;
        parameters[5].Value = data.Data;
        _rawInsert.ExecuteNonQuery();
    }
}
