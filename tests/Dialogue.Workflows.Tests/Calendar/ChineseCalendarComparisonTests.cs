using System.Globalization;
using Dialogue.Workflows.Calendar;
using NodaTime;

// The library bans ChineseLunisolarCalendar because it is wrong for Vietnam. These tests use it on
// purpose, as an independent calendar (computed for UTC+8) to measure how far Vietnam's departs from it.
#pragma warning disable RS0030

namespace Dialogue.Workflows.Tests.Calendar;

/// <summary>
/// The Vietnamese calendar (UTC+7) against .NET's Chinese calendar (UTC+8), 1901–2100: they share the
/// rules, so they must agree except where a new moon or a solar term falls between midnight in Hà Nội and
/// midnight in Beijing.
/// </summary>
public sealed class ChineseCalendarComparisonTests
{
    private const int FirstYear = 1901;
    private const int LastYear = 2100;

    private static readonly ChineseLunisolarCalendar China = new();

    [Fact]
    public void GetNewYear_Years1901To2100_DiffersFromChinaInExactlyNineYears()
    {
        var differing = Enumerable.Range(FirstYear, LastYear - FirstYear + 1)
            .Where(year => VietnameseLunarCalendar.GetNewYear(year) != ChineseNewYear(year))
            .ToArray();

        // Measured, and the same with an independent implementation of the published algorithm. It holds the
        // published cases 1985, 2007, 2030 and 2053.
        int[] expected = [1903, 1935, 1965, 1968, 1969, 1985, 2007, 2030, 2053];
        Assert.Equal(expected, differing);
    }

    [Theory]
    [InlineData(1903, "1903-01-28", "1903-01-29")]
    [InlineData(1985, "1985-01-21", "1985-02-20")]
    [InlineData(2007, "2007-02-17", "2007-02-18")]
    [InlineData(2030, "2030-02-02", "2030-02-03")]
    [InlineData(2053, "2053-02-18", "2053-02-19")]
    public void GetNewYear_YearThatDiffersFromChina_IsTheVietnameseDateAndChinaIsLater(int year, string vietnam, string china)
    {
        Assert.Equal(Date(vietnam), VietnameseLunarCalendar.GetNewYear(year));
        Assert.Equal(Date(china), ChineseNewYear(year));
    }

    [Fact]
    public void MonthStarts_Years1901To2100_AreChinasOrOneDayEarlier()
    {
        // UTC+7 is an hour behind UTC+8: a new moon in the hour before midnight in Hà Nội is already the
        // next day in Beijing, never the other way round.
        var first = LocalDate.FromDateTime(China.MinSupportedDateTime);
        var last = new LocalDate(LastYear, 12, 31);
        var vietnameseStarts = new HashSet<LocalDate>();
        var chineseStarts = new List<LocalDate>();
        for (var day = first; day <= last; day = day.PlusDays(1))
        {
            if (VietnameseLunarCalendar.FromSolar(day).Day == 1)
            {
                vietnameseStarts.Add(day);
            }

            if (China.GetDayOfMonth(day.ToDateTimeUnspecified()) == 1)
            {
                chineseStarts.Add(day);
            }
        }

        var unmatched = chineseStarts.Where(c => !vietnameseStarts.Contains(c) && !vietnameseStarts.Contains(c.PlusDays(-1))).ToList();
        Assert.Empty(unmatched);
        Assert.Equal(chineseStarts.Count, vietnameseStarts.Count);
    }

    [Fact]
    public void GetLeapMonth_Years1901To2100_DiffersFromChinaOnlyInSixYearsBefore1990()
    {
        var differing = Enumerable.Range(FirstYear, LastYear - FirstYear + 1)
            .Where(year => VietnameseLunarCalendar.GetLeapMonth(year) != ChineseLeapMonth(year))
            .ToArray();

        // Measured, and the same with an independent implementation of the published algorithm. 1984/1985 goes
        // with the Tết of 1985: China repeats month 10 of 1984, Vietnam month 2 of 1985.
        int[] expected = [1917, 1922, 1938, 1984, 1985, 1987];
        Assert.Equal(expected, differing);
    }

    [Theory]
    [InlineData(2012, 4)]
    [InlineData(2017, 6)]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2033, 11)]
    public void GetLeapMonth_RecentYear_AgreesWithChina(int year, int leapMonth)
    {
        // Tết agrees with China in these years, so China's leap month is an independent check. 2033 is the
        // famous "2033 problem": a leap 11th month, where a naive rule would repeat the 7th.
        Assert.Equal(leapMonth, ChineseLeapMonth(year));
        Assert.Equal(leapMonth, VietnameseLunarCalendar.GetLeapMonth(year));
    }

    [Theory]
    [InlineData(1955)]
    [InlineData(1993)]
    [InlineData(2031)]
    public void ToSolar_HungKingsDayInYearWithLeapThird_IsChinasTenthOfTheRegularThirdMonth(int year)
    {
        // In these years both calendars repeat the 3rd month; China's 3rd month position is the regular one.
        Assert.Equal(3, ChineseLeapMonth(year));
        var china = LocalDate.FromDateTime(China.ToDateTime(year, 3, 10, 0, 0, 0, 0));

        Assert.Equal(china, VietnameseLunarCalendar.ToSolar(year, 3, 10, isLeapMonth: false));
    }

    private static LocalDate ChineseNewYear(int year) =>
        LocalDate.FromDateTime(China.ToDateTime(year, 1, 1, 0, 0, 0, 0));

    // GetLeapMonth returns the leap month's position, 1..13 (the leap 4th month is the 5th month): convert it
    // to the number the leap month repeats.
    private static int ChineseLeapMonth(int year)
    {
        var position = China.GetLeapMonth(year);
        return position == 0 ? 0 : position - 1;
    }

    private static LocalDate Date(string iso) =>
        LocalDate.FromDateTime(DateTime.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
