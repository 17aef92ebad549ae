using Dialogue.Workflows.Storage;
using Dialogue.Workflows.StoreContract;

namespace Dialogue.Workflows.Sqlite.Tests;

/// <summary>Several processes on one SQLite file, and one killed in the middle of its appends.</summary>
public sealed class SqliteCrossProcessTests : CrossProcessContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<SqliteEventStore> _stores = [];

    protected override string StoreKind => "sqlite";

    protected override async Task<(IEventStore Store, string Target)> CreateSharedStoreAsync()
    {
        var path = _folder.File("shared.db");
        var store = new SqliteEventStore(path);
        _stores.Add(store);
        await store.InitializeAsync();
        return (store, path);
    }

    public void Dispose()
    {
        _stores.ForEach(store => store.Dispose());
        _folder.Dispose();
    }
}
