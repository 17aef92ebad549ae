using Dialogue.Workflows.Runtime;
using NodaTime;

namespace Dialogue.Workflows.Hosting;

/// <summary>What a <see cref="IDeadlineNotificationHandler"/> is told: a deadline of a plan is approaching, due today, or missed.</summary>
/// <remarks>A readonly struct so that fields can be added later without breaking handlers.</remarks>
public readonly struct DeadlineNotificationArguments
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="item">The due item.</param>
    /// <param name="detectedAt">When the monitor found it.</param>
    /// <param name="attempt">Which delivery attempt this is, from 1.</param>
    /// <param name="key">The notification's idempotency key.</param>
    public DeadlineNotificationArguments(PlanInstance plan, DueItem item, Instant detectedAt, int attempt, string key)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(item);
        Plan = plan;
        Item = item;
        DetectedAt = detectedAt;
        Attempt = attempt;
        Key = key;
    }

    /// <summary>The plan.</summary>
    public PlanInstance Plan { get; }

    /// <summary>The task, its due date and how it stands.</summary>
    public DueItem Item { get; }

    /// <summary>The plan's id.</summary>
    public string PlanId => Plan.Id;

    /// <summary>The plan's tenant, when the host has several.</summary>
    public string? TenantId => Plan.TenantId;

    /// <summary>Approaching, due today, or overdue.</summary>
    public DueState State => Item.State;

    /// <summary>The due date.</summary>
    public LocalDate Due => Item.Due;

    /// <summary>When the monitor found it.</summary>
    public Instant DetectedAt { get; }

    /// <summary>Which delivery attempt this is, from 1 (a failed delivery is retried on a later pass).</summary>
    public int Attempt { get; }

    /// <summary>The notification's idempotency key: plan, task, state and due date.</summary>
    public string Key { get; }
}
