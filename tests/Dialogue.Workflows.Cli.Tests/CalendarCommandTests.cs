using System.Text.Json;
using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Cli.Tests;

public sealed class CalendarCommandTests
{
    [Fact]
    public void Calendar_OfficialYear_HeaderNamesTheScheduleAndTablesFollow()
    {
        var run = Cli.Run("calendar", "2026");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        var expected = WorkingCalendar.Default.GetYear(2026);
        Assert.Equal($"2026: official schedule, {expected.Source}; {expected.WorkingDayCount} working days", run.OutLines[0]);
        Assert.Contains("Tết Nguyên đán, 9 days", run.Out, StringComparison.Ordinal);
        Assert.Contains("14/02/2026 – 22/02/2026", run.Out, StringComparison.Ordinal);
        Assert.Contains("Make-up working days 2026", run.Out, StringComparison.Ordinal);
        Assert.Contains("Thứ Bảy 10/01/2026", run.Out, StringComparison.Ordinal);
        Assert.Contains("Thứ Bảy 22/08/2026", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_ProjectedYear_HeaderSaysProjected()
    {
        var run = Cli.Run("calendar", "2030");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("2030: projected from the rules", run.OutLines[0], StringComparison.Ordinal);
        Assert.Contains("projected", run.OutLines[1..].First(l => l.Contains("Tết Dương lịch (1/1)", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("No make-up working Saturdays", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_Json_TopLevelFieldsDescribeTheYear()
    {
        var json = Cli.Run("calendar", "2026", "--json").Json();
        var expected = WorkingCalendar.Default.GetYear(2026);

        Assert.Equal(2026, json.GetProperty("year").GetInt32());
        Assert.True(json.GetProperty("official").GetBoolean());
        Assert.Equal(expected.Source, json.GetProperty("source").GetString());
        Assert.Equal(expected.WorkingDayCount, json.GetProperty("workingDays").GetInt32());
        var holidays = json.GetProperty("holidays").EnumerateArray().ToList();
        Assert.Equal(expected.Holidays.Count, holidays.Count);
        Assert.Contains(holidays, h => h.GetProperty("date").GetString() == "2026-09-02" && h.GetProperty("name").GetString() == "Quốc khánh (2/9)");
        Assert.Contains(holidays, h => h.GetProperty("date").GetString() == "2026-02-17" && h.GetProperty("name").GetString()!.StartsWith("Tết Nguyên đán", StringComparison.Ordinal));
    }

    [Fact]
    public void Calendar_Json2023_DaysOffHoldTheNationalDayCompensatoryDay()
    {
        var daysOff = Cli.Run("calendar", "2023", "--json").Json().GetProperty("daysOff").EnumerateArray().ToList();

        var day = Assert.Single(daysOff, d => d.GetProperty("date").GetString() == "2023-09-04");
        Assert.Equal("compensatoryDay", day.GetProperty("kind").GetString());
        Assert.True(day.GetProperty("official").GetBoolean());
        Assert.StartsWith("Nghỉ bù Quốc khánh", day.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(day.GetProperty("source").GetString()));
        Assert.Equal("holiday", daysOff.Single(d => d.GetProperty("date").GetString() == "2023-09-01").GetProperty("kind").GetString());
    }

    [Fact]
    public void Calendar_Json2026_MakeUpWorkingDaysAreTheTwoSaturdays()
    {
        var json = Cli.Run("calendar", "2026", "--json").Json();

        var makeUps = json.GetProperty("makeUpWorkingDays").EnumerateArray().ToList();
        Assert.Equal(["2026-01-10", "2026-08-22"], makeUps.Select(m => m.GetProperty("date").GetString()));
        Assert.All(makeUps, m => Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("source").GetString())));
        var swapped = json.GetProperty("daysOff").EnumerateArray().Where(d => d.GetProperty("kind").GetString() == "swappedDayOff");
        Assert.Equal(["2026-01-02", "2026-08-31"], swapped.Select(d => d.GetProperty("date").GetString()));
    }

    [Fact]
    public void Calendar_Json_DaysOffAreExactlyTheWeekdaysThatAreNotWorkingDays()
    {
        var calendar = WorkingCalendar.Default;
        var expected = new List<string>();
        for (var date = new LocalDate(2024, 1, 1); date.Year == 2024; date = date.PlusDays(1))
        {
            if (date.DayOfWeek < IsoDayOfWeek.Saturday && !calendar.IsWorkingDay(date))
            {
                expected.Add(Cli.Iso(date));
            }
        }

        var daysOff = Cli.Run("calendar", "2024", "--json").Json().GetProperty("daysOff").EnumerateArray();

        Assert.Equal(expected, daysOff.Select(d => d.GetProperty("date").GetString()));
    }

    [Fact]
    public void Calendar_JsonProjectedYear_IsNotOfficialAndHasNoSource()
    {
        var json = Cli.Run("calendar", "2030", "--json").Json();

        Assert.False(json.GetProperty("official").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("source").ValueKind);
        Assert.NotEmpty(json.GetProperty("daysOff").EnumerateArray());
        Assert.All(json.GetProperty("daysOff").EnumerateArray(), d => Assert.False(d.GetProperty("official").GetBoolean()));
    }

    [Fact]
    public void Calendar_Json_WritesVietnameseAsUtf8Characters()
    {
        var run = Cli.Run("calendar", "2026", "--json");

        Assert.Contains("\"Quốc khánh (2/9)\"", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1994", "'1994'", "from 1995 to 2199")]
    [InlineData("2200", "'2200'", "from 1995 to 2199")]
    [InlineData("twenty", "'twenty'", "expected a year")]
    [InlineData("-2026", "'-2026'", "expected a year")]
    public void Calendar_BadYear_ExitsTwoNamingTheValue(string year, string value, string expected) =>
        Cli.Run("calendar", year).AssertBadInput(value, expected);
}
