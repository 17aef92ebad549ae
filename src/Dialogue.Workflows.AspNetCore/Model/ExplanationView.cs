namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>Why a task's due date is what it is.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Task">The task's id.</param>
/// <param name="Due">The due date; null while the anchor is not fixed.</param>
/// <param name="Summary">The one-line summary.</param>
/// <param name="Rule">The rule, as the document words it.</param>
/// <param name="Anchor">What the deadline counts from.</param>
/// <param name="Computation">The count, step by step.</param>
/// <param name="LegalBasis">The legal basis of the counting.</param>
/// <param name="Text">The whole explanation.</param>
/// <param name="SkippedDays">Each day off skipped by the count.</param>
public sealed record ExplanationView(string PlanId, string Task, DateOnly? Due, LocalizedText Summary, LocalizedText Rule, LocalizedText Anchor,
    LocalizedText Computation, LocalizedText LegalBasis, LocalizedText Text, IReadOnlyList<SkippedDayView> SkippedDays)
{
    /// <summary>The first day of the window, if the deadline is one.</summary>
    public DateOnly? Opens { get; init; }

    /// <summary>The due date recorded on the task when an extension or a kept deadline differs from the rule's.</summary>
    public DateOnly? Recorded { get; init; }
}
