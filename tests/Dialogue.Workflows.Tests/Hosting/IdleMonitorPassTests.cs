using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using Dialogue.Workflows.StoreContract;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace Dialogue.Workflows.Tests.Hosting;

/// <summary>The monitor reads what is due from the read model: a pass with nothing new writes nothing to the ledger.</summary>
public sealed class IdleMonitorPassTests
{
    private static readonly Actor Office = new("clerk-01", "Văn phòng", "office");

    [Fact]
    public async Task SecondPass_WithNothingNew_ClaimsNothingAndDeliversNothing()
    {
        // Session 2024-06-14: on 2024-06-10 the Front's summary (due 2024-06-06) is overdue and the office's notice (due 2024-06-04) too.
        var clock = new FakeClock(Instant.FromUtc(2024, 6, 10, 2, 0));
        var store = new InMemoryEventStore();
        var engine = new DialogueEngine(new PlanTypeRegistry([new ReadModelPlanType()]), store, WorkingCalendar.Default, clock, authorizer: PlanAuthorizer.Unchecked);
        for (var i = 1; i <= 3; i++)
        {
            await engine.CreateAsync(new CreatePlan { TypeKey = "read-model-test", PlanId = $"kh-0{i}", By = Office, Parameters = [new("session", "2024-06-14")] });
        }

        var ledger = new CountingLedger();
        var monitor = new DeadlineMonitor(engine, ledger, [new NoHandler()], clock, Options.Create(new DeadlineMonitorOptions { HostName = "host-a", LeadWorkingDays = 3 }));

        var first = await monitor.RunOnceAsync();
        var writesAfterFirst = ledger.Writes;
        var second = await monitor.RunOnceAsync();

        Assert.Equal(6, first);
        Assert.Equal(0, second);
        Assert.Equal(writesAfterFirst, ledger.Writes);
    }

    private sealed class NoHandler : IDeadlineNotificationHandler
    {
        public ValueTask HandleAsync(DeadlineNotificationArguments notification, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask HandleMovedAsync(DeadlineMovedArguments notification, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    private sealed class CountingLedger : INotificationLedger
    {
        private readonly InMemoryNotificationLedger _inner = new();

        public int Writes { get; private set; }

        public ValueTask<bool> TryClaimAsync(string key, string owner, Instant now, Instant leaseUntil, CancellationToken cancellationToken = default)
        {
            Writes++;
            return _inner.TryClaimAsync(key, owner, now, leaseUntil, cancellationToken);
        }

        public ValueTask MarkDeliveredAsync(string key, string owner, Instant at, CancellationToken cancellationToken = default)
        {
            Writes++;
            return _inner.MarkDeliveredAsync(key, owner, at, cancellationToken);
        }

        public ValueTask MarkFailedAsync(string key, string owner, string error, CancellationToken cancellationToken = default)
        {
            Writes++;
            return _inner.MarkFailedAsync(key, owner, error, cancellationToken);
        }

        public ValueTask<NotificationRecord?> GetAsync(string key, CancellationToken cancellationToken = default) => _inner.GetAsync(key, cancellationToken);
    }
}
