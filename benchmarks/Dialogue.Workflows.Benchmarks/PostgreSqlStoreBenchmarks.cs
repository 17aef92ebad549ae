using BenchmarkDotNet.Attributes;
using Dialogue.Workflows.PostgreSql;
using Dialogue.Workflows.Storage;
using Npgsql;

namespace Dialogue.Workflows.Benchmarks;

/// <summary>
/// Appends per second on PostgreSQL with 1, 4 and 8 writers at once, each on a plan of its own or all
/// on the same plan. Each invocation makes every writer append <see cref="AppendsPerWriter"/> single
/// events, and the reported time is that of one such append by every writer at once: the throughput
/// is <see cref="Writers"/> appends per reported time.
/// </summary>
/// <remarks>
/// Needs a server: set <c>DIALOGUE_POSTGRES</c> to a connection string of a database the benchmark
/// may create a schema in (benchmarks/README.md says how to start one). On the same plan a writer
/// that loses the race retries at the version the conflict reports, as a host retries a command.
/// </remarks>
[MemoryDiagnoser]
public class PostgreSqlStoreBenchmarks
{
    private const int AppendsPerWriter = 25;
    private const string Payload = """{"petitionId":"P-017","subject":"Đề nghị sửa đường hẻm tổ dân phố 5","petitioner":"Nguyễn Văn A","channel":"paper"}""";
    private string _connectionString = null!;
    private string _schema = null!;
    private PostgreSqlEventStore _store = null!;
    private long[] _versions = null!;
    private int _round;

    /// <summary>How many writers append at once.</summary>
    [Params(1, 4, 8)]
    public int Writers { get; set; }

    /// <summary>True: every writer appends to the same plan; false: each to its own.</summary>
    [Params(false, true)]
    public bool SamePlan { get; set; }

    /// <summary>Creates a schema of the benchmark's own.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _connectionString = Environment.GetEnvironmentVariable("DIALOGUE_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("Set DIALOGUE_POSTGRES to a PostgreSQL connection string: see benchmarks/README.md.");
        _schema = $"bench_{Guid.NewGuid():N}";
        _store = new PostgreSqlEventStore(new PostgreSqlEventStoreOptions { ConnectionString = _connectionString, Schema = _schema });
        _store.InitializeAsync().AsTask().GetAwaiter().GetResult();
        _versions = new long[Writers];
    }

    /// <summary>Drops the schema.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Every writer appends <see cref="AppendsPerWriter"/> events, one per append; the time is divided by that count.</summary>
    /// <returns>How many appends lost a race and were retried.</returns>
    [Benchmark(OperationsPerInvoke = AppendsPerWriter)]
    public int Append()
    {
        // A fresh plan (or plans) per invocation, so that the same-plan writers start level.
        var round = ++_round;
        Array.Clear(_versions);
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var plan = SamePlan ? $"plan-{round}" : $"plan-{round}-{w}";
            var slot = SamePlan ? 0 : w;
            var conflicts = 0;
            for (var n = 0; n < AppendsPerWriter; n++)
            {
                var expected = Volatile.Read(ref _versions[slot]);
                while (true)
                {
                    try
                    {
                        var result = await _store.AppendAsync(plan, expected, [new EventData(Guid.NewGuid(), "petition-received", 1, Payload)]);
                        InterlockedMax(ref _versions[slot], result.StreamVersion);
                        break;
                    }
                    catch (ConcurrencyException conflict)
                    {
                        conflicts++;
                        expected = conflict.ActualVersion;
                    }
                }
            }

            return conflicts;
        })).ToArray();
        return Task.WhenAll(writers).GetAwaiter().GetResult().Sum();
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
