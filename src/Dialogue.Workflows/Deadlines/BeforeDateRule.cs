using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Deadlines;

/// <summary>Before a date the document fixes ("trước ngày 10/11/2021"); build it with <see cref="DeadlineRule.Before"/>.</summary>
/// <remarks>
/// The date itself is excluded, and the office is closed on any day off just before it, so the due day
/// is the last working day strictly before the date. The days off between the due day and the date
/// are listed in the explanation.
/// </remarks>
/// <example><code>DeadlineRule.Before(new LocalDate(2021, 11, 10), "trước ngày 10/11/2021"); // due 2021-11-09</code></example>
public sealed record BeforeDateRule : DeadlineRule
{
    internal BeforeDateRule(LocalDate date) => Date = date;

    /// <summary>The limit, excluded.</summary>
    public LocalDate Date { get; }

    /// <inheritdoc />
    public override bool UsesAnchor => false;

    /// <inheritdoc />
    public override CountingConvention Convention => CountingConvention.LastWorkingDayBeforeDate;

    internal override (string Vi, string En) Words(Anchor? anchor) =>
        ($"trước ngày {Wording.Vi(Date)}", $"before {Wording.Iso(Date)}");

    internal override LocalDate DueDate(LocalDate? anchorDate, WorkingCalendar calendar) =>
        LastWorkingDayBefore(calendar);

    internal override Evaluation Evaluate(LocalDate? anchorDate, WorkingCalendar calendar)
    {
        var due = LastWorkingDayBefore(calendar);
        return new(due, Wording.DaysOff(calendar, due.PlusDays(1), Date.PlusDays(-1)),
            $"Không tính ngày {Wording.Day(Date)}; ngày làm việc cuối cùng trước đó là {Wording.Day(due)}.",
            $"{Wording.EnglishDay(Date)} itself is excluded; the last working day before it is {Wording.EnglishDay(due)}.");
    }

    // Counted from the day before, so that a date just past the calendar's end (01/01/2200) still has its due day in range.
    private LocalDate LastWorkingDayBefore(WorkingCalendar calendar) =>
        Date > WorkingCalendar.MinDate ? calendar.OnOrPreviousWorkingDay(Date.PlusDays(-1)) : calendar.PreviousWorkingDay(Date);
}
