namespace Dialogue.Workflows.Storage;

/// <summary>Where a deadline notification is in its delivery.</summary>
public enum NotificationState
{
    /// <summary>A host is delivering it (its claim has not expired).</summary>
    Claimed = 1,

    /// <summary>Delivered to every handler; never delivered again.</summary>
    Delivered = 2,

    /// <summary>A delivery failed; it is tried again on a later pass.</summary>
    Failed = 3,
}
