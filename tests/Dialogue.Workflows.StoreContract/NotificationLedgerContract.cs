using Dialogue.Workflows.Storage;
using NodaTime;

namespace Dialogue.Workflows.StoreContract;

/// <summary>
/// What every <see cref="INotificationLedger"/> must do, so that a deadline notification is delivered
/// once across hosts. A store's test project derives from this class and supplies a fresh ledger;
/// <see cref="CreateLedgerAsync"/> may be called twice per test to get two handles on the same
/// storage (two hosts).
/// </summary>
public abstract class NotificationLedgerContract
{
    private static readonly Instant Now = Instant.FromUtc(2024, 6, 3, 2, 0);

    /// <summary>A handle on the ledger under test; every call in one test reaches the same, initially empty, storage.</summary>
    protected abstract Task<INotificationLedger> CreateLedgerAsync();

    [Fact]
    public async Task TryClaim_NewKey_IsClaimedOnceAcrossHosts()
    {
        var hostA = await CreateLedgerAsync();
        var hostB = await CreateLedgerAsync();

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? hostA : hostB).TryClaimAsync("plan-1/notice@s1/Overdue/2024-06-04", $"host-{i}", Now, Now + Duration.FromMinutes(5)).AsTask()));

        Assert.Single(claims, c => c);
        var record = await hostA.GetAsync("plan-1/notice@s1/Overdue/2024-06-04");
        Assert.Equal(NotificationState.Claimed, record!.State);
        Assert.Equal(1, record.Attempts);
    }

    [Fact]
    public async Task GetMany_APageOfKeys_GivesWhatGetGivesForEach_AndLeavesOutTheNeverClaimed()
    {
        var ledger = await CreateLedgerAsync();
        await ledger.TryClaimAsync("p1/notice@s1/Overdue/2024-06-04", "host-a", Now, Now + Duration.FromMinutes(5));
        await ledger.TryClaimAsync("p1/report@s1/DueToday/2024-06-03", "host-a", Now, Now + Duration.FromMinutes(5));
        await ledger.MarkDeliveredAsync("p1/report@s1/DueToday/2024-06-03", "host-a", Now + Duration.FromSeconds(2));
        await ledger.TryClaimAsync("p2/notice@s1/Approaching/2024-06-05", "host-b", Now, Now + Duration.FromMinutes(5));
        await ledger.MarkFailedAsync("p2/notice@s1/Approaching/2024-06-05", "host-b", "SMTP server unreachable");
        string[] keys = ["p1/notice@s1/Overdue/2024-06-04", "p1/report@s1/DueToday/2024-06-03", "p2/notice@s1/Approaching/2024-06-05", "p3/never/Overdue/2024-06-01"];

        var records = await (await CreateLedgerAsync()).GetManyAsync(keys);

        Assert.Equal(keys[..3].Order(StringComparer.Ordinal), records.Keys.Order(StringComparer.Ordinal));
        foreach (var key in keys[..3])
        {
            Assert.Equal(await ledger.GetAsync(key), records[key]);
        }

        Assert.Empty(await ledger.GetManyAsync([]));
    }

    [Fact]
    public async Task MarkDelivered_ThenClaimAgain_IsNeverDeliveredTwice()
    {
        var ledger = await CreateLedgerAsync();
        await ledger.TryClaimAsync("k", "host-a", Now, Now + Duration.FromMinutes(5));
        await ledger.MarkDeliveredAsync("k", "host-a", Now + Duration.FromSeconds(3));

        Assert.False(await (await CreateLedgerAsync()).TryClaimAsync("k", "host-b", Now + Duration.FromDays(1), Now + Duration.FromDays(2)));
        var record = await ledger.GetAsync("k");
        Assert.Equal((NotificationState.Delivered, Now + Duration.FromSeconds(3)), (record!.State, record.DeliveredAt));
    }

    [Fact]
    public async Task MarkFailed_TheNotificationIsClaimedAgainWithTheAttemptCounted()
    {
        var ledger = await CreateLedgerAsync();
        await ledger.TryClaimAsync("k", "host-a", Now, Now + Duration.FromMinutes(5));
        await ledger.MarkFailedAsync("k", "host-a", "SMTP server unreachable");

        Assert.True(await ledger.TryClaimAsync("k", "host-b", Now + Duration.FromSeconds(1), Now + Duration.FromMinutes(5)));
        var record = await ledger.GetAsync("k");
        Assert.Equal((NotificationState.Claimed, "host-b", 2, "SMTP server unreachable"), (record!.State, record.Owner, record.Attempts, record.LastError));
    }

    [Fact]
    public async Task TryClaim_WhileAnotherHostsLeaseHolds_IsRefusedAndAfterItExpires_IsGranted()
    {
        var ledger = await CreateLedgerAsync();
        await ledger.TryClaimAsync("k", "host-a", Now, Now + Duration.FromMinutes(5));

        Assert.False(await ledger.TryClaimAsync("k", "host-b", Now + Duration.FromMinutes(4), Now + Duration.FromMinutes(9)));
        Assert.True(await ledger.TryClaimAsync("k", "host-b", Now + Duration.FromMinutes(5), Now + Duration.FromMinutes(10)));
        Assert.Equal("host-b", (await ledger.GetAsync("k"))!.Owner);
    }

    [Fact]
    public async Task Get_UnknownKey_IsNull() =>
        Assert.Null(await (await CreateLedgerAsync()).GetAsync("never-seen"));
}
