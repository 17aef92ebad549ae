using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>
/// The Vietnamese lunar calendar (âm lịch), computed astronomically for Vietnam's time zone, UTC+7.
/// </summary>
/// <remarks>
/// <para>
/// Months start on the day (in UTC+7) of the astronomical new moon; month 11 holds the winter
/// solstice; in a 13-month year the leap month is the first month after month 11 without a major
/// solar term (the published algorithm of Hồ Ngọc Đức). This is not the Chinese calendar, which is
/// computed for UTC+8: Tết differs in some years (1985-01-21 in Vietnam, 1985-02-20 in China;
/// 2007, 2030, 2053 by a day), so <c>System.Globalization.ChineseLunisolarCalendar</c> is wrong for
/// Vietnam. The time zone is fixed: it never comes from the host machine.
/// </para>
/// <para>
/// Supported solar dates: <see cref="MinDate"/> (1900-01-01) to <see cref="MaxDate"/> (2199-12-31).
/// The month table is computed once, on first use; every conversion is then a constant-time,
/// allocation-free look-up, safe from any number of threads.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// LunarDate tet = VietnameseLunarCalendar.FromSolar(new LocalDate(2024, 2, 10)); // 1/1/2024, Giáp Thìn
/// LocalDate hungKings = VietnameseLunarCalendar.ToSolar(2026, 3, 10);            // 2026-04-26
/// </code>
/// </example>
public static class VietnameseLunarCalendar
{
    /// <summary>Vietnam's offset from UTC, in hours, used for every astronomical computation.</summary>
    public const double TimeZoneHours = 7;

    /// <summary>The first lunar year a <see cref="LunarDate"/> may name.</summary>
    public const int MinLunarYear = LunarMonthTable.FirstLunarYear;

    /// <summary>The last lunar year a <see cref="LunarDate"/> may name.</summary>
    public const int MaxLunarYear = LunarMonthTable.LastLunarYear;

    private static readonly LunarMonthTable Table = new(TimeZoneHours);
    private static readonly int MinDay = JulianDayNumber.FromDate(1900, 1, 1);
    private static readonly int MaxDay = JulianDayNumber.FromDate(2199, 12, 31);

    /// <summary>The first supported solar date, 1900-01-01.</summary>
    public static LocalDate MinDate { get; } = new(1900, 1, 1);

    /// <summary>The last supported solar date, 2199-12-31.</summary>
    public static LocalDate MaxDate { get; } = new(2199, 12, 31);

    /// <summary>Converts a solar (Gregorian) date to the Vietnamese lunar date.</summary>
    /// <param name="date">A date from 1900-01-01 to 2199-12-31.</param>
    /// <returns>The lunar date, with its leap-month flag.</returns>
    /// <exception cref="CalendarRangeException">The date is outside the supported range.</exception>
    public static LunarDate FromSolar(LocalDate date)
    {
        if (!TryFromSolar(date, out var lunar))
        {
            throw CalendarRangeException.ForDate(date, MinDate, MaxDate, "lunar calendar", nameof(date));
        }

        return lunar;
    }

    /// <summary>Converts a solar date to the lunar date, or returns false when it is outside the supported range.</summary>
    /// <param name="date">The solar date.</param>
    /// <param name="result">The lunar date, when the method returns true.</param>
    /// <returns>True when the date is supported.</returns>
    public static bool TryFromSolar(LocalDate date, out LunarDate result)
    {
        if (date.Calendar != CalendarSystem.Iso && date.Calendar != CalendarSystem.Gregorian)
        {
            // A date of another calendar system (Julian, Hebrew …) names the same day in the ISO calendar.
            date = date.WithCalendar(CalendarSystem.Iso);
        }

        var day = JulianDayNumber.FromDate(date);
        if (day < MinDay || day > MaxDay)
        {
            result = default;
            return false;
        }

        var index = Table.MonthIndexOf(day);
        var label = Table.LabelAt(index);
        result = new LunarDate(LunarMonthTable.YearOf(label), LunarMonthTable.MonthOf(label), day - Table.StartOf(index) + 1, LunarMonthTable.IsLeap(label));
        return true;
    }

    /// <summary>Converts a lunar date to the solar (Gregorian) date.</summary>
    /// <param name="date">The lunar date.</param>
    /// <returns>The solar date.</returns>
    /// <exception cref="InvalidLunarDateException">
    /// The month is marked leap but that year's leap month is another one (or there is none), the day
    /// is 30 in a 29-day month, or the date falls outside 1900-01-01..2199-12-31.
    /// </exception>
    public static LocalDate ToSolar(LunarDate date)
    {
        var problem = Check(date, out var index);
        if (problem != InvalidLunarDateReason.None)
        {
            // default(LunarDate) has year 0, for which GetLeapMonth would throw instead.
            var leapMonth = date.Month == 0 ? 0 : Table.LeapMonthOf(date.Year);
            throw new InvalidLunarDateException(date, problem, DaysIn(date), leapMonth);
        }

        return Table.DateAt(index, date.Day);
    }

