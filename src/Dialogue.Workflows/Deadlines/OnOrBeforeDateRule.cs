using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Deadlines;

/// <summary>On or before a date the document fixes ("chậm nhất ngày 04/10/2023"); build it with <see cref="DeadlineRule.OnOrBefore"/>.</summary>
/// <remarks>
/// The date is included — the deadline is the end of that day — and kept as written even when it is
/// not a working day: moving it either way would change what the document says. Such a date carries
/// the warning <see cref="DeadlineWarningCodes.DeadlineOnDayOff"/> for a person to decide.
/// </remarks>
/// <example><code>DeadlineRule.OnOrBefore(new LocalDate(2023, 10, 4), "Thời gian chậm nhất ngày 04/10/2023");</code></example>
public sealed record OnOrBeforeDateRule : DeadlineRule
{
    internal OnOrBeforeDateRule(LocalDate date) => Date = date;

    /// <summary>The last day, included.</summary>
    public LocalDate Date { get; }

    /// <inheritdoc />
    public override bool UsesAnchor => false;

    /// <inheritdoc />
    public override CountingConvention Convention => CountingConvention.AsWritten;

    internal override (string Vi, string En) Words(Anchor? anchor) =>
        ($"chậm nhất ngày {Wording.Vi(Date)}", $"on or before {Wording.Iso(Date)}");

    internal override LocalDate DueDate(LocalDate? anchorDate, WorkingCalendar calendar) =>
        Date;

    internal override Evaluation Evaluate(LocalDate? anchorDate, WorkingCalendar calendar)
    {
        var day = calendar.Describe(Date);
        if (day.IsWorkingDay)
        {
            return new(Date, [], $"Chậm nhất ngày {Wording.Day(Date)}, là ngày làm việc; giữ nguyên như văn bản ghi.",
                $"On or before {Wording.EnglishDay(Date)}, a working day; kept as written.");
        }

        return new(Date, [],
            $"Chậm nhất ngày {Wording.Day(Date)}, không phải ngày làm việc – {day.Name}; vẫn giữ nguyên như văn bản ghi (xem cảnh báo).",
            $"On or before {Wording.EnglishDay(Date)}, not a working day – {day.EnglishName}; still kept as written (see the warning).")
        {
            Warnings =
            [
                new DeadlineWarning(DeadlineWarningCodes.DeadlineOnDayOff,
                    $"Hạn {Wording.Day(Date)} do văn bản ấn định rơi vào ngày nghỉ – {day.Name}; cơ quan có thể không làm việc ngày đó.",
                    $"The deadline {Wording.EnglishDay(Date)} fixed by the document falls on a day off – {day.EnglishName}; the office may be closed that day.",
                    Date),
            ],
        };
    }
}
