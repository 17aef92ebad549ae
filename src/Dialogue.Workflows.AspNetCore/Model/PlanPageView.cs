namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>A page of plans.</summary>
/// <param name="Items">The plans on the page, oldest first.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Plans per page.</param>
/// <param name="Total">Plans matching the filter, on every page.</param>
public sealed record PlanPageView(IReadOnlyList<PlanSummaryView> Items, int Page, int PageSize, int Total);
