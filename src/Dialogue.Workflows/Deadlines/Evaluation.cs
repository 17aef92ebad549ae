using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Deadlines;

/// <summary>A rule evaluated at one anchor date: the due day and how it was reached, in both languages.</summary>
internal sealed record Evaluation(LocalDate Due, IReadOnlyList<CalendarDay> SkippedDays, string Computation, string EnglishComputation)
{
    /// <summary>The first day of a window; null for a deadline.</summary>
    public LocalDate? Opens { get; init; }

    public IReadOnlyList<DeadlineWarning> Warnings { get; init; } = [];
}
