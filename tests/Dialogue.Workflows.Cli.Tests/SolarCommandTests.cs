namespace Dialogue.Workflows.Cli.Tests;

public sealed class SolarCommandTests
{
    [Fact]
    public void Solar_TetGiapThin_IsTenthOfFebruary2024()
    {
        var run = Cli.Run("solar", "1/1/2024");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2024-02-10", run.OutLines[0]);
        Assert.Contains("Giáp Thìn", run.OutLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Solar_LeapFlag_ChoosesTheRepeatedMonth()
    {
        Assert.Equal("2025-06-25", Cli.Run("solar", "1/6/2025").OutLines[0]);
        Assert.Equal("2025-07-25", Cli.Run("solar", "1/6/2025", "--leap").OutLines[0]);
    }

    [Fact]
    public void Solar_Json_HasTheLunarFields()
    {
        var json = Cli.Run("solar", "10/3/2026", "--json").Json();

        Assert.Equal("2026-04-26", json.GetProperty("date").GetString());
        Assert.Equal(2026, json.GetProperty("lunarYear").GetInt32());
        Assert.Equal(3, json.GetProperty("lunarMonth").GetInt32());
        Assert.Equal(10, json.GetProperty("lunarDay").GetInt32());
        Assert.False(json.GetProperty("leapMonth").GetBoolean());
        Assert.Equal("Bính Ngọ", json.GetProperty("yearName").GetString());
    }

    [Fact]
    public void Solar_DayThirtyOfA29DayMonth_ExitsTwoWithTheValidRange() =>
        Cli.Run("solar", "30/1/2024").AssertBadInput("'30/1/2024'", "has 29 days", "expected a day from 1 to 29");

    [Fact]
    public void Solar_LeapInAYearWithoutLeapMonth_ExitsTwo() =>
        Cli.Run("solar", "1/3/2024", "--leap").AssertBadInput("'1/3/2024' --leap", "2024 has no leap month");

    [Fact]
    public void Solar_LeapOnTheWrongMonth_ExitsTwoNamingTheLeapMonth() =>
        Cli.Run("solar", "1/5/2025", "--leap").AssertBadInput("'1/5/2025' --leap", "is month 6", "expected --leap only with month 6");

    [Theory]
    [InlineData("1-1-2024", "is not a lunar date; expected d/m/yyyy")]
    [InlineData("1/1/24", "is not a lunar date; expected d/m/yyyy")]
    [InlineData("32/1/2024", "expected d/m/yyyy with a day from 1 to 30")]
    [InlineData("1/13/2024", "expected d/m/yyyy with a month from 1 to 12")]
    [InlineData("1/1/2300", "expected d/m/yyyy with a lunar year from")]
    public void Solar_MalformedDate_ExitsTwoNamingTheValue(string text, string expected) =>
        Cli.Run("solar", text).AssertBadInput($"'{text}'", expected);

    [Fact]
    public void Solar_BeforeTheSupportedRange_ExitsTwoWithTheRange() =>
        Cli.Run("solar", "1/1/1899").AssertBadInput("'1/1/1899'", "outside the supported range", "1900-01-01");
}
