using Dialogue.Workflows.Storage;
using Dialogue.Workflows.StoreContract;

namespace Dialogue.Workflows.PostgreSql.Tests;

/// <summary>The notification-ledger contract on PostgreSQL: each test in a schema of its own, each handle a ledger over a store of its own (a host).</summary>
[RequiresPostgres]
public sealed class PostgreSqlNotificationLedgerContractTests : NotificationLedgerContract, IDisposable
{
    private readonly Lazy<TestSchema> _schema = new(() => new TestSchema());

    protected override Task<INotificationLedger> CreateLedgerAsync() =>
        Task.FromResult<INotificationLedger>(new PostgreSqlNotificationLedger(_schema.Value.Store()));

    public void Dispose()
    {
        if (_schema.IsValueCreated)
        {
            _schema.Value.Dispose();
        }
    }
}
