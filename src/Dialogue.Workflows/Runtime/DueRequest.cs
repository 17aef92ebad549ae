using Dialogue.Workflows.Storage;
using NodaTime;

namespace Dialogue.Workflows.Runtime;

/// <summary>What is due across every plan: the day to look from, how far ahead, filters and a page.</summary>
public sealed record DueRequest
{
    /// <summary>The day to look from: steps due before it are overdue.</summary>
    public required LocalDate Today { get; init; }

    /// <summary>How many working days ahead counts as approaching; null for the engine's setting. Ignored when <see cref="Until"/> is set.</summary>
    public int? LookAheadWorkingDays { get; init; }

    /// <summary>The last due date to include; null for the look-ahead.</summary>
    public LocalDate? Until { get; init; }

    /// <summary>The first due date to include; null to include everything overdue.</summary>
    public LocalDate? From { get; init; }

    /// <summary>Only steps owned by this unit key.</summary>
    public string? Owner { get; init; }

    /// <summary>Only steps of this tenant's plans.</summary>
    public string? TenantId { get; init; }

    /// <summary>Only steps of this plan.</summary>
    public string? PlanId { get; init; }

    /// <summary>How many steps at most.</summary>
    public int Limit { get; init; } = 1000;

    /// <summary>Starts after this step (the last one of the previous page).</summary>
    public DatedItem? After { get; init; }
}
