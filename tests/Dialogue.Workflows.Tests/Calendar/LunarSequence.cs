using Dialogue.Workflows.Calendar;

namespace Dialogue.Workflows.Tests.Calendar;

/// <summary>The order of lunar days and months, written from the rules rather than from the calendar's table.</summary>
internal static class LunarSequence
{
    /// <summary>The months of a lunar year in order: the leap month right after the regular month it repeats.</summary>
    public static IEnumerable<(int Month, bool IsLeap)> MonthsOf(int year)
    {
        var leapMonth = VietnameseLunarCalendar.GetLeapMonth(year);
        for (var month = 1; month <= 12; month++)
        {
            yield return (month, false);
            if (month == leapMonth)
            {
                yield return (month, true);
            }
        }
    }

    /// <summary>The lunar day after <paramref name="date"/>: the next day of the month, or day 1 of the next month.</summary>
    public static LunarDate NextDay(LunarDate date)
    {
        if (date.Day < VietnameseLunarCalendar.GetDaysInMonth(date.Year, date.Month, date.IsLeapMonth))
        {
            return new LunarDate(date.Year, date.Month, date.Day + 1, date.IsLeapMonth);
        }

        if (!date.IsLeapMonth && VietnameseLunarCalendar.GetLeapMonth(date.Year) == date.Month)
        {
            return new LunarDate(date.Year, date.Month, 1, isLeapMonth: true);
        }

        return date.Month == 12 ? new LunarDate(date.Year + 1, 1, 1) : new LunarDate(date.Year, date.Month + 1, 1);
    }
}
