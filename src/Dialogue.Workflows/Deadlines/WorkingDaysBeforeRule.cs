using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Deadlines;

/// <summary>At least N working days before the anchor ("ít nhất 07 ngày làm việc"); build it with <see cref="DeadlineRule.WorkingDaysBefore"/>.</summary>
/// <remarks>
/// <para>
/// <see cref="WorkingDaysBeforeConvention.ExcludeBothEnds"/> (default): N whole working days lie
/// strictly between the due day and the anchor, so the due day is the (N+1)-th working day before the
/// anchor — <c>AddWorkingDays(anchor, -(N + 1))</c>, which counts only days strictly before the anchor
/// and so holds whether or not the anchor is a working day.
/// </para>
/// <para>
/// <see cref="WorkingDaysBeforeConvention.CountAnchorDay"/> (Civil Code Art. 147 style): the due day
/// is not counted and the count of N working days reaches the anchor day, so the due day is
/// <c>AddWorkingDays(OnOrPreviousWorkingDay(anchor), -N)</c>: one working day later than the
/// default when the anchor is a working day, the same day when it is not.
/// </para>
/// </remarks>
/// <example><code>DeadlineRule.WorkingDaysBefore(7, WorkingDaysBeforeConvention.CountAnchorDay); // session 2023-09-15 → 2023-09-06</code></example>
public sealed record WorkingDaysBeforeRule : DeadlineRule
{
    internal WorkingDaysBeforeRule(int days, WorkingDaysBeforeConvention counting)
    {
        Days = days;
        Counting = counting;
    }

    /// <summary>N, the number of working days.</summary>
    public int Days { get; }

    /// <summary>Which ends of the span count.</summary>
    public WorkingDaysBeforeConvention Counting { get; }

    /// <inheritdoc />
    public override bool UsesAnchor => true;

    /// <inheritdoc />
    public override CountingConvention Convention => Counting == WorkingDaysBeforeConvention.ExcludeBothEnds
        ? CountingConvention.WorkingDaysBeforeExcludingBothEnds
        : CountingConvention.WorkingDaysBeforeCountingAnchorDay;

    internal override (string Vi, string En) Words(Anchor? anchor) =>
        ($"ít nhất {Days} ngày làm việc trước {anchor?.Name ?? "mốc"}", $"at least {Wording.Count(Days, "working day")} before {anchor?.EnglishName ?? "the anchor"}");

    internal override LocalDate DueDate(LocalDate? anchorDate, WorkingCalendar calendar) =>
        Counting == WorkingDaysBeforeConvention.ExcludeBothEnds
            ? calendar.AddWorkingDays(anchorDate!.Value, -(Days + 1))
            : calendar.AddWorkingDays(calendar.OnOrPreviousWorkingDay(anchorDate!.Value), -Days);

    internal override Evaluation Evaluate(LocalDate? anchorDate, WorkingCalendar calendar)
    {
        var anchor = anchorDate!.Value;
        return Counting == WorkingDaysBeforeConvention.ExcludeBothEnds ? ExcludingBothEnds(anchor, calendar) : CountingAnchorDay(anchor, calendar);
    }

    private Evaluation ExcludingBothEnds(LocalDate anchor, WorkingCalendar calendar)
    {
        var due = calendar.AddWorkingDays(anchor, -(Days + 1));
        var skipped = Wording.DaysOff(calendar, due.PlusDays(1), anchor.PlusDays(-1));
        if (Days == 0)
        {
            return new(due, skipped,
                $"Không cần ngày làm việc nào ở giữa; hạn là ngày làm việc liền trước ngày mốc {Wording.Vi(anchor)}: {Wording.Day(due)}.",
                $"No working day is needed in between; the deadline is the last working day before the anchor day {Wording.Iso(anchor)}: {Wording.EnglishDay(due)}.");
        }

        var first = calendar.AddWorkingDays(anchor, -Days);
        var last = calendar.AddWorkingDays(anchor, -1);
        return new(due, skipped,
            $"Giữa ngày đến hạn và ngày mốc {Wording.Vi(anchor)} phải có trọn {Days} ngày làm việc, từ {Wording.Vi(first)} đến {Wording.Vi(last)}; " +
            $"hạn là ngày làm việc liền trước đó: {Wording.Day(due)}.",
            $"{Wording.Count(Days, "whole working day")} must lie between the due day and the anchor day {Wording.Iso(anchor)}, " +
            $"from {Wording.Iso(first)} to {Wording.Iso(last)}; the deadline is the working day before them: {Wording.EnglishDay(due)}.");
    }

    private Evaluation CountingAnchorDay(LocalDate anchor, WorkingCalendar calendar)
    {
        var last = calendar.OnOrPreviousWorkingDay(anchor);
        var due = calendar.AddWorkingDays(last, -Days);
        var skipped = Wording.DaysOff(calendar, due.PlusDays(1), anchor);
        var (offNote, englishOffNote) = last == anchor
            ? (string.Empty, string.Empty)
            : ($" (ngày mốc {Wording.Vi(anchor)} không phải ngày làm việc nên không được tính)", $" (the anchor day {Wording.Iso(anchor)} is not a working day, so it does not count)");
        if (Days == 0)
        {
            return new(due, skipped,
                $"Không cần ngày làm việc nào; hạn là ngày làm việc cuối cùng tính đến hết ngày mốc{offNote}: {Wording.Day(due)}.",
                $"No working day is needed; the deadline is the last working day up to the end of the anchor day{englishOffNote}: {Wording.EnglishDay(due)}.");
        }

        var first = calendar.AddWorkingDays(due, 1);
        return new(due, skipped,
            $"Không tính ngày đến hạn; {Days} ngày làm việc tính đến hết ngày mốc là từ {Wording.Vi(first)} đến {Wording.Vi(last)}{offNote}; " +
            $"hạn là ngày làm việc liền trước đó: {Wording.Day(due)}.",
            $"The due day does not count; the {Wording.Count(Days, "working day")} up to the end of the anchor day run from {Wording.Iso(first)} to " +
            $"{Wording.Iso(last)}{englishOffNote}; the deadline is the working day before them: {Wording.EnglishDay(due)}.");
    }
}
