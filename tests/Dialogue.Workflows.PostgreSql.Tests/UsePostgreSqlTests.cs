using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogue.Workflows.PostgreSql.Tests;

/// <summary>Registering the PostgreSQL store on the builder; nothing here connects to a server.</summary>
public sealed class UsePostgreSqlTests
{
    [Fact]
    public async Task UsePostgreSql_AfterAnotherStoreOfTheBuilder_ReplacesItWithOnePostgreSqlStore()
    {
        var services = new ServiceCollection();

        new DialogueWorkflowsBuilder(services)
            .UseInMemoryStore()
            .UsePostgreSql("Host=first;Database=a")
            .UsePostgreSql(new PostgreSqlEventStoreOptions { ConnectionString = "Host=db.internal;Port=5433;Database=plans", Schema = "ward_plans" });

        Assert.Single(services, d => d.ServiceType == typeof(IEventStore));
        await using var provider = services.BuildServiceProvider();
        var store = Assert.IsType<PostgreSqlEventStore>(provider.GetRequiredService<IEventStore>());
        Assert.Same(store, provider.GetRequiredService<PostgreSqlEventStore>());
        Assert.Equal("db.internal:5433/plans, schema ward_plans", store.Store);
    }

    [Fact]
    public async Task UsePostgreSql_ThenAnotherStoreOfTheBuilder_IsReplacedByIt()
    {
        var services = new ServiceCollection();

        new DialogueWorkflowsBuilder(services).UsePostgreSql("Host=db;Database=plans").UseInMemoryStore();

        await using var provider = services.BuildServiceProvider();
        Assert.IsType<InMemoryEventStore>(provider.GetRequiredService<IEventStore>());
    }

    [Fact]
    public void UsePostgreSql_InvalidOptions_FailAtRegistration()
    {
        var builder = new DialogueWorkflowsBuilder(new ServiceCollection());

        Assert.Throws<ArgumentException>(() => builder.UsePostgreSql(""));
        Assert.Throws<ArgumentException>(() => builder.UsePostgreSql(new PostgreSqlEventStoreOptions { ConnectionString = "Host=db", Schema = "Bad-Name" }));
        Assert.Empty(builder.Services);
    }
}
