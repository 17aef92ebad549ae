using Dialogue.Workflows.Storage;

namespace Dialogue.Workflows.StoreContract;

/// <summary>
/// What a shared notification ledger must do across processes: claimers in separate processes claim
/// the same keys at once, and each key is granted to exactly one of them. A store's test project
/// derives from this class and names its store the way Dialogue.Workflows.StoreWriter understands it.
/// </summary>
public abstract class NotificationLedgerCrossProcessContract
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>The writer's name for the store kind: <c>sqlite</c>, or <c>postgres:SCHEMA</c>; read after <see cref="CreateSharedLedgerAsync"/>.</summary>
    protected abstract string StoreKind { get; }

    /// <summary>A new, empty ledger for one test, and the target (file or connection string) a claimer process opens it by.</summary>
    protected abstract Task<(INotificationLedger Ledger, string Target)> CreateSharedLedgerAsync();

    [Fact]
    public async Task Processes_ClaimingTheSameKeysAtOnce_EachKeyIsGrantedToExactlyOne()
    {
        const int claimers = 4;
        const int keys = 150;
        var (ledger, target) = await CreateSharedLedgerAsync();

        var processes = Enumerable.Range(0, claimers).Select(c => StoreWriterProcess.StartClaimer(StoreKind, target, $"host-{c}", keys)).ToList();
        try
        {
            foreach (var process in processes)
            {
                await process.WaitForSuccessAsync(Patience);
            }

            var granted = processes.SelectMany(p => p.ClaimedKeys.Select(key => (Key: key, Owner: p.Writer))).ToList();
            Assert.Equal(Enumerable.Range(0, keys).Select(i => $"key-{i}").Order(StringComparer.Ordinal), granted.Select(g => g.Key).Order(StringComparer.Ordinal));
            foreach (var (key, owner) in granted)
            {
                var record = await ledger.GetAsync(key);
                Assert.Equal((NotificationState.Delivered, owner, 1), (record!.State, record.Owner, record.Attempts));
            }
        }
        finally
        {
            processes.ForEach(process => process.Dispose());
        }
    }
}
