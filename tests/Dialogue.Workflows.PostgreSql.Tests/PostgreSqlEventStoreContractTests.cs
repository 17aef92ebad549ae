using Dialogue.Workflows.Storage;
using Dialogue.Workflows.StoreContract;

namespace Dialogue.Workflows.PostgreSql.Tests;

/// <summary>The event-store contract on PostgreSQL, each test in a schema of its own.</summary>
[RequiresPostgres]
public sealed class PostgreSqlEventStoreContractTests : EventStoreContract, IDisposable
{
    private readonly List<TestSchema> _schemas = [];

    protected override Task<IEventStore> CreateStoreAsync()
    {
        var schema = new TestSchema();
        _schemas.Add(schema);
        return Task.FromResult<IEventStore>(schema.Store());
    }

    protected override Task<IEventStore> ReopenAsync(IEventStore store) =>
        Task.FromResult<IEventStore>(_schemas.Single(s => s.Name == ((PostgreSqlEventStore)store).Schema).Store());

    public void Dispose() => _schemas.ForEach(schema => schema.Dispose());
}
