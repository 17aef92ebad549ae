using Dialogue.Workflows.Calendar;

namespace Dialogue.Workflows.Cli.Tests;

public sealed class WorkdaysAddCommandTests
{
    [Fact]
    public void Add_AcrossNationalDay2023_ExplainsEverySkippedDay()
    {
        var run = Cli.Run("workdays", "add", "2023-08-31", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2023-09-05", run.OutLines[0]);
        var skipped = run.OutLines.Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, skipped.Count);
        Assert.StartsWith("  01/09/2023 Quốc khánh (ngày liền kề 1/9) — National Day", skipped[0], StringComparison.Ordinal);
        Assert.StartsWith("  02/09/2023 Quốc khánh (2/9)", skipped[1], StringComparison.Ordinal);
        Assert.StartsWith("  03/09/2023 Chủ nhật", skipped[2], StringComparison.Ordinal);
        Assert.StartsWith("  04/09/2023 Nghỉ bù Quốc khánh", skipped[3], StringComparison.Ordinal);
        Assert.Contains("Compensatory day off", skipped[3], StringComparison.Ordinal);
        Assert.Equal("Counted 1 working day: 05/09/2023", run.OutLines[^1]);
    }

    [Fact]
    public void Add_FromADayOff_SkipsOnlyTheDaysAfterIt()
    {
        var run = Cli.Run("workdays", "add", "2023-09-02", "1");

        Assert.Equal("2023-09-05", run.OutLines[0]);
        var skipped = run.OutLines.Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l[2..12]);
        Assert.Equal(["03/09/2023", "04/09/2023"], skipped);
    }

    [Theory]
    [InlineData("-3", "2023-08-29", "Counted 3 working days: 29/08/2023, 30/08/2023, 31/08/2023")]
    [InlineData("-1", "2023-08-31", "Counted 1 working day: 31/08/2023")]
    public void Add_NegativeCount_IsReadAsAValueAndCountsBackward(string n, string expected, string counted)
    {
        var run = Cli.Run("workdays", "add", "2023-09-05", n);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, run.OutLines[0]);
        Assert.Contains("before Thứ Ba 05/09/2023", run.OutLines[1], StringComparison.Ordinal);
        Assert.Contains(run.OutLines, l => l.StartsWith("  04/09/2023 Nghỉ bù Quốc khánh", StringComparison.Ordinal));
        Assert.Equal(counted, run.OutLines[^1]);
    }

    [Theory]
    [InlineData("workdays", "add", "--json", "2023-09-05", "-3")]
    [InlineData("workdays", "add", "2023-09-05", "-3", "--json")]
    [InlineData("workdays", "add", "--json", "--", "2023-09-05", "-3")]
    public void Add_NegativeCountWithOptions_IsStillAValue(params string[] args)
    {
        var json = Cli.Run(args).Json();

        Assert.Equal("2023-08-29", json.GetProperty("result").GetString());
        Assert.Equal(-3, json.GetProperty("workingDays").GetInt32());
    }

    [Fact]
    public void Add_Zero_ReturnsTheDate()
    {
        var run = Cli.Run("workdays", "add", "2023-09-02", "0");

        Assert.Equal("2023-09-02", run.OutLines[0]);
        Assert.Contains("unchanged", run.OutLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Add_Json_ListsSkippedAndCountedDays()
    {
        var json = Cli.Run("workdays", "add", "2023-08-31", "2", "--json").Json();

        Assert.Equal("2023-08-31", json.GetProperty("from").GetString());
        Assert.Equal("2023-09-06", json.GetProperty("result").GetString());
        var skipped = json.GetProperty("skipped").EnumerateArray().ToList();
        Assert.Equal(["2023-09-01", "2023-09-02", "2023-09-03", "2023-09-04"], skipped.Select(s => s.GetProperty("date").GetString()));
        Assert.Equal(["holiday", "weeklyRest", "weeklyRest", "compensatoryDay"], skipped.Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal("Quốc khánh (2/9)", skipped[1].GetProperty("name").GetString()![..16]);
        Assert.Equal("nationalDay", skipped[3].GetProperty("holiday").GetString());
        Assert.Equal(["2023-09-05", "2023-09-06"], json.GetProperty("counted").EnumerateArray().Select(d => d.GetString()));
    }

    [Theory]
    [InlineData("2021-10-25", 3)]
    [InlineData("2024-02-07", 5)]
    [InlineData("2024-02-15", -6)]
    [InlineData("2026-08-21", 1)]
    [InlineData("2030-01-01", 250)]
    public void Add_AnyCount_AgreesWithTheLibrary(string date, int n)
    {
        var run = Cli.Run("workdays", "add", date, n.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        var expected = WorkingCalendar.Default.AddWorkingDays(Cli.Date(date), n);

        Assert.Equal(Cli.Iso(expected), run.Json().GetProperty("result").GetString());
        Assert.Equal(Math.Abs(n), run.Json().GetProperty("counted").GetArrayLength());
    }

    [Fact]
    public void Add_ResultPastTheCalendar_ExitsTwoWithTheRange() =>
        Cli.Run("workdays", "add", "2199-12-30", "5").AssertBadInput("2199-12-30", "from 1995-01-01 to 2199-12-31");

    [Theory]
    [InlineData("three")]
    [InlineData("1.5")]
    [InlineData("--3")]
    public void Add_CountNotAWholeNumber_ExitsTwoNamingTheValue(string n) =>
        Cli.Run("workdays", "add", "2024-01-01", n).AssertBadInput($"'{n}' is not a whole number");
}
