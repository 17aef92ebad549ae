using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Deadlines;

/// <summary>Within N working days after the anchor ("trong 03 ngày làm việc kể từ ngày tiếp nhận"); build it with <see cref="DeadlineRule.WithinWorkingDaysAfter"/>.</summary>
/// <remarks>
/// The anchor day is not counted (Civil Code Art. 147); the due day is the N-th working day after it,
/// <c>AddWorkingDays(anchor, N)</c>, so it is always a working day and exactly N working days lie in
/// (anchor, due]. N = 0 means the anchor day itself, or the next working day when the anchor is a day off.
/// </remarks>
/// <example><code>DeadlineRule.WithinWorkingDaysAfter(3); // received 2023-08-30 → 31/08, 05/09, 06/09 → due 2023-09-06</code></example>
public sealed record WithinWorkingDaysAfterRule : DeadlineRule
{
    internal WithinWorkingDaysAfterRule(int days) => Days = days;

    /// <summary>N, the number of working days.</summary>
    public int Days { get; }

    /// <inheritdoc />
    public override bool UsesAnchor => true;

    /// <inheritdoc />
    public override CountingConvention Convention => CountingConvention.WorkingDaysAfterCivilCode;

    internal override (string Vi, string En) Words(Anchor? anchor) =>
        ($"trong {Days} ngày làm việc kể từ {anchor?.Name ?? "mốc"}", $"within {Wording.Count(Days, "working day")} after {anchor?.EnglishName ?? "the anchor"}");

    internal override LocalDate DueDate(LocalDate? anchorDate, WorkingCalendar calendar) =>
        Days == 0 ? calendar.OnOrNextWorkingDay(anchorDate!.Value) : calendar.AddWorkingDays(anchorDate!.Value, Days);

    internal override Evaluation Evaluate(LocalDate? anchorDate, WorkingCalendar calendar)
    {
        var anchor = anchorDate!.Value;
        if (Days == 0)
        {
            var sameDay = calendar.OnOrNextWorkingDay(anchor);
            return sameDay == anchor
                ? new(sameDay, [], $"Thời hạn 0 ngày làm việc: hết chính ngày mốc {Wording.Day(anchor)}.",
                    $"A 0-working-day period: the end of the anchor day itself, {Wording.EnglishDay(anchor)}.")
                : new(sameDay, Wording.DaysOff(calendar, anchor, sameDay.PlusDays(-1)),
                    $"Thời hạn 0 ngày làm việc: ngày mốc {Wording.Vi(anchor)} không phải ngày làm việc nên hạn là ngày làm việc tiếp theo: {Wording.Day(sameDay)}.",
                    $"A 0-working-day period: the anchor day {Wording.Iso(anchor)} is not a working day, so the deadline is the next working day: {Wording.EnglishDay(sameDay)}.");
        }

        var due = calendar.AddWorkingDays(anchor, Days);
        var first = calendar.NextWorkingDay(anchor);
        var (vi, en) = Days == 1
            ? ($"ngày làm việc thứ 1 là {Wording.Day(due)}", $"the 1st working day is {Wording.EnglishDay(due)}")
            : ($"ngày làm việc thứ 1 là {Wording.Vi(first)}, ngày làm việc thứ {Days} là {Wording.Day(due)}",
                $"the 1st working day is {Wording.Iso(first)}, the {Ordinal(Days)} is {Wording.EnglishDay(due)}");
        return new(due, Wording.DaysOff(calendar, anchor.PlusDays(1), due.PlusDays(-1)),
            $"Không tính ngày mốc {Wording.Vi(anchor)}; {vi}.",
            $"The anchor day {Wording.Iso(anchor)} is not counted; {en}.");
    }

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch
        {
            1 => $"{n}st",
            2 => $"{n}nd",
            3 => $"{n}rd",
            _ => $"{n}th",
        },
    };
}
