using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Tests.Calendar;

public sealed class VietnameseLunarCalendarEdgeTests
{
    [Theory]
    [InlineData(1899)]
    [InlineData(2200)]
    public void GetNewYear_YearWhoseTetIsOutsideTheSolarRange_ThrowsArgumentOutOfRange(int year)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.GetNewYear(year));

        Assert.Contains("1900..2199", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSolar_DateOfAnotherCalendarSystem_IsConvertedToTheSameDay()
    {
        // 28/01/2017 in the Gregorian calendar is 15/01/2017 in the Julian calendar: Tết Đinh Dậu either way.
        var julian = new LocalDate(2017, 1, 28).WithCalendar(CalendarSystem.Julian);

        Assert.Equal(new LunarDate(2017, 1, 1), VietnameseLunarCalendar.FromSolar(julian));
    }
}
