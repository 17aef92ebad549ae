namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>A page of plans, from the read model: no plan is loaded to answer it.</summary>
/// <param name="Items">The plans on the page, oldest first.</param>
/// <param name="PageSize">Plans per page.</param>
public sealed record PlanPageView(IReadOnlyList<PlanSummaryView> Items, int PageSize)
{
    /// <summary>The page number asked for with <c>page</c>; null when the page was asked for with <c>after</c>.</summary>
    public int? Page { get; init; }

    /// <summary>Where the next page starts, to pass as <c>after</c> with the same filters; null on the last page.</summary>
    public string? Next { get; init; }
}
