using BenchmarkDotNet.Attributes;
using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Sqlite;
using Dialogue.Workflows.Storage;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace Dialogue.Workflows.Benchmarks;

/// <summary>
/// Reads across plans on SQLite stores of 1,000 and 10,000 plans: the first page of the plan list, a week's due steps
/// for one unit and for all, an idle monitor pass, and one command on one plan. Compare each method across sizes.
/// </summary>
[MemoryDiagnoser]
public class ReadModelBenchmarks
{
    private static readonly Actor Clerk = new("clerk", "Văn phòng", "office");
    private static readonly LocalDate Today = new(2025, 6, 2);
    private SqliteEventStore _store = null!;
    private DialogueEngine _engine = null!;
    private DeadlineMonitor _monitor = null!;
    private int _petition;

    /// <summary>How many plans the store holds.</summary>
    [Params(1000, 10000)]
    public int Plans { get; set; }

    /// <summary>Generates (or reuses) the store and fills the monitor's ledger with what is already due.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dialogue-read-model-{Plans}.db");
        var clock = new FakeClock(Today.AtStartOfDayInZone(VietnamTime.Zone).ToInstant() + Duration.FromHours(9));
        if (!File.Exists(path))
        {
            StoreGenerator.Generate(path, Plans);
        }

        _store = new SqliteEventStore(new SqliteEventStoreOptions { Path = path, DurableCommits = false });
        _engine = new DialogueEngine(new PlanTypeRegistry([new BenchmarkPlanType()]), _store, WorkingCalendar.Default, clock, authorizer: PlanAuthorizer.Unchecked);
        _monitor = new DeadlineMonitor(_engine, new InMemoryNotificationLedger(), [], clock, Options.Create(new DeadlineMonitorOptions { HostName = "bench" }));
        _monitor.RunOnceAsync().GetAwaiter().GetResult();
    }

    /// <summary>Closes the store.</summary>
    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    /// <summary>The first page of 50 plans.</summary>
    [Benchmark]
    public int ListFirstPage() => _engine.ListPlansAsync(new PlanQuery { Limit = 50 }).GetAwaiter().GetResult().Plans.Count;

    /// <summary>What the office has due in the coming week.</summary>
    [Benchmark]
    public int DueWeekOneUnit() =>
        _engine.DueAsync(new DueRequest { Today = Today, From = Today, Until = Today.PlusDays(7), Owner = "office" }).GetAwaiter().GetResult().Count;

    /// <summary>What every unit has due in the coming week.</summary>
    [Benchmark]
    public int DueWeekAll() => _engine.DueAsync(new DueRequest { Today = Today, From = Today, Until = Today.PlusDays(7) }).GetAwaiter().GetResult().Count;

    /// <summary>A monitor pass when every due notification has been delivered.</summary>
    [Benchmark]
    public int MonitorIdlePass() => _monitor.RunOnceAsync().GetAwaiter().GetResult();

    /// <summary>One command on one plan: a petition received.</summary>
    [Benchmark]
    public long OneCommand() =>
        _engine.ExecuteAsync("plan-000000", new ReceivePetition { By = Clerk, Subject = $"Kiến nghị {_petition++}", Petitioner = "Công dân", Channel = PetitionChannel.Paper }).GetAwaiter().GetResult().Version;
}
