namespace Dialogue.Workflows.Runtime;

/// <summary>Settings of the <see cref="DialogueEngine"/>.</summary>
public sealed class DialogueEngineOptions
{
    /// <summary>What plans do when the calendar changes after their deadlines were computed. Default: recompute.</summary>
    public CalendarChangePolicy CalendarChangePolicy { get; set; } = CalendarChangePolicy.Recompute;

    /// <summary>How often a command without an expected version is retried after another writer got there first. Default: 3.</summary>
    public int ConcurrencyRetries { get; set; } = 3;

    /// <summary>How many working days ahead a deadline counts as approaching. Default: 3.</summary>
    public int ApproachingWorkingDays { get; set; } = 3;

    /// <summary>The most days an act may have happened before it is recorded, the day a command gives (<c>On</c>). Default: 366.</summary>
    /// <remarks>
    /// A clerk records a session or a petition after the fact, but a date years back is a typing error or
    /// an attempt to rewrite the record. The default lets a whole year's plan be entered late; acts
    /// dated after today are always refused. Allowed: 0 (only today) to 3,660.
    /// </remarks>
    public int MaxBackdatingDays { get; set; } = DefaultMaxBackdatingDays;

    /// <summary>The default of <see cref="MaxBackdatingDays"/>: 366 days, a year of late entries.</summary>
    public const int DefaultMaxBackdatingDays = 366;

    /// <summary>
    /// How many events a plan grows by before the engine writes a new snapshot of it, in a store that keeps snapshots
    /// (<see cref="Storage.ISnapshotStore"/>); 0 turns snapshots off (neither written nor read). Default: 100.
    /// </summary>
    /// <remarks>
    /// A load reads the snapshot and at most about this many events after it, however long the history. A smaller value writes
    /// snapshots more often (each command that reaches the count writes one, after its append). Allowed: 0 to 100,000.
    /// </remarks>
    public int SnapshotEvery { get; set; } = DefaultSnapshotEvery;

    /// <summary>The default of <see cref="SnapshotEvery"/>: a snapshot every 100 events.</summary>
    public const int DefaultSnapshotEvery = 100;

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(CalendarChangePolicy))
        {
            throw new ArgumentOutOfRangeException(nameof(CalendarChangePolicy), CalendarChangePolicy, "Unknown calendar change policy.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(ConcurrencyRetries);
        ArgumentOutOfRangeException.ThrowIfNegative(ApproachingWorkingDays);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxBackdatingDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxBackdatingDays, 3660);
        ArgumentOutOfRangeException.ThrowIfNegative(SnapshotEvery);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(SnapshotEvery, 100_000);
    }
}
