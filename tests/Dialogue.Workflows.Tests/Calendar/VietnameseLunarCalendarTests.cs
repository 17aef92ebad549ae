using System.Globalization;
using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Tests.Calendar;

public sealed class VietnameseLunarCalendarTests
{
    // Tết (mùng 1 tháng Giêng) 2016–2026, as in shared facts (vacanza VN_COMMON snapshot).
    public static TheoryData<int, string> TetDates => new()
    {
        { 2016, "2016-02-08" }, { 2017, "2017-01-28" }, { 2018, "2018-02-16" }, { 2019, "2019-02-05" },
        { 2020, "2020-01-25" }, { 2021, "2021-02-12" }, { 2022, "2022-02-01" }, { 2023, "2023-01-22" },
        { 2024, "2024-02-10" }, { 2025, "2025-01-29" }, { 2026, "2026-02-17" },
        // Years where Vietnam (UTC+7) and China (UTC+8) differ.
        { 1985, "1985-01-21" }, { 2007, "2007-02-17" }, { 2030, "2030-02-02" }, { 2053, "2053-02-18" },
    };

    // Giỗ Tổ Hùng Vương (10/3 âm lịch) 2016–2026.
    public static TheoryData<int, string> HungKingsDates => new()
    {
        { 2016, "2016-04-16" }, { 2017, "2017-04-06" }, { 2018, "2018-04-25" }, { 2019, "2019-04-14" },
        { 2020, "2020-04-02" }, { 2021, "2021-04-21" }, { 2022, "2022-04-10" }, { 2023, "2023-04-29" },
        { 2024, "2024-04-18" }, { 2025, "2025-04-07" }, { 2026, "2026-04-26" },
    };

    [Theory]
    [MemberData(nameof(TetDates))]
    public void GetNewYear_KnownYear_IsTheVietnameseTet(int year, string expected)
    {
        Assert.Equal(Date(expected), VietnameseLunarCalendar.GetNewYear(year));
        Assert.Equal(new LunarDate(year, 1, 1), VietnameseLunarCalendar.FromSolar(Date(expected)));
    }

    [Theory]
    [MemberData(nameof(HungKingsDates))]
    public void ToSolar_TenthOfThirdMonth_IsHungKingsDay(int year, string expected) =>
        Assert.Equal(Date(expected), VietnameseLunarCalendar.ToSolar(year, 3, 10));

    [Theory]
    [InlineData(2012, 4)]
    [InlineData(2017, 6)]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2033, 11)]
    [InlineData(2024, 0)]
    [InlineData(2026, 0)]
    public void GetLeapMonth_KnownYear_IsThePublishedLeapMonth(int year, int leapMonth) =>
        Assert.Equal(leapMonth, VietnameseLunarCalendar.GetLeapMonth(year));

    [Theory]
    [InlineData(2012)]
    [InlineData(2020)]
    [InlineData(2023)]
    [InlineData(2025)]
    public void GetNewYear_YearWithLeapMonth_IsThirteenMonthsBeforeTheNextTet(int year)
    {
        var days = Period.DaysBetween(VietnameseLunarCalendar.GetNewYear(year), VietnameseLunarCalendar.GetNewYear(year + 1));

        Assert.InRange(days, 383, 385);
    }

    [Theory]
    [InlineData(1955)]
    [InlineData(1993)]
    [InlineData(2031)]
    public void ToSolar_TenthOfRegularThirdMonthInYearWithLeapThird_IsHungKingsDayOneMonthBeforeTheLeapOne(int year)
    {
        Assert.Equal(3, VietnameseLunarCalendar.GetLeapMonth(year));

        var hungKings = VietnameseLunarCalendar.ToSolar(year, 3, 10, isLeapMonth: false);
        var leapTenth = VietnameseLunarCalendar.ToSolar(year, 3, 10, isLeapMonth: true);

        Assert.Equal(VietnameseLunarCalendar.GetDaysInMonth(year, 3, isLeapMonth: false), Period.DaysBetween(hungKings, leapTenth));
    }

    // Months whose new moon came less than an hour after midnight in Vietnam (UTC+7), per published moon-phase
    // tables: 2015-11-11 17:47 UTC, 2020-05-22 17:39 UTC, 2023-03-21 17:23 UTC, 2026-08-12 17:37 UTC (the day of
    // the total solar eclipse). A small error in the new-moon formula starts them a day early.
    [Theory]
    [InlineData("2015-11-12", 2015, 10, false)]
    [InlineData("2020-05-23", 2020, 4, true)]
    [InlineData("2023-03-22", 2023, 2, true)]
    [InlineData("2026-08-13", 2026, 7, false)]
    public void FromSolar_DayAfterLateNewMoon_IsTheFirstOfTheMonth(string solar, int year, int month, bool leap)
    {
        var date = Date(solar);

        Assert.Equal(new LunarDate(year, month, 1, leap), VietnameseLunarCalendar.FromSolar(date));
        Assert.NotEqual(1, VietnameseLunarCalendar.FromSolar(date.PlusDays(-1)).Day);
    }

    // Tết on 31 January and a 30-day first month: the month runs through all of February into March (or to 29
    // February in a leap year). Values from an independent implementation of the published algorithm.
    [Theory]
    [InlineData(1938, "1938-01-31", "1938-03-01")]
    [InlineData(1976, "1976-01-31", "1976-02-29")]
    [InlineData(2071, "2071-01-31", "2071-03-01")]
    public void ToSolar_Day30OfFirstMonthFromTheLastDayOfJanuary_IsTheLastDayOfTheMonth(int year, string tet, string day30)
    {
        Assert.Equal(Date(tet), VietnameseLunarCalendar.GetNewYear(year));
        Assert.Equal(Date(day30), VietnameseLunarCalendar.ToSolar(year, 1, 30));
    }

    private static LocalDate Date(string iso) => LocalDate.FromDateTime(DateTime.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
