using System.Collections.Concurrent;
using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace Dialogue.Workflows.Sqlite.Tests;

/// <summary>Two deadline monitors, each with its own engine, store and ledger on one SQLite file: two hosts.</summary>
public sealed class SqliteDeadlineMonitorTests : IDisposable
{
    private static readonly Actor Clerk = new("clerk-01", "Văn phòng", "office");
    private readonly TempFolder _folder = new();
    private readonly List<SqliteEventStore> _stores = [];
    private readonly FakeClock _clock = new(MorningOf(new LocalDate(2024, 5, 20)));

    public void Dispose()
    {
        _stores.ForEach(store => store.Dispose());
        _folder.Dispose();
    }

    [Fact]
    public async Task RunOnce_TwoHostsOnOneFile_DeliverEachNotificationOnce()
    {
        var handler = new RecordingHandler();
        var (hostA, engineA) = Host("host-a", handler);
        var (hostB, _) = Host("host-b", handler);
        foreach (var plan in new[] { "plan-1", "plan-2", "plan-3" })
        {
            await engineA.CreateAsync(new CreatePlan { TypeKey = "sqlite-test", By = Clerk, PlanId = plan });
        }

        // 3/6/2024: each plan's notice is due 4/6, one working day ahead.
        _clock.Reset(MorningOf(new LocalDate(2024, 6, 3)));
        var delivered = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => (i % 2 == 0 ? hostA : hostB).RunOnceAsync())));

        Assert.Equal(3, delivered.Sum());
        string[] keys = ["plan-1/notice@s1/Approaching/2024-06-04", "plan-2/notice@s1/Approaching/2024-06-04", "plan-3/notice@s1/Approaching/2024-06-04"];
        Assert.Equal(keys, handler.Keys.Order(StringComparer.Ordinal));
        var ledger = new SqliteNotificationLedger(Store());
        foreach (var key in keys)
        {
            Assert.Equal(NotificationState.Delivered, (await ledger.GetAsync(key))!.State);
        }

        // The next day the same notices are due today: each is delivered once more, by either host.
        _clock.Reset(MorningOf(new LocalDate(2024, 6, 4)));
        delivered = await Task.WhenAll(hostB.RunOnceAsync(), hostA.RunOnceAsync());
        Assert.Equal(3, delivered.Sum());
        Assert.Equal(6, handler.Keys.Count);
        Assert.Equal(3, handler.Keys.Count(k => k.Contains("/DueToday/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunOnce_DeliveryFailsOnOneHost_TheOtherHostRetriesItOnce()
    {
        var failing = new RecordingHandler { FailuresLeft = 1 };
        var working = new RecordingHandler();
        var (hostA, engineA) = Host("host-a", failing);
        var (hostB, _) = Host("host-b", working);
        await engineA.CreateAsync(new CreatePlan { TypeKey = "sqlite-test", By = Clerk, PlanId = "plan-1" });
        _clock.Reset(MorningOf(new LocalDate(2024, 6, 3)));

        Assert.Equal(0, await hostA.RunOnceAsync());
        Assert.Equal(1, await hostB.RunOnceAsync());
        Assert.Equal(0, await hostA.RunOnceAsync());

        Assert.Empty(failing.Keys);
        var retried = Assert.Single(working.Received);
        Assert.Equal(2, retried.Attempt);
        var record = (await new SqliteNotificationLedger(Store()).GetAsync(retried.Key))!;
        Assert.Equal((NotificationState.Delivered, "host-b", 2, "handler down"), (record.State, record.Owner, record.Attempts, record.LastError));
    }

    [Fact]
    public async Task RunOnce_TwoHostsAfterAStormDayOff_RecordTheMoveOnceAndNotifyItOnce()
    {
        var handler = new RecordingHandler();
        var (_, engine) = Host("host-0", handler);
        foreach (var plan in new[] { "plan-1", "plan-2" })
        {
            await engine.CreateAsync(new CreatePlan { TypeKey = "sqlite-test", By = Clerk, PlanId = plan });
        }

        // QĐ 9/QĐ-UBND: Wednesday 05/06/2024 off for a storm; the notices due 04/06 move to 03/06. Both hosts start with it.
        var options = new WorkingCalendarOptions();
        options.Overrides.Add(CalendarOverride.DayOff(new LocalDate(2024, 6, 5), "Nghỉ do bão", "QĐ 9/QĐ-UBND"));
        var stormy = new WorkingCalendar(options);
        var (hostA, engineA) = Host("host-a", handler, stormy);
        var (hostB, _) = Host("host-b", handler, stormy);
        _clock.Reset(MorningOf(new LocalDate(2024, 5, 22)));

        var delivered = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => (i % 2 == 0 ? hostA : hostB).RunOnceAsync())));

        Assert.Equal(2, delivered.Sum());
        Assert.Equal(["plan-1/notice@s1/moved/2024-06-04/2024-06-03", "plan-2/notice@s1/moved/2024-06-04/2024-06-03"], handler.Keys.Order(StringComparer.Ordinal));
        Assert.All(handler.Moves, m => Assert.Contains("QĐ 9/QĐ-UBND", m, StringComparison.Ordinal));
        foreach (var id in new[] { "plan-1", "plan-2" })
        {
            var plan = await engineA.GetAsync(id);
            var recorded = Assert.Single(plan.Events.OfType<Runtime.Events.DeadlinesRecalculated>());
            Assert.Equal(DialogueEngine.CalendarActor, recorded.By);
            Assert.Equal(new LocalDate(2024, 6, 3), plan.Task("notice@s1").Due);
        }

        Assert.Equal(0, (await Task.WhenAll(hostA.RunOnceAsync(), hostB.RunOnceAsync())).Sum());
    }

    private static Instant MorningOf(LocalDate day) => VietnamTime.Zone.AtStrictly(day.At(new LocalTime(9, 0))).ToInstant();

    private SqliteEventStore Store()
    {
        var store = new SqliteEventStore(_folder.File("hosts.db"));
        _stores.Add(store);
        return store;
    }

    private (DeadlineMonitor Monitor, DialogueEngine Engine) Host(string name, IDeadlineNotificationHandler handler, WorkingCalendar? calendar = null)
    {
        var store = Store();
        var engine = new DialogueEngine(new PlanTypeRegistry([new SqliteTestPlanType()]), store, calendar ?? WorkingCalendar.Default, _clock);
        var monitor = new DeadlineMonitor(engine, new SqliteNotificationLedger(store), [handler], _clock,
            Options.Create(new DeadlineMonitorOptions { HostName = name, LeadWorkingDays = 1 }));
        return (monitor, engine);
    }

    private sealed record Received(string Key, int Attempt);

    private sealed class RecordingHandler : IDeadlineNotificationHandler
    {
        private readonly ConcurrentQueue<Received> _received = new();
        private int _failuresLeft;

        public int FailuresLeft
        {
            init => _failuresLeft = value;
        }

        public IReadOnlyList<Received> Received => [.. _received];

        public IReadOnlyList<string> Keys => [.. _received.Select(r => r.Key)];

        public ConcurrentQueue<string> Moves { get; } = new();

        public ValueTask HandleMovedAsync(DeadlineMovedArguments arguments, CancellationToken cancellationToken)
        {
            _received.Enqueue(new Received(arguments.Key, arguments.Attempt));
            Moves.Enqueue($"{arguments.OldDue:yyyy-MM-dd} → {arguments.NewDue:yyyy-MM-dd}: {arguments.EnglishReason}");
            return ValueTask.CompletedTask;
        }

        public ValueTask HandleAsync(DeadlineNotificationArguments arguments, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref _failuresLeft) >= 0)
            {
                throw new IOException("handler down");
            }

            _received.Enqueue(new Received(arguments.Key, arguments.Attempt));
            return ValueTask.CompletedTask;
        }
    }
}
