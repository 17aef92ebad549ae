using Dialogue.Workflows.Storage;
using Dialogue.Workflows.StoreContract;

namespace Dialogue.Workflows.Sqlite.Tests;

/// <summary>Several processes claiming the same notifications in one SQLite file.</summary>
public sealed class SqliteNotificationLedgerCrossProcessTests : NotificationLedgerCrossProcessContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<SqliteEventStore> _stores = [];

    protected override string StoreKind => "sqlite";

    protected override async Task<(INotificationLedger Ledger, string Target)> CreateSharedLedgerAsync()
    {
        var path = _folder.File("shared.db");
        var store = new SqliteEventStore(path);
        _stores.Add(store);
        await store.InitializeAsync();
        return (new SqliteNotificationLedger(store), path);
    }

    public void Dispose()
    {
        _stores.ForEach(store => store.Dispose());
        _folder.Dispose();
    }
}
