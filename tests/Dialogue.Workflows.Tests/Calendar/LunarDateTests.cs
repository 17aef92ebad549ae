using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Tests.Calendar;

/// <summary>The <see cref="LunarDate"/> value: what its constructor accepts and how it is written.</summary>
public sealed class LunarDateTests
{
    [Theory]
    [InlineData(2024, 13, 1, "month")]
    [InlineData(2024, 0, 1, "month")]
    [InlineData(2024, 1, 31, "day")]
    [InlineData(2024, 1, 0, "day")]
    [InlineData(3000, 1, 1, "year")]
    [InlineData(1898, 1, 1, "year")]
    [InlineData(2201, 1, 1, "year")]
    public void Constructor_ValueNoYearAllows_ThrowsArgumentOutOfRangeNamingIt(int year, int month, int day, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new LunarDate(year, month, day));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Constructor_Day30_IsAcceptedBecauseSomeMonthsHaveIt()
    {
        var date = new LunarDate(2024, 2, 30);

        Assert.Equal(30, date.Day);
        Assert.Equal(30, VietnameseLunarCalendar.GetDaysInMonth(2024, 2));
    }

    [Fact]
    public void ToString_TetOf2024_IsDayMonthYear()
    {
        Assert.Equal("1/1/2024", new LunarDate(2024, 1, 1).ToString());
        Assert.Equal("1/1/2024", VietnameseLunarCalendar.FromSolar(new LocalDate(2024, 2, 10)).ToString());
    }

    [Fact]
    public void ToString_DayOfLeapMonth_EndsWithNhuan()
    {
        Assert.Equal("15/4/2020 nhuận", new LunarDate(2020, 4, 15, isLeapMonth: true).ToString());
        Assert.Equal("1/2/2023 nhuận", VietnameseLunarCalendar.FromSolar(new LocalDate(2023, 3, 22)).ToString());
    }

    [Fact]
    public void Equality_SameDayInRegularAndLeapMonth_AreDifferentDates()
    {
        Assert.NotEqual(new LunarDate(2023, 2, 1), new LunarDate(2023, 2, 1, isLeapMonth: true));
        Assert.Equal(new LunarDate(2023, 2, 1, isLeapMonth: true), new LunarDate(2023, 2, 1, true));
    }
}
