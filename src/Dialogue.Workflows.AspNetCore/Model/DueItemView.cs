namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>An open task that is overdue, due today or due soon.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Task">The task's id.</param>
/// <param name="Title">What it is.</param>
/// <param name="Owner">The unit that does it.</param>
/// <param name="Due">Its due date.</param>
/// <param name="State">How close it is: <c>overdue</c>, <c>dueToday</c>, <c>approaching</c>.</param>
/// <param name="WorkingDays">Working days left (negative: working days overdue).</param>
public sealed record DueItemView(string PlanId, string Task, LocalizedText Title, string Owner, DateOnly Due, string State, int WorkingDays);
