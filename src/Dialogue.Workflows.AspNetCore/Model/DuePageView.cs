namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>A page of open tasks across plans that are overdue, due today or due soon, from the read model: no plan is loaded to answer it.</summary>
/// <param name="Items">The tasks, by due date, plan and task.</param>
public sealed record DuePageView(IReadOnlyList<DueItemView> Items)
{
    /// <summary>Where the next page starts, to pass as <c>after</c> with the same filters; null on the last page.</summary>
    public string? Next { get; init; }
}
