using System.Diagnostics;
using Dialogue.Workflows.Hosting;
using Microsoft.Extensions.Options;

namespace Dialogue.Workflows.Benchmarks;

/// <summary>
/// The WAL an idle deadline monitor pass writes on PostgreSQL (<c>pg_current_wal_insert_lsn</c> before and after), against
/// the WAL the server writes in the same time without a pass: the server logs a few records of its own (a snapshot of
/// running transactions every 15 seconds while there is activity), so only the difference says what the passes wrote.
/// </summary>
public static class MonitorWal
{
    /// <summary>Runs a first pass (it delivers what is due), then <paramref name="passes"/> idle ones, and reports the WAL of each part.</summary>
    /// <param name="plans">The generated store's size.</param>
    /// <param name="passes">How many idle passes.</param>
    /// <returns>A line for the report.</returns>
    public static string Measure(int plans, int passes)
    {
        using var store = BenchmarkStore.Open(BenchmarkStore.PostgreSql, plans);
        var clock = StoreGenerator.ClockOn(StoreGenerator.Today);
        var monitor = new DeadlineMonitor(StoreGenerator.Engine(store.Store, clock), store.Ledger, [], clock, Options.Create(new DeadlineMonitorOptions { HostName = "bench" }));
        var (delivered, first) = store.Writes(() => monitor.RunOnceAsync().GetAwaiter().GetResult());
        var watch = Stopwatch.StartNew();
        var (idle, wrote) = store.Writes(() => Enumerable.Range(0, passes).Sum(_ => monitor.RunOnceAsync().GetAwaiter().GetResult()));
        var elapsed = watch.Elapsed;
        var (_, quiet) = store.Writes(() =>
        {
            Thread.Sleep(elapsed);
            return 0;
        });
        return $"{plans:N0} plans: first pass delivered {delivered} and wrote {first}; {passes} idle passes ({elapsed.TotalSeconds:F2} s) delivered {idle} and wrote {wrote}; " +
            $"the same time without a pass: {quiet}";
    }
}
