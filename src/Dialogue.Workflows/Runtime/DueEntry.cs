using Dialogue.Workflows.Storage;

namespace Dialogue.Workflows.Runtime;

/// <summary>An open step of some plan that is overdue, due today or approaching, as the read model has it.</summary>
/// <param name="Item">The step's row: plan, step, owner, due date and titles.</param>
/// <param name="State">Approaching, due today, or overdue.</param>
/// <param name="WorkingDays">Working days from today to the due date (negative when overdue: working days since).</param>
public sealed record DueEntry(DatedItem Item, DueState State, int WorkingDays);
