using Dialogue.Workflows.Storage;
using Dialogue.Workflows.StoreContract;

namespace Dialogue.Workflows.PostgreSql.Tests;

/// <summary>Several processes on one PostgreSQL schema, and one killed in the middle of its appends.</summary>
[RequiresPostgres]
public sealed class PostgreSqlCrossProcessTests : CrossProcessContract, IDisposable
{
    private TestSchema? _schema;

    protected override string StoreKind => $"postgres:{_schema!.Name}";

    protected override async Task<(IEventStore Store, string Target)> CreateSharedStoreAsync()
    {
        _schema = new TestSchema();
        var store = _schema.Store();
        await store.InitializeAsync();
        return (store, _schema.ConnectionString);
    }

    public void Dispose() => _schema?.Dispose();
}
