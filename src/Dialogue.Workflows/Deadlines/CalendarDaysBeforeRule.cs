using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Deadlines;

/// <summary>N calendar days before the anchor ("trước 10 ngày tổ chức đối thoại"); build it with <see cref="DeadlineRule.CalendarDaysBefore"/>.</summary>
/// <remarks>
/// Due = anchor − N days (the anchor day is not counted); a due day that is not a working day moves
/// back to the previous working day, so the deadline never becomes later. The days moved over are
/// listed in the explanation.
/// </remarks>
/// <example><code>DeadlineRule.CalendarDaysBefore(10); // session 2023-09-12 → 2023-09-02 is Quốc khánh → due 2023-08-31</code></example>
public sealed record CalendarDaysBeforeRule : DeadlineRule
{
    internal CalendarDaysBeforeRule(int days) => Days = days;

    /// <summary>N, the number of calendar days.</summary>
    public int Days { get; }

    /// <inheritdoc />
    public override bool UsesAnchor => true;

    /// <inheritdoc />
    public override CountingConvention Convention => CountingConvention.CalendarDaysBeforeMovedBack;

    internal override (string Vi, string En) Words(Anchor? anchor) =>
        ($"{Days} ngày theo lịch trước {anchor?.Name ?? "mốc"}", $"{Wording.Count(Days, "calendar day")} before {anchor?.EnglishName ?? "the anchor"}");

    internal override LocalDate DueDate(LocalDate? anchorDate, WorkingCalendar calendar) =>
        calendar.OnOrPreviousWorkingDay(anchorDate!.Value.PlusDays(-Days));

    internal override Evaluation Evaluate(LocalDate? anchorDate, WorkingCalendar calendar)
    {
        var anchor = anchorDate!.Value;
        var raw = anchor.PlusDays(-Days);
        var due = calendar.OnOrPreviousWorkingDay(raw);
        var vi = $"{Wording.Vi(anchor)} lùi {Days} ngày theo lịch là {Wording.Day(raw)}";
        var en = $"{Wording.Iso(anchor)} minus {Wording.Count(Days, "calendar day")} is {Wording.EnglishDay(raw)}";
        if (due == raw)
        {
            return new(due, [], $"{vi}, là ngày làm việc.", $"{en}, a working day.");
        }

        var day = calendar.Describe(raw);
        return new(due, Wording.DaysOff(calendar, due.PlusDays(1), raw),
            $"{vi}, không phải ngày làm việc – {day.Name}; lùi về ngày làm việc liền trước: {Wording.Day(due)}.",
            $"{en}, not a working day – {day.EnglishName}; moved back to the previous working day: {Wording.EnglishDay(due)}.");
    }
}
