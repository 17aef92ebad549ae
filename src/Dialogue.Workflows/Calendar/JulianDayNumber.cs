using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>
/// Integer Julian day numbers for Gregorian dates: the index every calendar table is keyed by.
/// </summary>
/// <remarks>
/// Pure integer arithmetic (no allocation, no loops), so that table look-ups stay constant time.
/// The lunar algorithm is published in Julian day numbers, which is why they are used here.
/// </remarks>
internal static class JulianDayNumber
{
    /// <summary>The Julian day number of a Gregorian date.</summary>
    public static int FromDate(LocalDate date) => FromDate(date.Year, date.Month, date.Day);

    /// <summary>The Julian day number of a Gregorian year, month and day.</summary>
    public static int FromDate(int year, int month, int day)
    {
        var a = (14 - month) / 12;
        var y = year + 4800 - a;
        var m = month + (12 * a) - 3;
        return day + (((153 * m) + 2) / 5) + (365 * y) + (y / 4) - (y / 100) + (y / 400) - 32045;
    }

    /// <summary>The Gregorian date of a Julian day number.</summary>
    public static LocalDate ToDate(int jdn)
    {
        var a = jdn + 32044;
        var b = ((4 * a) + 3) / 146097;
        var c = a - (146097 * b / 4);
        var d = ((4 * c) + 3) / 1461;
        var e = c - (1461 * d / 4);
        var m = ((5 * e) + 2) / 153;
        var day = e - (((153 * m) + 2) / 5) + 1;
        var month = m + 3 - (12 * (m / 10));
        var year = (100 * b) + d - 4800 + (m / 10);
        return new LocalDate(year, month, day);
    }
}
