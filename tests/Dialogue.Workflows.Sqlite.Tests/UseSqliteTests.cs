using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogue.Workflows.Sqlite.Tests;

/// <summary>Registering the SQLite store on the builder.</summary>
public sealed class UseSqliteTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task UseSqlite_AfterAnotherStoreOfTheBuilder_ReplacesItWithOneSqliteStore()
    {
        var services = new ServiceCollection();
        var path = _folder.File("plans.db");

        new DialogueWorkflowsBuilder(services).UseInMemoryStore().UseSqlite(_folder.File("first.db")).UseSqlite(path);

        Assert.Single(services, d => d.ServiceType == typeof(IEventStore));
        await using var provider = services.BuildServiceProvider();
        var store = Assert.IsType<SqliteEventStore>(provider.GetRequiredService<IEventStore>());
        Assert.Same(store, provider.GetRequiredService<SqliteEventStore>());
        Assert.Equal(path, store.FilePath);
        await store.AppendAsync("plan-1", 0, [new EventData(Guid.NewGuid(), "a", 1, "{}")]);
        Assert.True(File.Exists(path));
        Assert.False(File.Exists(_folder.File("first.db")));
    }

    [Fact]
    public async Task UseSqlite_ThenAnotherStoreOfTheBuilder_IsReplacedByIt()
    {
        var services = new ServiceCollection();

        new DialogueWorkflowsBuilder(services).UseSqlite(_folder.File("plans.db")).UseInMemoryStore();

        await using var provider = services.BuildServiceProvider();
        Assert.IsType<InMemoryEventStore>(provider.GetRequiredService<IEventStore>());
        Assert.False(File.Exists(_folder.File("plans.db")));
    }

    [Fact]
    public async Task UseSqlite_StoreTheHostRegisteredItself_StillWins()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IEventStore, InMemoryEventStore>();

        new DialogueWorkflowsBuilder(services).UseSqlite(_folder.File("plans.db"));

        await using var provider = services.BuildServiceProvider();
        Assert.IsType<InMemoryEventStore>(provider.GetRequiredService<IEventStore>());
    }

    [Fact]
    public async Task UseSqlite_Options_AreCopiedWhenRegistered()
    {
        var services = new ServiceCollection();
        var path = _folder.File("plans.db");
        var options = new SqliteEventStoreOptions { Path = path };

        new DialogueWorkflowsBuilder(services).UseSqlite(options);
        options.Path = _folder.File("changed.db");

        await using var provider = services.BuildServiceProvider();
        Assert.Equal(path, provider.GetRequiredService<SqliteEventStore>().FilePath);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task UseSqlite_WithTheDeadlineMonitorBeforeOrAfter_RegistersOneLedgerInTheStoresFile(bool monitorFirst)
    {
        var services = new ServiceCollection();
        var path = _folder.File("plans.db");
        var builder = new DialogueWorkflowsBuilder(services);

        _ = monitorFirst ? builder.AddDeadlineMonitor().UseSqlite(path) : builder.UseSqlite(new SqliteEventStoreOptions { Path = path }).AddDeadlineMonitor();

        Assert.Single(services, d => d.ServiceType == typeof(INotificationLedger));
        await using var provider = services.BuildServiceProvider();
        var ledger = Assert.IsType<SqliteNotificationLedger>(provider.GetRequiredService<INotificationLedger>());
        var now = NodaTime.Instant.FromUtc(2024, 6, 3, 2, 0);
        Assert.True(await ledger.TryClaimAsync("k", "host-a", now, now + NodaTime.Duration.FromMinutes(5)));
        Assert.Equal("host-a", RawSqlite.Scalar(path, "SELECT owner FROM notifications WHERE key = 'k'"));
    }

    [Fact]
    public void UseSqlite_InvalidOptions_FailAtRegistration()
    {
        var builder = new DialogueWorkflowsBuilder(new ServiceCollection());

        Assert.Throws<ArgumentException>(() => builder.UseSqlite(new SqliteEventStoreOptions { Path = "a.db", BusyTimeout = TimeSpan.FromSeconds(-1) }));
        Assert.ThrowsAny<ArgumentException>(() => builder.UseSqlite(" "));
        Assert.Empty(builder.Services);
    }
}