    /// <summary>Converts a lunar year, month and day to the solar date.</summary>
    /// <param name="year">The lunar year.</param>
    /// <param name="month">The month number, 1 to 12.</param>
    /// <param name="day">The day of the month, 1 to 30.</param>
    /// <param name="isLeapMonth">True for the leap month.</param>
    /// <returns>The solar date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside the ranges every year allows.</exception>
    /// <exception cref="InvalidLunarDateException">The date does not exist in that year.</exception>
    public static LocalDate ToSolar(int year, int month, int day, bool isLeapMonth = false) =>
        ToSolar(new LunarDate(year, month, day, isLeapMonth));

    /// <summary>Converts a lunar date to the solar date, or returns false when that lunar date does not exist or is out of range.</summary>
    /// <param name="date">The lunar date.</param>
    /// <param name="result">The solar date, when the method returns true.</param>
    /// <returns>True when the lunar date exists in the supported range.</returns>
    public static bool TryToSolar(LunarDate date, out LocalDate result)
    {
        if (Check(date, out var index) != InvalidLunarDateReason.None)
        {
            result = default;
            return false;
        }

        result = Table.DateAt(index, date.Day);
        return true;
    }

    /// <summary>Tells whether a lunar date exists (and falls within the supported solar range).</summary>
    /// <param name="date">The lunar date.</param>
    /// <returns>True when <see cref="ToSolar(LunarDate)"/> would succeed.</returns>
    public static bool IsValid(LunarDate date) => Check(date, out _) == InvalidLunarDateReason.None;

    /// <summary>The leap month of a lunar year.</summary>
    /// <param name="lunarYear">The lunar year.</param>
    /// <returns>The number (1–12) of the month that is repeated as a leap month, or 0 when the year has 12 months.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="MinLunarYear"/>..<see cref="MaxLunarYear"/>.</exception>
    public static int GetLeapMonth(int lunarYear)
    {
        CheckYear(lunarYear);
        return Table.LeapMonthOf(lunarYear);
    }

    /// <summary>The number of days (29 or 30) in a lunar month.</summary>
    /// <param name="lunarYear">The lunar year.</param>
    /// <param name="month">The month number, 1 to 12.</param>
    /// <param name="isLeapMonth">True for the leap month.</param>
    /// <returns>29 or 30.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range, or the year has no such leap month.</exception>
    public static int GetDaysInMonth(int lunarYear, int month, bool isLeapMonth = false)
    {
        var index = IndexOfMonth(lunarYear, month, isLeapMonth);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(isLeapMonth), isLeapMonth,
                $"Lunar year {lunarYear} has no leap month {month}; its leap month is {DescribeLeap(Table.LeapMonthOf(lunarYear))} " +
                $"(năm {lunarYear} không có tháng {month} nhuận).");
        }

        return Table.LengthOf(index);
    }

    /// <summary>The solar date of Tết Nguyên đán (day 1 of month 1) of a lunar year.</summary>
    /// <param name="lunarYear">The lunar year, 1900 to 2199.</param>
    /// <returns>The first day of the lunar year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static LocalDate GetNewYear(int lunarYear)
    {
        if (lunarYear < MinDate.Year || lunarYear > MaxDate.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear,
                $"Tết of lunar year {lunarYear} is outside the supported solar range; years {MinDate.Year}..{MaxDate.Year} have it (năm ngoài phạm vi hỗ trợ).");
        }

        return ToSolar(lunarYear, 1, 1);
    }

    private static int IndexOfMonth(int lunarYear, int month, bool leap)
    {
        CheckYear(lunarYear);
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, $"Lunar month {month} is not in 1..12 (tháng âm lịch phải từ 1 đến 12).");
        }

        return Table.IndexOf(lunarYear, month, leap);
    }

    private static void CheckYear(int lunarYear)
    {
        if (lunarYear < MinLunarYear || lunarYear > MaxLunarYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear,
                $"Lunar year {lunarYear} is outside the supported years {MinLunarYear}..{MaxLunarYear} (năm âm lịch ngoài phạm vi hỗ trợ).");
        }
    }

    private static InvalidLunarDateReason Check(LunarDate date, out int index)
    {
        index = -1;
        if (date.Month == 0)
        {
            // default(LunarDate) was never validated by the constructor.
            return InvalidLunarDateReason.NoSuchDay;
        }

        index = Table.IndexOf(date.Year, date.Month, date.IsLeapMonth);
        if (index < 0)
        {
            return InvalidLunarDateReason.NotALeapMonth;
        }

        if (date.Day > Table.LengthOf(index))
        {
            return InvalidLunarDateReason.NoSuchDay;
        }

        var day = Table.StartOf(index) + date.Day - 1;
        return day < MinDay || day > MaxDay ? InvalidLunarDateReason.OutOfRange : InvalidLunarDateReason.None;
    }

    private static int DaysIn(LunarDate date)
    {
        if (date.Month == 0)
        {
            return 0;
        }

        var index = Table.IndexOf(date.Year, date.Month, date.IsLeapMonth);
        return index < 0 ? 0 : Table.LengthOf(index);
    }

    internal static string DescribeLeap(int leapMonth) => leapMonth == 0 ? "none" : leapMonth.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
