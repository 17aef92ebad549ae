namespace Dialogue.Workflows.Storage;

/// <summary>A page of plans from the read model.</summary>
/// <param name="Plans">The plans, oldest first.</param>
/// <param name="Next">The cursor of the next page (<see cref="PlanQuery.After"/>); null when this is the last one.</param>
public sealed record PlanPage(IReadOnlyList<PlanSummary> Plans, long? Next);
