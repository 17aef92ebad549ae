using Dialogue.Workflows.Runtime;
using NodaTime;

namespace Dialogue.Workflows.Hosting;

/// <summary>What a <see cref="IDeadlineNotificationHandler"/> is told when a change of the working calendar moved an open deadline.</summary>
/// <remarks>A readonly struct so that fields can be added later without breaking handlers.</remarks>
public readonly struct DeadlineMovedArguments
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="task">The task whose deadline moved.</param>
    /// <param name="oldDue">The due date before.</param>
    /// <param name="newDue">The due date the calendar gives now.</param>
    /// <param name="policy">Whether the plan follows the new date or keeps the old one.</param>
    /// <param name="reason">Why, in Vietnamese (the days that changed and their documents).</param>
    /// <param name="englishReason">Why, in English.</param>
    /// <param name="detectedAt">When the monitor found it.</param>
    /// <param name="attempt">Which delivery attempt this is, from 1.</param>
    /// <param name="key">The notification's idempotency key.</param>
    public DeadlineMovedArguments(PlanInstance plan, PlanTaskInstance task, LocalDate oldDue, LocalDate newDue, CalendarChangePolicy policy,
        string? reason, string? englishReason, Instant detectedAt, int attempt, string key)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(task);
        Plan = plan;
        Task = task;
        OldDue = oldDue;
        NewDue = newDue;
        Policy = policy;
        Reason = reason;
        EnglishReason = englishReason;
        DetectedAt = detectedAt;
        Attempt = attempt;
        Key = key;
    }

    /// <summary>The plan.</summary>
    public PlanInstance Plan { get; }

    /// <summary>The task whose deadline moved.</summary>
    public PlanTaskInstance Task { get; }

    /// <summary>The plan's id.</summary>
    public string PlanId => Plan.Id;

    /// <summary>The due date before.</summary>
    public LocalDate OldDue { get; }

    /// <summary>The due date the calendar gives now.</summary>
    public LocalDate NewDue { get; }

    /// <summary>Recompute: the plan follows <see cref="NewDue"/>; Keep: it keeps <see cref="OldDue"/> and notes the new date.</summary>
    public CalendarChangePolicy Policy { get; }

    /// <summary>Why, in Vietnamese; null for a move recorded without one.</summary>
    public string? Reason { get; }

    /// <summary>Why, in English; null for a move recorded without one.</summary>
    public string? EnglishReason { get; }

    /// <summary>When the monitor found it.</summary>
    public Instant DetectedAt { get; }

    /// <summary>Which delivery attempt this is, from 1.</summary>
    public int Attempt { get; }

    /// <summary>The notification's idempotency key: plan, task, "moved", old and new dates.</summary>
    public string Key { get; }
}
