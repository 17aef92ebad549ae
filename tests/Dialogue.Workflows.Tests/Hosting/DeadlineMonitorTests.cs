using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using Dialogue.Workflows.Tests.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace Dialogue.Workflows.Tests.Hosting;

public sealed class DeadlineMonitorTests
{
    private static readonly Actor Clerk = new("clerk-01", "Văn phòng", "office");

    [Fact]
    public async Task RunOnce_TwoHostsSharingTheLedger_DeliverEachNotificationOnce()
    {
        var (store, clock) = await PlanAsync(new LocalDate(2024, 6, 3));
        var ledger = new InMemoryNotificationLedger();
        var handler = new RecordingHandler();
        var first = Monitor(store, clock, ledger, handler, "host-a");
        var second = Monitor(store, clock, ledger, handler, "host-b");

        var delivered = await Task.WhenAll(first.RunOnceAsync(), second.RunOnceAsync(), first.RunOnceAsync());

        // 3/6/2024: notice@s1 and front-summary@s1 are due 4/6, one working day ahead.
        Assert.Equal(2, delivered.Sum());
        Assert.Equal(["plan-1/front-summary@s1/Approaching/2024-06-04", "plan-1/notice@s1/Approaching/2024-06-04"], handler.Keys.Order());
        Assert.All(handler.Received, a => Assert.Equal(1, a.WorkingDays));
    }

    [Fact]
    public async Task RunOnce_DeadlineMovesFromApproachingToDueToDayToOverdue_NotifiesEachOnce()
    {
        var (store, clock) = await PlanAsync(new LocalDate(2024, 6, 3));
        var handler = new RecordingHandler();
        var monitor = Monitor(store, clock, new InMemoryNotificationLedger(), handler, "host-a");

        await monitor.RunOnceAsync();
        clock.Reset(EngineFixture.At(new LocalDate(2024, 6, 4)));
        await monitor.RunOnceAsync();
        await monitor.RunOnceAsync();
        clock.Reset(EngineFixture.At(new LocalDate(2024, 6, 6)));
        await monitor.RunOnceAsync();

        var notice = handler.Received.Where(a => a.Task == "notice@s1").Select(a => a.State).ToList();
        Assert.Equal([DueState.Approaching, DueState.DueToday, DueState.Overdue], notice);
    }

    [Fact]
    public async Task RunOnce_HandlerFails_TheNotificationIsRetriedOnTheNextPassAndNotLost()
    {
        var (store, clock) = await PlanAsync(new LocalDate(2024, 6, 3));
        var ledger = new InMemoryNotificationLedger();
        var handler = new RecordingHandler { FailuresLeft = 1 };
        var monitor = Monitor(store, clock, ledger, handler, "host-a");

        Assert.Equal(1, await monitor.RunOnceAsync());
        string[] keys = ["plan-1/front-summary@s1/Approaching/2024-06-04", "plan-1/notice@s1/Approaching/2024-06-04"];
        var states = new List<NotificationState>();
        foreach (var key in keys)
        {
            states.Add((await ledger.GetAsync(key))!.State);
        }

        Assert.Equal([NotificationState.Delivered, NotificationState.Failed], states.Order());

        Assert.Equal(1, await monitor.RunOnceAsync());
        Assert.Equal(0, await monitor.RunOnceAsync());
        var retried = handler.Received.Single(r => r.Attempt == 2);
        var record = (await ledger.GetAsync(retried.Key))!;
        Assert.Equal(NotificationState.Delivered, record.State);
        Assert.Equal("handler down", record.LastError);
        Assert.Equal(2, handler.Received.Count);
    }

