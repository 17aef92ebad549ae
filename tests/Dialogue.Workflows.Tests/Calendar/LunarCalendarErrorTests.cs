using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Tests.Calendar;

/// <summary>Lunar dates that do not exist and solar dates outside the table: what is thrown, and what it says.</summary>
public sealed class LunarCalendarErrorTests
{
    [Fact]
    public void ToSolar_Day30OfA29DayMonth_ThrowsNoSuchDayNamingTheDate()
    {
        // Month 1 of 2024 ran from Tết (2024-02-10) to 2024-03-09: 29 days.
        Assert.Equal(29, VietnameseLunarCalendar.GetDaysInMonth(2024, 1));

        var error = Assert.Throws<InvalidLunarDateException>(() => VietnameseLunarCalendar.ToSolar(2024, 1, 30));

        Assert.Equal(InvalidLunarDateReason.NoSuchDay, error.Reason);
        Assert.Equal(29, error.DaysInMonth);
        Assert.Equal(new LunarDate(2024, 1, 30), error.Date);
        Assert.Equal("calendar.invalid-lunar-date", error.ErrorCode);
        Assert.Contains("30/1/2024", error.Message, StringComparison.Ordinal);
        Assert.Contains("29 days", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSolar_LeapFlagOnMonthThatIsNotTheLeapOne_ThrowsNotALeapMonthWithTheYearsLeapMonth()
    {
        // 2023 repeated its 2nd month, not its 3rd.
        var error = Assert.Throws<InvalidLunarDateException>(() => VietnameseLunarCalendar.ToSolar(2023, 3, 1, isLeapMonth: true));

        Assert.Equal(InvalidLunarDateReason.NotALeapMonth, error.Reason);
        Assert.Equal(2, error.LeapMonthOfYear);
        Assert.Equal(0, error.DaysInMonth);
        Assert.Contains("1/3/2023 nhuận", error.Message, StringComparison.Ordinal);
        Assert.Contains("nhuận tháng 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSolar_LeapFlagInYearWithoutLeapMonth_ThrowsNotALeapMonthWithLeapMonthZero()
    {
        var error = Assert.Throws<InvalidLunarDateException>(() => VietnameseLunarCalendar.ToSolar(2024, 4, 1, isLeapMonth: true));

        Assert.Equal(InvalidLunarDateReason.NotALeapMonth, error.Reason);
        Assert.Equal(0, error.LeapMonthOfYear);
        Assert.Contains("không có tháng nhuận", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSolar_LunarDateBeforeTheSolarRange_ThrowsOutOfRange()
    {
        // Lunar year 1899 began in February 1899, before the first supported solar date.
        var error = Assert.Throws<InvalidLunarDateException>(() => VietnameseLunarCalendar.ToSolar(1899, 1, 1));

        Assert.Equal(InvalidLunarDateReason.OutOfRange, error.Reason);
        Assert.Contains("1900-01-01..2199-12-31", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSolar_DefaultLunarDate_ThrowsInvalidLunarDate()
    {
        // default(LunarDate) skips the constructor: year 0, month 0, day 0.
        var error = Assert.Throws<InvalidLunarDateException>(() => VietnameseLunarCalendar.ToSolar(default(LunarDate)));

        Assert.Equal(InvalidLunarDateReason.NoSuchDay, error.Reason);
        Assert.Equal(0, error.LeapMonthOfYear);
    }

    [Fact]
    public void TryToSolar_DefaultLunarDate_ReturnsFalse()
    {
        Assert.False(VietnameseLunarCalendar.TryToSolar(default, out var result));
        Assert.Equal(default, result);
        Assert.False(VietnameseLunarCalendar.IsValid(default));
    }

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("2200-01-01")]
    public void FromSolar_DateOutsideTheRange_ThrowsCalendarRangeExceptionNamingTheRange(string iso)
    {
        var date = LocalDatePattern(iso);

        var error = Assert.Throws<CalendarRangeException>(() => VietnameseLunarCalendar.FromSolar(date));

        Assert.Equal("calendar.out-of-range", error.ErrorCode);
        Assert.Equal(date, error.Value);
        Assert.Equal(new LocalDate(1900, 1, 1), error.MinDate);
        Assert.Equal(new LocalDate(2199, 12, 31), error.MaxDate);
        Assert.Contains(iso, error.Message, StringComparison.Ordinal);
        Assert.Contains("1900-01-01..2199-12-31", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("2200-01-01")]
    public void TryFromSolar_DateOutsideTheRange_ReturnsFalse(string iso)
    {
        Assert.False(VietnameseLunarCalendar.TryFromSolar(LocalDatePattern(iso), out var result));
        Assert.Equal(default, result);
    }

    [Fact]
    public void TryFromSolar_FirstAndLastSupportedDates_ReturnTrue()
    {
        Assert.True(VietnameseLunarCalendar.TryFromSolar(VietnameseLunarCalendar.MinDate, out _));
        Assert.True(VietnameseLunarCalendar.TryFromSolar(VietnameseLunarCalendar.MaxDate, out _));
    }

    [Fact]
    public void TryToSolar_Day30OfA29DayMonth_ReturnsFalse()
    {
        Assert.False(VietnameseLunarCalendar.TryToSolar(new LunarDate(2024, 1, 30), out var result));
        Assert.Equal(default, result);
        Assert.False(VietnameseLunarCalendar.IsValid(new LunarDate(2024, 1, 30)));
    }

    [Fact]
    public void TryToSolar_LeapFlagOnMonthThatIsNotTheLeapOne_ReturnsFalse()
    {
        Assert.False(VietnameseLunarCalendar.TryToSolar(new LunarDate(2023, 3, 1, isLeapMonth: true), out _));
        Assert.True(VietnameseLunarCalendar.TryToSolar(new LunarDate(2023, 2, 1, isLeapMonth: true), out var leap));
        Assert.Equal(new LocalDate(2023, 3, 22), leap);
    }

    [Fact]
    public void GetDaysInMonth_LeapFlagOnMonthThatIsNotTheLeapOne_ThrowsArgumentOutOfRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.GetDaysInMonth(2024, 4, isLeapMonth: true));

        Assert.Equal("isLeapMonth", error.ParamName);
    }

    [Theory]
    [InlineData(1898)]
    [InlineData(2201)]
    public void GetLeapMonth_YearOutsideTheTable_ThrowsArgumentOutOfRange(int year)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.GetLeapMonth(year));

        Assert.Equal("lunarYear", error.ParamName);
    }

    private static LocalDate LocalDatePattern(string iso) =>
        NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
