using NodaTime;

namespace Dialogue.Workflows.Storage;

/// <summary>What a <see cref="INotificationLedger"/> knows of one notification.</summary>
/// <param name="Key">The notification's key (plan, task, kind and due date).</param>
/// <param name="State">Claimed, delivered or failed.</param>
/// <param name="Owner">The host that claimed it last.</param>
/// <param name="Attempts">How many times delivery was started.</param>
/// <param name="LeaseUntil">Until when the last claim holds.</param>
/// <param name="DeliveredAt">When it was delivered, if it was.</param>
/// <param name="LastError">The last failure's message, if any.</param>
public sealed record NotificationRecord(string Key, NotificationState State, string Owner, int Attempts, Instant LeaseUntil, Instant? DeliveredAt, string? LastError);
