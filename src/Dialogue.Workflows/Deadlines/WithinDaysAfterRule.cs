using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Deadlines;

/// <summary>Within N calendar days after the anchor ("sau 03 ngày kể từ ngày nhận được văn bản"); build it with <see cref="DeadlineRule.WithinDaysAfter"/>.</summary>
/// <remarks>
/// Civil Code 2015 Art. 147: the anchor day is not counted, so the last day of the period is anchor + N,
/// and the period ends at 24:00 that day (Art. 148(1), (6)). Art. 148(5): when that last day is a weekly
/// rest day or a holiday, the period ends at the end of the next working day; the library applies this
/// to every day its <see cref="WorkingCalendar"/> does not count as a working day, since the office is
/// closed on each of them. Days off inside the period count like any other day.
/// </remarks>
/// <example><code>DeadlineRule.WithinDaysAfter(10); // session 2023-08-23 → 2023-09-02 is Quốc khánh → due 2023-09-05</code></example>
public sealed record WithinDaysAfterRule : DeadlineRule
{
    internal WithinDaysAfterRule(int days) => Days = days;

    /// <summary>N, the number of calendar days.</summary>
    public int Days { get; }

    /// <inheritdoc />
    public override bool UsesAnchor => true;

    /// <inheritdoc />
    public override CountingConvention Convention => CountingConvention.CalendarDaysAfterCivilCode;

    internal override (string Vi, string En) Words(Anchor? anchor) =>
        ($"trong {Days} ngày kể từ {anchor?.Name ?? "mốc"}", $"within {Wording.Count(Days, "day")} after {anchor?.EnglishName ?? "the anchor"}");

    internal override LocalDate DueDate(LocalDate? anchorDate, WorkingCalendar calendar) =>
        calendar.OnOrNextWorkingDay(anchorDate!.Value.PlusDays(Days));

    internal override Evaluation Evaluate(LocalDate? anchorDate, WorkingCalendar calendar)
    {
        var anchor = anchorDate!.Value;
        var raw = anchor.PlusDays(Days);
        var due = calendar.OnOrNextWorkingDay(raw);
        var (vi, en) = Days == 0
            ? ($"Thời hạn 0 ngày kết thúc vào cuối chính ngày mốc {Wording.Day(raw)}",
                $"A 0-day period ends at the end of the anchor day itself, {Wording.EnglishDay(raw)}")
            : ($"Không tính ngày mốc {Wording.Vi(anchor)}; {Days} ngày tính từ {Wording.Vi(anchor.PlusDays(1))}, ngày cuối cùng là {Wording.Day(raw)}",
                $"The anchor day {Wording.Iso(anchor)} is not counted; {Wording.Count(Days, "day")} from {Wording.Iso(anchor.PlusDays(1))}, the last being {Wording.EnglishDay(raw)}");
        if (due == raw)
        {
            return new(due, [], $"{vi}, là ngày làm việc.", $"{en}, a working day.");
        }

        var day = calendar.Describe(raw);
        return new(due, Wording.DaysOff(calendar, raw, due.PlusDays(-1)),
            $"{vi}, là ngày nghỉ – {day.Name}; thời hạn kết thúc vào cuối ngày làm việc tiếp theo: {Wording.Day(due)}.",
            $"{en}, a day off – {day.EnglishName}; the period ends at the end of the next working day: {Wording.EnglishDay(due)}.");
    }
}
