using System.Globalization;

namespace Dialogue.Workflows.Calendar;

/// <summary>
/// A day of the Vietnamese lunar calendar (âm lịch): lunar year, month (1–12), day (1–30), and
/// whether the month is the year's leap month (tháng nhuận).
/// </summary>
/// <remarks>
/// The constructor checks only the ranges that hold in every year (month 1–12, day 1–30, the
/// supported years). Whether day 30 exists in that month, or whether that month is leap in that
/// year, depends on the astronomy: <see cref="VietnameseLunarCalendar.ToSolar(LunarDate)"/> checks
/// it and <see cref="VietnameseLunarCalendar.IsValid(LunarDate)"/> asks without throwing.
/// A leap month follows the regular month of the same number.
/// </remarks>
public readonly record struct LunarDate
{
    /// <summary>Creates a lunar date.</summary>
    /// <param name="year">The lunar year, named after the Gregorian year in which it mostly falls (Tết 2024 starts lunar year 2024).</param>
    /// <param name="month">The month number, 1 to 12.</param>
    /// <param name="day">The day of the month, 1 to 30.</param>
    /// <param name="isLeapMonth">True for a day of the leap month that repeats <paramref name="month"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside the ranges above or the supported years.</exception>
    /// <example><code>var tet = new LunarDate(2024, 1, 1); // mùng 1 Tết Giáp Thìn = 2024-02-10</code></example>
    public LunarDate(int year, int month, int day, bool isLeapMonth = false)
    {
        if (year < VietnameseLunarCalendar.MinLunarYear || year > VietnameseLunarCalendar.MaxLunarYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year,
                $"Lunar year {year} is outside the supported years {VietnameseLunarCalendar.MinLunarYear}..{VietnameseLunarCalendar.MaxLunarYear} " +
                $"(năm âm lịch {year} nằm ngoài phạm vi hỗ trợ).");
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month,
                $"Lunar month {month} is not in 1..12 (tháng âm lịch phải từ 1 đến 12).");
        }

        if (day is < 1 or > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day,
                $"Lunar day {day} is not in 1..30 (ngày âm lịch phải từ 1 đến 30).");
        }

        Year = year;
        Month = month;
        Day = day;
        IsLeapMonth = isLeapMonth;
    }

    /// <summary>The lunar year.</summary>
    public int Year { get; }

    /// <summary>The month number, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>The day of the month, 1 to 30.</summary>
    public int Day { get; }

    /// <summary>True when the day is in the year's leap month (tháng nhuận).</summary>
    public bool IsLeapMonth { get; }

    /// <summary>The Can Chi name of the lunar year, e.g. "Giáp Thìn" for 2024.</summary>
    public string YearName => SexagenaryCycle.YearName(Year);

    /// <summary>Formats the date as Vietnamese write it: <c>d/m/yyyy</c>, then <c> nhuận</c> in a leap month.</summary>
    /// <returns>For example <c>1/1/2024</c> or <c>15/4/2020 nhuận</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Day}/{Month}/{Year}{(IsLeapMonth ? " nhuận" : string.Empty)}");
}
