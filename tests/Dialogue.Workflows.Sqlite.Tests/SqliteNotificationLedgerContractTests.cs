using Dialogue.Workflows.Storage;
using Dialogue.Workflows.StoreContract;

namespace Dialogue.Workflows.Sqlite.Tests;

/// <summary>The notification-ledger contract on one SQLite file, each handle a ledger over a store of its own (a host).</summary>
public sealed class SqliteNotificationLedgerContractTests : NotificationLedgerContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<SqliteEventStore> _stores = [];

    protected override Task<INotificationLedger> CreateLedgerAsync()
    {
        var store = new SqliteEventStore(_folder.File("ledger.db"));
        _stores.Add(store);
        return Task.FromResult<INotificationLedger>(new SqliteNotificationLedger(store));
    }

    public void Dispose()
    {
        _stores.ForEach(store => store.Dispose());
        _folder.Dispose();
    }
}
