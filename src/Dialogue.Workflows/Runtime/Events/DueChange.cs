using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A task's deadline as an event changed it: from <see cref="Old"/> to <see cref="New"/> (null: no date, pending).</summary>
/// <param name="Task">The task's id in the plan.</param>
/// <param name="Old">The due date before, or null.</param>
/// <param name="New">The due date after, or null.</param>
public sealed record DueChange(string Task, LocalDate? Old, LocalDate? New)
{
    /// <summary>Why a changed calendar moved the date, in Vietnamese: the days that changed and their documents; null otherwise.</summary>
    public string? Reason { get; init; }

    /// <summary>Why a changed calendar moved the date, in English; null otherwise.</summary>
    public string? EnglishReason { get; init; }
}
