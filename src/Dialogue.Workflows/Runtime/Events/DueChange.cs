using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A task's deadline as an event changed it: from <see cref="Old"/> to <see cref="New"/> (null: no date, pending).</summary>
/// <param name="Task">The task's id in the plan.</param>
/// <param name="Old">The due date before, or null.</param>
/// <param name="New">The due date after, or null.</param>
public sealed record DueChange(string Task, LocalDate? Old, LocalDate? New);
