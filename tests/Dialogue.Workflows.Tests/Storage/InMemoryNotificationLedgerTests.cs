using Dialogue.Workflows.Storage;
using Dialogue.Workflows.StoreContract;

namespace Dialogue.Workflows.Tests.Storage;

/// <summary>The notification-ledger contract on the in-memory ledger (two hosts in one process share one instance).</summary>
public sealed class InMemoryNotificationLedgerTests : NotificationLedgerContract
{
    private readonly InMemoryNotificationLedger _ledger = new();

    protected override Task<INotificationLedger> CreateLedgerAsync() => Task.FromResult<INotificationLedger>(_ledger);
}
