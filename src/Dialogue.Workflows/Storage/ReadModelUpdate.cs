namespace Dialogue.Workflows.Storage;

/// <summary>A plan's read model at one version: its summary row and every open dated step, replacing what the store held for the plan.</summary>
/// <param name="Summary">The plan's summary row; its <see cref="PlanSummary.Version"/> is the stream's version after the append it goes with.</param>
/// <param name="Items">The plan's open steps with a due date.</param>
public sealed record ReadModelUpdate(PlanSummary Summary, IReadOnlyList<DatedItem> Items);
