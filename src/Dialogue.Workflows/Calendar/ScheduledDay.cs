using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>One day of a <see cref="PublishedSchedule"/>: a day off or a make-up working day, with its name and document.</summary>
/// <param name="Date">The day.</param>
/// <param name="Name">The Vietnamese name, e.g. "Tết Nguyên đán (mùng 1 tháng Giêng)".</param>
public sealed record ScheduledDay(LocalDate Date, string Name)
{
    /// <summary>The English name; the Vietnamese one is used when absent.</summary>
    public string? EnglishName { get; init; }

    /// <summary>The document that decides the day; the schedule's own document when absent.</summary>
    public DocumentReference? Document { get; init; }

    /// <summary>For a day off: why (a holiday, a compensatory day …); a holiday's day when <see cref="Holiday"/> is set, else a decreed day off, when absent.</summary>
    public DayOffKind? Kind { get; init; }

    /// <summary>The holiday the day belongs to, if any.</summary>
    public HolidayKind? Holiday { get; init; }

    /// <summary>True when the schedule only projects the day (no document fixes it yet).</summary>
    public bool IsProjected { get; init; }

    /// <summary>For a make-up working day: the day off it makes up for, if it is one side of a swap.</summary>
    public LocalDate? ReplacesDayOff { get; init; }
}
