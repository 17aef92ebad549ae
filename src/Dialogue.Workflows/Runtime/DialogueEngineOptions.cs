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
    }
}