    [Fact]
    public async Task RunOnce_APlanWhoseHistoryCannotBeRead_IsSkippedAndTheOthersAreStillNotified()
    {
        var (store, clock) = await PlanAsync(new LocalDate(2024, 6, 3));
        await store.AppendAsync("broken", 0, [new EventData(Guid.NewGuid(), "plan-created", 1, "{not json")]);
        var handler = new RecordingHandler();
        var monitor = Monitor(store, clock, new InMemoryNotificationLedger(), handler, "host-a");

        Assert.Equal(2, await monitor.RunOnceAsync());
        Assert.All(handler.Received, r => Assert.StartsWith("plan-1/", r.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TryClaim_ClaimOfADeadHost_IsTakenOverOnceItsLeaseExpires()
    {
        var ledger = new InMemoryNotificationLedger();
        var now = Instant.FromUtc(2024, 6, 3, 2, 0);

        Assert.True(await ledger.TryClaimAsync("k", "host-a", now, now + Duration.FromMinutes(5)));
        Assert.False(await ledger.TryClaimAsync("k", "host-b", now + Duration.FromMinutes(1), now + Duration.FromMinutes(6)));
        Assert.True(await ledger.TryClaimAsync("k", "host-b", now + Duration.FromMinutes(6), now + Duration.FromMinutes(11)));
        await ledger.MarkDeliveredAsync("k", "host-b", now + Duration.FromMinutes(7));
        Assert.False(await ledger.TryClaimAsync("k", "host-a", now + Duration.FromHours(1), now + Duration.FromHours(2)));
        Assert.Equal(2, (await ledger.GetAsync("k"))!.Attempts);
    }

    [Fact]
    public async Task AddDeadlineMonitor_ThroughDependencyInjection_RunsAsAHostedServiceWithTheHostsHandlers()
    {
        var (store, clock) = await PlanAsync(new LocalDate(2024, 6, 3));
        var handler = new RecordingHandler();
        var services = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddSingleton<IEventStore>(store)
            .AddSingleton(handler)
            .AddDialogueWorkflows(b => b.AddPlanType<NeighbourhoodPlanType>().AddDeadlineMonitor(o => o.HostName = "host-di").AddDeadlineMonitor()
                .AddDeadlineHandler<ForwardingHandler>().AddDeadlineHandler<ForwardingHandler>());
        await using var provider = services.BuildServiceProvider();

        var hosted = Assert.Single(provider.GetServices<IHostedService>());
        Assert.Same(provider.GetRequiredService<DeadlineMonitor>(), hosted);
        Assert.Equal(2, await provider.GetRequiredService<DeadlineMonitor>().RunOnceAsync());
        Assert.Equal(2, handler.Received.Count);
    }

    [Fact]
    public void Monitor_InvalidOptions_FailWithEveryProblemNamed()
    {
        var options = Options.Create(new DeadlineMonitorOptions { Interval = TimeSpan.Zero, LeadWorkingDays = -1 });
        var engine = new DialogueEngine(new PlanTypeRegistry([new NeighbourhoodPlanType()]), new InMemoryEventStore(), WorkingCalendar.Default, new FakeClock(Instant.FromUtc(2024, 1, 1, 0, 0)));

        var error = Assert.Throws<OptionsValidationException>(() => new DeadlineMonitor(engine, new InMemoryNotificationLedger(), [], new FakeClock(Instant.FromUtc(2024, 1, 1, 0, 0)), options));

        Assert.Contains(error.Failures, f => f.Contains("Interval", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("LeadWorkingDays", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunOnce_HandlerTimesOutWithItsOwnCancellation_IsAFailedDeliveryRetriedLaterNotAFailedPass()
    {
        var (store, clock) = await PlanAsync(new LocalDate(2024, 6, 3));
        var ledger = new InMemoryNotificationLedger();
        var monitor = Monitor(store, clock, ledger, new TimingOutHandler(), "host-a");

        // An HTTP handler's timeout surfaces as a TaskCanceledException although the monitor was not cancelled.
        Assert.Equal(0, await monitor.RunOnceAsync());

        var record = (await ledger.GetAsync("plan-1/notice@s1/Approaching/2024-06-04"))!;
        Assert.Equal(NotificationState.Failed, record.State);
        Assert.Equal("handler timed out", record.LastError);
    }

    private static async Task<(IEventStore Store, FakeClock Clock)> PlanAsync(LocalDate today)
    {
        var fixture = new EngineFixture(new LocalDate(2024, 5, 20));
        await fixture.CreateAsync();
        fixture.Today(today);
        return (fixture.Store, fixture.Clock);
    }

    private static DeadlineMonitor Monitor(IEventStore store, FakeClock clock, INotificationLedger ledger, IDeadlineNotificationHandler handler, string host) =>
        new(new DialogueEngine(new PlanTypeRegistry([new NeighbourhoodPlanType()]), store, WorkingCalendar.Default, clock), ledger, [handler], clock,
            Options.Create(new DeadlineMonitorOptions { HostName = host, LeadWorkingDays = 1 }));

    public sealed record Received(string Key, string Task, DueState State, int WorkingDays, int Attempt);

    public sealed class RecordingHandler : IDeadlineNotificationHandler
    {
        private readonly Lock _gate = new();

        public List<Received> Received { get; } = [];

        public int FailuresLeft { get; set; }

        public List<string> Keys
        {
            get
            {
                lock (_gate)
                {
                    return [.. Received.Select(r => r.Key)];
                }
            }
        }

        public ValueTask HandleAsync(DeadlineNotificationArguments arguments, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (FailuresLeft > 0)
                {
                    FailuresLeft--;
                    throw new IOException("handler down");
                }

                Received.Add(new Received(arguments.Key, arguments.Item.Task.Id, arguments.State, arguments.Item.WorkingDays, arguments.Attempt));
            }

            return ValueTask.CompletedTask;
        }
    }

    public sealed class TimingOutHandler : IDeadlineNotificationHandler
    {
        public ValueTask HandleAsync(DeadlineNotificationArguments arguments, CancellationToken cancellationToken) =>
            throw new TaskCanceledException("handler timed out");
    }

    public sealed class ForwardingHandler(RecordingHandler inner) : IDeadlineNotificationHandler
    {
        public ValueTask HandleAsync(DeadlineNotificationArguments arguments, CancellationToken cancellationToken) => inner.HandleAsync(arguments, cancellationToken);
    }
}
