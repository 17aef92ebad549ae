using BenchmarkDotNet.Attributes;
using Dialogue.Workflows.Hosting;
using Microsoft.Extensions.Options;

namespace Dialogue.Workflows.Benchmarks;

/// <summary>
/// A deadline monitor pass on 2025-09-08, when one plan in a hundred (<see cref="StoreGenerator.SoonPrefix"/> plans) has two
/// steps newly due and everything else due is already delivered. Before each pass their notifications are forgotten again,
/// so every measured pass delivers the same ones: two per plan in a hundred.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class MonitorPassBenchmarks
{
    private BenchmarkStore _store = null!;
    private DeadlineMonitor _monitor = null!;

    /// <summary>How many plans the store holds.</summary>
    [Params(1000, 10000, 100000)]
    public int Plans { get; set; }

    /// <summary>The store: SQLite, and PostgreSQL when a server is named.</summary>
    [ParamsSource(nameof(Stores))]
    public string Store { get; set; } = BenchmarkStore.Sqlite;

    /// <summary>The stores this run can reach.</summary>
    public static IEnumerable<string> Stores => BenchmarkStore.Available;

    /// <summary>Opens the store and delivers everything due on the day of the pass.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _store = BenchmarkStore.Open(Store, Plans);
        var clock = StoreGenerator.ClockOn(StoreGenerator.Later);
        _monitor = new DeadlineMonitor(StoreGenerator.Engine(_store.Store, clock), _store.Ledger, [], clock,
            Options.Create(new DeadlineMonitorOptions { HostName = "bench" }));
        var first = _monitor.RunOnceAsync().GetAwaiter().GetResult();
        _store.ForgetNotifications(StoreGenerator.SoonPrefix);
        var (again, _) = _store.Writes(() => _monitor.RunOnceAsync().GetAwaiter().GetResult());
        Console.WriteLine($"// {Store} {Plans:N0} plans on {StoreGenerator.Later}: first pass delivered {first}, a pass after forgetting the new ones {again}");
    }

    /// <summary>Forgets the new plans' notifications.</summary>
    [IterationSetup]
    public void Forget() => _store.ForgetNotifications(StoreGenerator.SoonPrefix);

    /// <summary>Closes the store.</summary>
    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    /// <summary>A monitor pass that delivers the newly due steps of one plan in a hundred.</summary>
    [Benchmark]
    public int MonitorPassOnePercentNew() => _monitor.RunOnceAsync().GetAwaiter().GetResult();
}
