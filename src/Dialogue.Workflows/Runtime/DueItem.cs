using NodaTime;

namespace Dialogue.Workflows.Runtime;

/// <summary>An open task that is due soon, due today or overdue.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Task">The task.</param>
/// <param name="Due">Its due date.</param>
/// <param name="State">Approaching, due today, or overdue.</param>
/// <param name="WorkingDays">Working days from today to the due date (negative when overdue: working days since).</param>
public sealed record DueItem(string PlanId, PlanTaskInstance Task, LocalDate Due, DueState State, int WorkingDays);
