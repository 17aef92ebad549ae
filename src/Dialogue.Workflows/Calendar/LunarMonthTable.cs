using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>
/// Every lunar month from lunar year <see cref="FirstLunarYear"/> to <see cref="LastLunarYear"/>:
/// its first day and its label (year, number, leap). Built once from the astronomy, then read only.
/// </summary>
internal sealed class LunarMonthTable
{
    public const int FirstLunarYear = 1899;
    public const int LastLunarYear = 2200;
    private const double MeanSynodicMonth = 29.530588853;

    // One entry per month, in order; _monthStarts has one extra entry: the day after the last month.
    private readonly int[] _monthStarts;
    private readonly int[] _labels;
    private readonly int[] _firstMonthOfYear;
    private readonly byte[] _leapMonthOfYear;

    // Each month's first day as a date, and how many of the month's days fall in that solar month: a lunar
    // date's solar date is then built from year, month and day, without a Julian-day conversion's divisions.
    private readonly LocalDate[] _firstDates;
    private readonly byte[] _daysInFirstSolarMonth;

    public LunarMonthTable(double timeZoneHours)
    {
        var starts = new List<int>(3800);
        var labels = new List<int>(3800);
        var previousMonth11 = LunarAstronomy.Month11Start(FirstLunarYear - 1, timeZoneHours);
        for (var solarYear = FirstLunarYear; solarYear <= LastLunarYear + 1; solarYear++)
        {
            var month11 = LunarAstronomy.Month11Start(solarYear, timeZoneHours);
            var k = LunarAstronomy.NewMoonIndex(previousMonth11);
            var count = (int)Math.Round((month11 - previousMonth11) / MeanSynodicMonth);
            var leapOffset = count == 13 ? LunarAstronomy.LeapMonthOffset(previousMonth11, timeZoneHours) : -1;
            for (var i = 0; i < count; i++)
            {
                int number;
                var leap = false;
                if (leapOffset > 0 && i >= leapOffset)
                {
                    number = i + 10;
                    leap = i == leapOffset;
                }
                else
                {
                    number = i + 11;
                }

                if (number > 12)
                {
                    number -= 12;
                }

                // Months 11 and 12 (and a leap 11 or 12) before Tết belong to the lunar year that is ending.
                var year = number >= 11 && i < 4 ? solarYear - 1 : solarYear;
                starts.Add(i == 0 ? previousMonth11 : LunarAstronomy.NewMoonDay(k + i, timeZoneHours));
                labels.Add(Pack(year, number, leap));
            }

            previousMonth11 = month11;
        }

        starts.Add(previousMonth11);

        // Keep only whole lunar years FirstLunarYear..LastLunarYear.
        var first = labels.FindIndex(l => YearOf(l) == FirstLunarYear);
        var end = labels.FindIndex(l => YearOf(l) == LastLunarYear + 1);
        _monthStarts = starts.GetRange(first, end - first + 1).ToArray();
        _labels = labels.GetRange(first, end - first).ToArray();
        _firstMonthOfYear = new int[LastLunarYear - FirstLunarYear + 2];
        _leapMonthOfYear = new byte[LastLunarYear - FirstLunarYear + 1];
        for (var i = 0; i < _labels.Length; i++)
        {
            var label = _labels[i];
            var y = YearOf(label) - FirstLunarYear;
            if (MonthOf(label) == 1 && !IsLeap(label))
            {
                _firstMonthOfYear[y] = i;
            }

            if (IsLeap(label))
            {
                _leapMonthOfYear[y] = (byte)MonthOf(label);
            }
        }

        _firstMonthOfYear[^1] = _labels.Length;

        _firstDates = new LocalDate[_labels.Length];
        _daysInFirstSolarMonth = new byte[_labels.Length];
        for (var i = 0; i < _labels.Length; i++)
        {
            var firstDate = JulianDayNumber.ToDate(_monthStarts[i]);
            _firstDates[i] = firstDate;
            _daysInFirstSolarMonth[i] = (byte)(CalendarSystem.Iso.GetDaysInMonth(firstDate.Year, firstDate.Month) - firstDate.Day + 1);
        }
    }

    /// <summary>The first day (Julian day number) covered by the table.</summary>
    public int FirstDay => _monthStarts[0];

    /// <summary>The last day (Julian day number) covered by the table.</summary>
    public int LastDay => _monthStarts[^1] - 1;

    public static int YearOf(int label) => label >> 5;

    public static int MonthOf(int label) => (label >> 1) & 0xF;

    public static bool IsLeap(int label) => (label & 1) == 1;

    /// <summary>The month (table index) that contains a day; the day must be within the table.</summary>
    public int MonthIndexOf(int dayNumber)
    {
        // Months are 29 or 30 days long: an estimate from the mean month is off by at most one or two.
        var i = (int)((dayNumber - _monthStarts[0]) / MeanSynodicMonth);
        if (i >= _labels.Length)
        {
            i = _labels.Length - 1;
        }

        while (_monthStarts[i] > dayNumber)
        {
            i--;
        }

        while (_monthStarts[i + 1] <= dayNumber)
        {
            i++;
        }

        return i;
    }

    public int LabelAt(int monthIndex) => _labels[monthIndex];

    public int StartOf(int monthIndex) => _monthStarts[monthIndex];

    public int LengthOf(int monthIndex) => _monthStarts[monthIndex + 1] - _monthStarts[monthIndex];

    /// <summary>The solar date of a day (1–30) of a month; the day must exist in that month.</summary>
    public LocalDate DateAt(int monthIndex, int dayOfMonth)
    {
        var first = _firstDates[monthIndex];
        var offset = dayOfMonth - 1;
        int inFirst = _daysInFirstSolarMonth[monthIndex];
        if (offset < inFirst)
        {
            return new LocalDate(first.Year, first.Month, first.Day + offset);
        }

        // Days 1–28 exist in every solar month. Day 29 (only from a lunar month starting on a solar month's last
        // day) may not exist in February, where a 30-day lunar month from 31 January reaches into March.
        var day = offset - inFirst + 1;
        if (day > 28)
        {
            return first.PlusDays(offset);
        }

        return first.Month == 12 ? new LocalDate(first.Year + 1, 1, day) : new LocalDate(first.Year, first.Month + 1, day);
    }

    /// <summary>The leap month of a lunar year, or 0 when the year has none.</summary>
    public int LeapMonthOf(int lunarYear) => _leapMonthOfYear[lunarYear - FirstLunarYear];

    /// <summary>The table index of a month, or -1 when that year has no such (leap) month.</summary>
    public int IndexOf(int lunarYear, int month, bool leap)
    {
        var leapMonth = LeapMonthOf(lunarYear);
        if (leap && leapMonth != month)
        {
            return -1;
        }

        var offset = month - 1;
        if (leapMonth != 0 && (month > leapMonth || (leap && month == leapMonth)))
        {
            offset++;
        }

        return _firstMonthOfYear[lunarYear - FirstLunarYear] + offset;
    }

    private static int Pack(int year, int month, bool leap) => (year << 5) | (month << 1) | (leap ? 1 : 0);
}
