using NodaTime;

namespace Dialogue.Workflows.Storage;

/// <summary>
/// The idempotency record of deadline notifications, shared by every host: a notification is
/// claimed by one host at a time, delivered once, and retried when a delivery fails.
/// </summary>
/// <remarks>
/// A claim is a lease: if the host that claimed a notification dies before marking it delivered,
/// another host may claim it once the lease has expired. So a notification is delivered at least
/// once, and exactly once unless a host dies between calling the handlers and recording it.
/// </remarks>
public interface INotificationLedger
{
    /// <summary>Claims a notification for delivery.</summary>
    /// <param name="key">The notification's key.</param>
    /// <param name="owner">The claiming host's name.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="leaseUntil">Until when the claim holds.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// True when this host may deliver it now: it was never seen, its last delivery failed, or
    /// another host's claim has expired. False when it is delivered or claimed by a live lease.
    /// </returns>
    ValueTask<bool> TryClaimAsync(string key, string owner, Instant now, Instant leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>Records a notification as delivered; it is never claimed again.</summary>
    /// <param name="key">The notification's key.</param>
    /// <param name="owner">The host that delivered it.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when it is recorded.</returns>
    ValueTask MarkDeliveredAsync(string key, string owner, Instant at, CancellationToken cancellationToken = default);

    /// <summary>Records a failed delivery, so the notification is tried again later.</summary>
    /// <param name="key">The notification's key.</param>
    /// <param name="owner">The host that tried.</param>
    /// <param name="error">What went wrong.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when it is recorded.</returns>
    ValueTask MarkFailedAsync(string key, string owner, string error, CancellationToken cancellationToken = default);

    /// <summary>Reads what is known of a notification.</summary>
    /// <param name="key">The notification's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or null when it was never claimed.</returns>
    ValueTask<NotificationRecord?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Reads what is known of several notifications at once: what the deadline monitor asks of a page of due steps.</summary>
    /// <param name="keys">The notifications' keys.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The records of the keys ever claimed, by key; a key never claimed is absent.</returns>
    /// <remarks>
    /// The default reads the keys one by one with <see cref="GetAsync"/>; a ledger on a server answers them in one round
    /// trip, so that a monitor pass costs a round trip per page rather than per step.
    /// </remarks>
    async ValueTask<IReadOnlyDictionary<string, NotificationRecord>> GetManyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var records = new Dictionary<string, NotificationRecord>(StringComparer.Ordinal);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            if (await GetAsync(key, cancellationToken).ConfigureAwait(false) is { } record)
            {
                records[key] = record;
            }
        }

        return records;
    }
}
