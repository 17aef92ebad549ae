namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>What a command recorded.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="CommandId">The command's id: the <c>Idempotency-Key</c> when given.</param>
/// <param name="Repeated">Whether the command id was already recorded, so that this is the first outcome and nothing new was recorded.</param>
/// <param name="Version">The plan's version right after the command.</param>
/// <param name="Status">The plan's state right after the command.</param>
/// <param name="Events">The events the command recorded.</param>
public sealed record CommandResultView(string PlanId, string CommandId, bool Repeated, long Version, string Status, IReadOnlyList<HistoryEntryView> Events);
