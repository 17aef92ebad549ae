using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Dialogue.Workflows.PostgreSql.Tests;

/// <summary>What the PostgreSQL ledger does beyond the contract: the schema migration that adds it, and its registration.</summary>
public sealed class PostgreSqlNotificationLedgerTests : IDisposable
{
    private static readonly Instant Now = Instant.FromUtc(2024, 6, 3, 2, 0);
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
    public async Task Open_Version1Schema_AddsTheNotificationsTableKeepingEveryEvent()
    {
        // The layout version 1 wrote, before the notifications table.
        await Schema.ExecuteAsync("""
            CREATE SCHEMA {schema};
            CREATE TABLE {schema}.streams (seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, stream_id text NOT NULL UNIQUE, version bigint NOT NULL CHECK (version > 0));
            CREATE TABLE {schema}.position_head (id int PRIMARY KEY CHECK (id = 1), position bigint NOT NULL);
            INSERT INTO {schema}.position_head (id, position) VALUES (1, 2);
            CREATE TABLE {schema}.events (
                position bigint PRIMARY KEY,
                stream_id text NOT NULL REFERENCES {schema}.streams (stream_id),
                version bigint NOT NULL CHECK (version > 0),
                event_id uuid NOT NULL,
                type text NOT NULL,
                schema_version int NOT NULL CHECK (schema_version > 0),
                data text NOT NULL,
                CONSTRAINT events_stream_version UNIQUE (stream_id, version));
            CREATE TABLE {schema}.schema_version (id int PRIMARY KEY CHECK (id = 1), version int NOT NULL);
            INSERT INTO {schema}.schema_version (id, version) VALUES (1, 1);
            INSERT INTO {schema}.streams (stream_id, version) VALUES ('plan-1', 2);
            INSERT INTO {schema}.events VALUES (1, 'plan-1', 1, gen_random_uuid(), 'a', 1, '{}'), (2, 'plan-1', 2, gen_random_uuid(), 'b', 1, '{}');
            """);
        var store = Schema.Store();
        var ledger = new PostgreSqlNotificationLedger(store);

        Assert.True(await ledger.TryClaimAsync("k", "host-a", Now, Now + Duration.FromMinutes(5)));

        Assert.Equal(5, await Schema.ScalarAsync<int>("SELECT version FROM {schema}.schema_version"));
        Assert.Equal(["a", "b"], (await store.ReadStreamAsync("plan-1")).Select(e => e.Event.Type));
        Assert.Equal("claimed", await Schema.ScalarAsync<string>("SELECT state FROM {schema}.notifications WHERE key = 'k'"));
        Assert.Equal(3L, (await store.AppendAsync("plan-1", 2, [new EventData(Guid.NewGuid(), "c", 1, "{}")])).LastPosition);
    }

    [PostgresFact]
    public async Task MarkFailed_AfterAnotherHostDelivered_LeavesItDelivered()
    {
        var ledger = new PostgreSqlNotificationLedger(Schema.Store());
        await ledger.TryClaimAsync("k", "host-a", Now, Now + Duration.FromMinutes(5));
        await ledger.TryClaimAsync("k", "host-b", Now + Duration.FromMinutes(6), Now + Duration.FromMinutes(11));
        await ledger.MarkDeliveredAsync("k", "host-b", Now + Duration.FromMinutes(7));

        await ledger.MarkFailedAsync("k", "host-a", "timed out");

        var record = (await ledger.GetAsync("k"))!;
        Assert.Equal((NotificationState.Delivered, "host-b", Now + Duration.FromMinutes(7)), (record.State, record.Owner, record.DeliveredAt));
        await Assert.ThrowsAsync<KeyNotFoundException>(async () => await ledger.MarkFailedAsync("never", "host-a", "x"));
        await Assert.ThrowsAsync<KeyNotFoundException>(async () => await ledger.MarkDeliveredAsync("never", "host-a", Now));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task UsePostgreSql_WithTheDeadlineMonitorBeforeOrAfter_RegistersOneLedgerOnTheStore(bool monitorFirst)
    {
        var services = new ServiceCollection();
        var builder = new DialogueWorkflowsBuilder(services);

        _ = monitorFirst ? builder.AddDeadlineMonitor().UsePostgreSql("Host=db;Database=plans") : builder.UsePostgreSql("Host=db;Database=plans").AddDeadlineMonitor();

        Assert.Single(services, d => d.ServiceType == typeof(INotificationLedger));
        await using var provider = services.BuildServiceProvider();
        Assert.IsType<PostgreSqlNotificationLedger>(provider.GetRequiredService<INotificationLedger>());
    }
}
