using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>Everything a <see cref="WorkingCalendar"/> knows about one date: whether people work, and why.</summary>
/// <param name="Date">The date.</param>
/// <param name="Kind">The kind of day.</param>
/// <param name="Name">Why, in Vietnamese: "Quốc khánh (2/9)", "Thứ Bảy – nghỉ hằng tuần", "Ngày làm việc".</param>
/// <param name="EnglishName">Why, in English.</param>
public sealed record CalendarDay(LocalDate Date, CalendarDayKind Kind, string Name, string EnglishName)
{
    /// <summary>True when the date is a working day (ngày làm việc).</summary>
    public bool IsWorkingDay => Kind is CalendarDayKind.WorkingDay or CalendarDayKind.MakeUpWorkingDay;

    /// <summary>The statutory holiday on this date, if any (also when it falls on a weekly rest day).</summary>
    public StatutoryHoliday? Holiday { get; init; }

    /// <summary>The day off, when <see cref="Kind"/> is <see cref="CalendarDayKind.DayOff"/>.</summary>
    public DayOff? DayOff { get; init; }

    /// <summary>The make-up working day, when <see cref="Kind"/> is <see cref="CalendarDayKind.MakeUpWorkingDay"/>.</summary>
    public MakeUpWorkingDay? MakeUpWorkingDay { get; init; }

    /// <summary>Which layer of the calendar decided the day: the rules, an official schedule, a loaded schedule, or a host override.</summary>
    public CalendarDayOrigin Origin { get; init; } = CalendarDayOrigin.Rules;

    /// <summary>The document or article behind the day's status, if it is not an ordinary day.</summary>
    /// <remarks>
    /// For a day off or a make-up day, the document that decided it; for a holiday that fell on a
    /// weekly rest day, the same document as its compensatory day (the year's schedule, or the law).
    /// </remarks>
    public string? Source
    {
        get => field ?? DayOff?.Source ?? MakeUpWorkingDay?.Source;
        init;
    }
}
