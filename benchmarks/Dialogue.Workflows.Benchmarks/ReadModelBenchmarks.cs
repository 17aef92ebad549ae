using BenchmarkDotNet.Attributes;
using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using Microsoft.Extensions.Options;

namespace Dialogue.Workflows.Benchmarks;

/// <summary>
/// Reads across plans on stores of 1,000, 10,000 and 100,000 plans made by <see cref="StoreGenerator"/>: the first page of
/// the plan list, a week's due steps for one unit and for all (80 rows at every size), a monitor pass when every
/// notification is already delivered, and one command on one plan. Compare each method across sizes.
/// </summary>
/// <remarks>
/// SQLite runs on a copy of the generated file; PostgreSQL (when <c>DIALOGUE_POSTGRES</c> is set) on the generated schema,
/// whose notification ledger is emptied first. The setup prints the store's size, the rows each query returns, and what
/// an idle monitor pass wrote (SQLite: commits seen by another connection; PostgreSQL: WAL bytes).
/// </remarks>
[MemoryDiagnoser]
public class ReadModelBenchmarks
{
    private static readonly Actor Clerk = new("clerk", "Văn phòng", "office");
    private BenchmarkStore _store = null!;
    private DialogueEngine _engine = null!;
    private DeadlineMonitor _monitor = null!;
    private int _command;

    /// <summary>How many plans the store holds.</summary>
    [Params(1000, 10000, 100000)]
    public int Plans { get; set; }

    /// <summary>The store: SQLite, and PostgreSQL when a server is named.</summary>
    [ParamsSource(nameof(Stores))]
    public string Store { get; set; } = BenchmarkStore.Sqlite;

    /// <summary>The stores this run can reach.</summary>
    public static IEnumerable<string> Stores => BenchmarkStore.Available;

    /// <summary>Opens (generating if needed) the store and delivers what is due, so that the monitor's next pass has nothing new.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _store = BenchmarkStore.Open(Store, Plans);
        var clock = StoreGenerator.ClockOn(StoreGenerator.Today);
        _engine = StoreGenerator.Engine(_store.Store, clock);
        _monitor = new DeadlineMonitor(_engine, _store.Ledger, [], clock, Options.Create(new DeadlineMonitorOptions { HostName = "bench" }));
        var delivered = _monitor.RunOnceAsync().GetAwaiter().GetResult();
        var (idle, wrote) = _store.Writes(() => _monitor.RunOnceAsync().GetAwaiter().GetResult());
        Console.WriteLine($"// {Store} {Plans:N0} plans: {_store.Size():N0} bytes; due this week {DueWeekAll()} (office {DueWeekOneUnit()}); " +
            $"first pass delivered {delivered}, idle pass delivered {idle} and wrote {wrote}");
    }

    /// <summary>Closes the store.</summary>
    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    /// <summary>The first page of 50 plans.</summary>
    [Benchmark]
    public int ListFirstPage() => _engine.ListPlansAsync(new PlanQuery { Limit = 50 }).GetAwaiter().GetResult().Plans.Count;

    /// <summary>What the office has due in the week.</summary>
    [Benchmark]
    public int DueWeekOneUnit() => _engine.DueAsync(new DueRequest
    {
        Today = StoreGenerator.Today, From = StoreGenerator.Today, Until = StoreGenerator.Today.PlusDays(7), Owner = "office",
    }).GetAwaiter().GetResult().Count;

    /// <summary>What every unit has due in the week.</summary>
    [Benchmark]
    public int DueWeekAll() => _engine.DueAsync(new DueRequest
    {
        Today = StoreGenerator.Today, From = StoreGenerator.Today, Until = StoreGenerator.Today.PlusDays(7),
    }).GetAwaiter().GetResult().Count;

    /// <summary>A monitor pass when every due notification has been delivered.</summary>
    [Benchmark]
    public int MonitorIdlePass() => _monitor.RunOnceAsync().GetAwaiter().GetResult();

    /// <summary>One command on one plan: a petition received, on one of the week's plans in turn (so that no history grows long).</summary>
    [Benchmark]
    public long OneCommand() =>
        _engine.ExecuteAsync($"plan-{1 + (_command++ % StoreGenerator.WeekPlans):000000}", new ReceivePetition
        {
            By = Clerk, Subject = $"Kiến nghị {_command}", Petitioner = "Công dân", Channel = PetitionChannel.Paper,
        }).GetAwaiter().GetResult().Version;
}
