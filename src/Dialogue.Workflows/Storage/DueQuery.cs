using NodaTime;

namespace Dialogue.Workflows.Storage;

/// <summary>Open dated steps across every plan from the read model: a range of due dates, filters and a page. Steps come by due date, plan and step.</summary>
public sealed record DueQuery
{
    /// <summary>The largest page a query may ask for.</summary>
    public const int MaxLimit = 10000;

    /// <summary>The first due date; null to include every step due before <see cref="To"/> (everything overdue).</summary>
    public LocalDate? From { get; init; }

    /// <summary>The last due date, inclusive.</summary>
    public LocalDate To { get; init; }

    /// <summary>Only steps owned by this unit key.</summary>
    public string? Owner { get; init; }

    /// <summary>Only steps of this tenant's plans.</summary>
    public string? TenantId { get; init; }

    /// <summary>Only steps of this plan.</summary>
    public string? PlanId { get; init; }

    /// <summary>Only steps whose deadline the working calendar moved (<see cref="DatedItem.MovedTo"/> set), whatever their due date.</summary>
    public bool MovedOnly { get; init; }

    /// <summary>How many steps at most, from 1 to <see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 1000;

    /// <summary>Starts after this step (the last one of the previous page); null for the first page.</summary>
    public DatedItem? After { get; init; }
}
