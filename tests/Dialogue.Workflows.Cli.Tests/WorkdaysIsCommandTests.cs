namespace Dialogue.Workflows.Cli.Tests;

public sealed class WorkdaysIsCommandTests
{
    [Fact]
    public void Is_CompensatoryDay_SaysNoAndWhy()
    {
        var run = Cli.Run("workdays", "is", "2023-09-04");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("no", run.OutLines[0]);
        Assert.StartsWith("Thứ Hai 04/09/2023 (Monday): Nghỉ bù Quốc khánh", run.OutLines[1], StringComparison.Ordinal);
        Assert.Contains("Compensatory day off for National Day", run.OutLines[1], StringComparison.Ordinal);
        Assert.Equal("Source: CV 8056/VPCP-KGVX, 01/12/2022", run.OutLines[2]);
        Assert.StartsWith("Status: official", run.OutLines[3], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-01-10", "yes")]
    [InlineData("2026-03-10", "yes")]
    [InlineData("2026-03-14", "no")]
    [InlineData("2026-01-02", "no")]
    public void Is_AnyDay_FirstLineIsYesOrNo(string date, string expected) =>
        Assert.Equal(expected, Cli.Run("workdays", "is", date).OutLines[0]);

    [Fact]
    public void Is_ProjectedYear_SaysItMayMove()
    {
        var run = Cli.Run("workdays", "is", "2030-09-02");

        Assert.Equal("no", run.OutLines[0]);
        Assert.StartsWith("Status: projected from the rules", run.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Is_Json_DescribesTheDay()
    {
        var json = Cli.Run("workdays", "is", "2026-01-10", "--json").Json();

        Assert.Equal("2026-01-10", json.GetProperty("date").GetString());
        Assert.True(json.GetProperty("workingDay").GetBoolean());
        Assert.Equal("makeUpWorkingDay", json.GetProperty("kind").GetString());
        Assert.True(json.GetProperty("official").GetBoolean());
        Assert.StartsWith("Làm bù", json.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Make-up working day", json.GetProperty("englishName").GetString(), StringComparison.Ordinal);
        Assert.Equal("CV 12729/VPCP-KGVX, 25/12/2025", json.GetProperty("source").GetString());
    }
}
