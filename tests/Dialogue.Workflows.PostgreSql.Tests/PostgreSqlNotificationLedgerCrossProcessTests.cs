using Dialogue.Workflows.Storage;
using Dialogue.Workflows.StoreContract;

namespace Dialogue.Workflows.PostgreSql.Tests;

/// <summary>Several processes claiming the same notifications in one PostgreSQL schema.</summary>
[RequiresPostgres]
public sealed class PostgreSqlNotificationLedgerCrossProcessTests : NotificationLedgerCrossProcessContract, IDisposable
{
    private TestSchema? _schema;

    protected override string StoreKind => $"postgres:{_schema!.Name}";

    protected override async Task<(INotificationLedger Ledger, string Target)> CreateSharedLedgerAsync()
    {
        _schema = new TestSchema();
        var store = _schema.Store();
        await store.InitializeAsync();
        return (new PostgreSqlNotificationLedger(store), _schema.ConnectionString);
    }

    public void Dispose() => _schema?.Dispose();
}
