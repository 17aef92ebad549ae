using Dialogue.Workflows.Storage;
using Dialogue.Workflows.StoreContract;

namespace Dialogue.Workflows.Sqlite.Tests;

/// <summary>The event-store contract on a SQLite file of the test's own.</summary>
public sealed class SqliteEventStoreContractTests : EventStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<SqliteEventStore> _stores = [];

    protected override Task<IEventStore> CreateStoreAsync()
    {
        var store = new SqliteEventStore(_folder.File($"contract-{_stores.Count}.db"));
        _stores.Add(store);
        return Task.FromResult<IEventStore>(store);
    }

    protected override Task<IEventStore> ReopenAsync(IEventStore store)
    {
        var path = ((SqliteEventStore)store).FilePath;
        ((SqliteEventStore)store).Dispose();
        var reopened = new SqliteEventStore(path);
        _stores.Add(reopened);
        return Task.FromResult<IEventStore>(reopened);
    }

    public void Dispose()
    {
        _stores.ForEach(store => store.Dispose());
        _folder.Dispose();
    }
}
