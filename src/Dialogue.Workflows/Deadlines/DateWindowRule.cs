using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Deadlines;

/// <summary>A window of dates ("từ ngày 18/10/2021 đến hết ngày 25/10/2021"); build it with <see cref="DeadlineRule.Window"/>.</summary>
/// <remarks>
/// Both days are included, as the documents write them: the window opens at the start of
/// <see cref="From"/> and closes at the end of <see cref="To"/>. Both are kept as written; one that is
/// not a working day carries <see cref="DeadlineWarningCodes.WindowOpensOnDayOff"/> or
/// <see cref="DeadlineWarningCodes.WindowEndsOnDayOff"/>.
/// </remarks>
/// <example><code>DeadlineRule.Window(new LocalDate(2021, 10, 29), new LocalDate(2021, 10, 30)); // ends on a Saturday: warning</code></example>
public sealed record DateWindowRule : DeadlineRule
{
    internal DateWindowRule(LocalDate from, LocalDate to)
    {
        From = from;
        To = to;
    }

    /// <summary>The first day, included.</summary>
    public LocalDate From { get; }

    /// <summary>The last day, included; on or after <see cref="From"/>.</summary>
    public LocalDate To { get; }

    /// <inheritdoc />
    public override bool UsesAnchor => false;

    /// <inheritdoc />
    public override CountingConvention Convention => CountingConvention.AsWritten;

    internal override (string Vi, string En) Words(Anchor? anchor) =>
        ($"từ ngày {Wording.Vi(From)} đến hết ngày {Wording.Vi(To)}", $"from {Wording.Iso(From)} to the end of {Wording.Iso(To)}");

    internal override LocalDate DueDate(LocalDate? anchorDate, WorkingCalendar calendar) =>
        To;

    internal override Evaluation Evaluate(LocalDate? anchorDate, WorkingCalendar calendar)
    {
        var opens = calendar.Describe(From);
        var ends = calendar.Describe(To);
        var days = Period.DaysBetween(From, To) + 1;
        var workingDays = calendar.CountWorkingDays(From, To);
        var warnings = new List<DeadlineWarning>(2);
        if (!opens.IsWorkingDay)
        {
            warnings.Add(new DeadlineWarning(DeadlineWarningCodes.WindowOpensOnDayOff,
                $"Thời gian bắt đầu {Wording.Day(From)} rơi vào ngày nghỉ – {opens.Name}.",
                $"The window opens on a day off: {Wording.EnglishDay(From)} – {opens.EnglishName}.",
                From));
        }

        if (!ends.IsWorkingDay)
        {
            warnings.Add(new DeadlineWarning(DeadlineWarningCodes.WindowEndsOnDayOff,
                $"Thời gian kết thúc {Wording.Day(To)} rơi vào ngày nghỉ – {ends.Name}; cơ quan có thể không làm việc ngày đó.",
                $"The window ends on a day off: {Wording.EnglishDay(To)} – {ends.EnglishName}; the office may be closed that day.",
                To));
        }

        return new(To, [],
            $"Mở từ đầu ngày {Wording.Day(From)}, kết thúc vào cuối ngày {Wording.Day(To)}; cả hai ngày đều được tính " +
            $"({days} ngày, trong đó {workingDays} ngày làm việc); giữ nguyên như văn bản ghi.",
            $"Opens at the start of {Wording.EnglishDay(From)} and closes at the end of {Wording.EnglishDay(To)}; both days are included " +
            $"({Wording.Count(days, "day")}, {Wording.Count(workingDays, "working day")}); kept as written.")
        {
            Opens = From,
            Warnings = warnings,
        };
    }
}
