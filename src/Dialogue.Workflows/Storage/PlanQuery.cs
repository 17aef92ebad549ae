using NodaTime;

namespace Dialogue.Workflows.Storage;

/// <summary>A page of plans from the read model: filters, the page's size and where it starts. Plans come oldest first.</summary>
public sealed record PlanQuery
{
    /// <summary>The largest page a query may ask for.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Only plans with this status name (see <see cref="PlanSummary.Status"/>); null for every status except damaged plans.</summary>
    public string? Status { get; init; }

    /// <summary>Only plans of this type key.</summary>
    public string? TypeKey { get; init; }

    /// <summary>Only plans of this year.</summary>
    public int? Year { get; init; }

    /// <summary>Only plans of this tenant.</summary>
    public string? TenantId { get; init; }

    /// <summary>Only plans of this issuer (exact name).</summary>
    public string? Issuer { get; init; }

    /// <summary>Only plans whose id, title, issuer or document number contain this text, lower case (the engine folds it).</summary>
    public string? Text { get; init; }

    /// <summary>The day <see cref="PlanSummary.OverdueItems"/> is counted on.</summary>
    public LocalDate Today { get; init; }

    /// <summary>How many plans at most, from 1 to <see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Starts after the plan with this <see cref="PlanSummary.Sequence"/> (the previous page's <see cref="PlanPage.Next"/>); null for the first page.</summary>
    public long? After { get; init; }
}
