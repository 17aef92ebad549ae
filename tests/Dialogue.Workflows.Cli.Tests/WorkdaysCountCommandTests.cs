using Dialogue.Workflows.Calendar;

namespace Dialogue.Workflows.Cli.Tests;

public sealed class WorkdaysCountCommandTests
{
    [Fact]
    public void Count_Year2024_FirstLineIsTheLibrarysCount()
    {
        var run = Cli.Run("workdays", "count", "2024-01-01", "2024-12-31");
        var expected = WorkingCalendar.Default.CountWorkingDays(Cli.Date("2024-01-01"), Cli.Date("2024-12-31"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), run.OutLines[0]);
        Assert.Contains("both included: 366 days", run.OutLines[1], StringComparison.Ordinal);
        Assert.Contains(run.OutLines, l => l.StartsWith("  29/04/2024 Nghỉ hoán đổi", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.StartsWith("  04/05/2024 Làm bù", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2024-03-04", "2024-03-04", "1")]
    [InlineData("2024-03-09", "2024-03-10", "0")]
    [InlineData("2024-05-04", "2024-05-04", "1")]
    public void Count_OneOrTwoDays_IncludesBothEnds(string from, string to, string expected) =>
        Assert.Equal(expected, Cli.Run("workdays", "count", from, to).OutLines[0]);

    [Fact]
    public void Count_Json_HasCountsDaysOffAndMakeUpDays()
    {
        var json = Cli.Run("workdays", "count", "2024-04-01", "2024-05-31", "--json").Json();

        Assert.Equal("2024-04-01", json.GetProperty("from").GetString());
        Assert.Equal("2024-05-31", json.GetProperty("to").GetString());
        Assert.Equal(61, json.GetProperty("calendarDays").GetInt32());
        Assert.Equal(
            WorkingCalendar.Default.CountWorkingDays(Cli.Date("2024-04-01"), Cli.Date("2024-05-31")),
            json.GetProperty("workingDays").GetInt32());
        var daysOff = json.GetProperty("daysOff").EnumerateArray().ToList();
        Assert.Contains(daysOff, d => d.GetProperty("date").GetString() == "2024-04-29" && d.GetProperty("kind").GetString() == "swappedDayOff");
        var makeUp = Assert.Single(json.GetProperty("makeUpWorkingDays").EnumerateArray());
        Assert.Equal("2024-05-04", makeUp.GetProperty("date").GetString());
        Assert.Equal("makeUpWorkingDay", makeUp.GetProperty("kind").GetString());
    }

    [Fact]
    public void Count_EndBeforeStart_ExitsTwoNamingBothDates() =>
        Cli.Run("workdays", "count", "2024-12-31", "2024-01-01").AssertBadInput("'2024-01-01' is before '2024-12-31'");
}
