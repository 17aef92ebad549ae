using System.Collections.Concurrent;
using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.StoreContract;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Npgsql;

namespace Dialogue.Workflows.PostgreSql.Tests;

/// <summary>
/// The deadline monitor on PostgreSQL: a pass with nothing new changes no row (an UPDATE, even to the same values, gives
/// a row a new <c>xmin</c>, and a row lock sets its <c>xmax</c>, so comparing both before and after is exact), claims are
/// taken only for what needs a notification, and two hosts on one schema deliver each notification once.
/// </summary>
public sealed class PostgreSqlDeadlineMonitorTests : IDisposable
{
    private static readonly Actor Office = new("clerk-01", "Văn phòng", "office");

    // Session 2024-06-14: on 2024-06-10 the office's notice (due 2024-06-04, seven working days before) and the Front's summary (due 2024-06-06, five) are overdue.
    private readonly FakeClock _clock = new(Instant.FromUtc(2024, 6, 10, 2, 0));
    private readonly Lazy<TestSchema> _schema = new(() => new TestSchema());

    private TestSchema Schema => _schema.Value;

    public void Dispose()
    {
        if (_schema.IsValueCreated)
        {
            _schema.Value.Dispose();
        }
    }

    [PostgresFact]
    public async Task SecondPass_AfterEverythingWasDelivered_ChangesNoRowOfTheLedgerNorOfTheReadModel()
    {
        var handler = new RecordingHandler();
        var (monitor, engine) = Host("host-a", handler);
        await CreatePlansAsync(engine, "kh-01", "kh-02", "kh-03");
        Assert.Equal(6, await monitor.RunOnceAsync());
        var before = await RowVersionsAsync();

        var second = await monitor.RunOnceAsync();

        Assert.Equal(0, second);
        Assert.Equal(6, handler.Keys.Count);
        Assert.Equal(6, before.Count(r => r.StartsWith("notifications ", StringComparison.Ordinal)));
        Assert.Equal(before, await RowVersionsAsync());
    }

    [PostgresFact]
    public async Task Pass_WithOneNewPlanAmongDeliveredOnes_ClaimsOnlyTheNewPlansSteps()
    {
        var handler = new RecordingHandler();
        var (monitor, engine) = Host("host-a", handler);
        await CreatePlansAsync(engine, "kh-01", "kh-02", "kh-03");
        await monitor.RunOnceAsync();
        var before = await RowVersionsAsync("notifications");
        await CreatePlansAsync(engine, "kh-04");

        var delivered = await monitor.RunOnceAsync();

        Assert.Equal(2, delivered);
        Assert.Equal(["kh-04/notice@s1/Overdue/2024-06-04", "kh-04/summary@s1/Overdue/2024-06-06"], handler.Keys.Skip(6).Order(StringComparer.Ordinal));
        var after = await RowVersionsAsync("notifications");
        Assert.Equal(before, after.Where(r => !r.Contains(" kh-04/", StringComparison.Ordinal)));
        Assert.Equal(8, after.Count);
    }

    [PostgresFact]
    public async Task RunOnce_TwoHostsOnOneSchema_DeliverEachNotificationOnce()
    {
        var handler = new RecordingHandler();
        var (hostA, engineA) = Host("host-a", handler);
        var (hostB, _) = Host("host-b", handler);
        await CreatePlansAsync(engineA, "kh-01", "kh-02", "kh-03", "kh-04", "kh-05");

        var delivered = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => (i % 2 == 0 ? hostA : hostB).RunOnceAsync())));

        Assert.Equal(10, delivered.Sum());
        Assert.Equal(10, handler.Keys.Distinct().Count());
        Assert.Equal(10, handler.Keys.Count);
        Assert.Equal(10, await Schema.ScalarAsync<long>("SELECT count(*) FROM {schema}.notifications WHERE state = 'delivered'"));

        // 2024-06-11: the same steps are a day later overdue under the same keys, so nothing is new for either host.
        _clock.Reset(Instant.FromUtc(2024, 6, 11, 2, 0));
        Assert.Equal(0, (await Task.WhenAll(hostB.RunOnceAsync(), hostA.RunOnceAsync())).Sum());
        Assert.Equal(10, handler.Keys.Count);
    }

    private static async Task CreatePlansAsync(DialogueEngine engine, params string[] ids)
    {
        foreach (var id in ids)
        {
            await engine.CreateAsync(new CreatePlan { TypeKey = "read-model-test", PlanId = id, By = Office, Parameters = [new("session", "2024-06-14")] });
        }
    }

    private (DeadlineMonitor Monitor, DialogueEngine Engine) Host(string name, RecordingHandler handler)
    {
        var store = Schema.Store();
        var engine = new DialogueEngine(new PlanTypeRegistry([new ReadModelPlanType()]), store, WorkingCalendar.Default, _clock, authorizer: PlanAuthorizer.Unchecked);
        var monitor = new DeadlineMonitor(engine, new PostgreSqlNotificationLedger(store), [handler], _clock,
            Options.Create(new DeadlineMonitorOptions { HostName = name, LeadWorkingDays = 3 }));
        return (monitor, engine);
    }

    // Every row of the ledger and of the read model, with the transaction that wrote it (xmin) and the one that last locked it (xmax).
    private async Task<List<string>> RowVersionsAsync(params string[] tables)
    {
        var keys = new Dictionary<string, string>
        {
            ["notifications"] = "key",
            ["plan_summaries"] = "plan_id",
            ["dated_items"] = "plan_id || '/' || entity_id",
            ["read_model_state"] = "id::text",
            ["read_model_pending"] = "stream_id",
            ["streams"] = "stream_id",
        };
        var rows = new List<string>();
        await using var connection = new NpgsqlConnection(Schema.ConnectionString);
        await connection.OpenAsync();
        foreach (var (table, key) in keys.Where(k => tables.Length == 0 || tables.Contains(k.Key)))
        {
            await using var command = new NpgsqlCommand($"SELECT {key}, xmin::text, xmax::text FROM {Schema.Name}.{table} ORDER BY 1", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add($"{table} {reader.GetString(0)} xmin {reader.GetString(1)} xmax {reader.GetString(2)}");
            }
        }

        return rows;
    }

    private sealed class RecordingHandler : IDeadlineNotificationHandler
    {
        private readonly ConcurrentQueue<string> _keys = new();

        public IReadOnlyList<string> Keys => [.. _keys];

        public ValueTask HandleAsync(DeadlineNotificationArguments arguments, CancellationToken cancellationToken)
        {
            _keys.Enqueue(arguments.Key);
            return ValueTask.CompletedTask;
        }

        public ValueTask HandleMovedAsync(DeadlineMovedArguments arguments, CancellationToken cancellationToken)
        {
            _keys.Enqueue(arguments.Key);
            return ValueTask.CompletedTask;
        }
    }
}
