using System.Text;
using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Cli.Tests;

public sealed class LunarCommandTests
{
    [Fact]
    public void Lunar_TetGiapThin_PrintsTheExampleLine()
    {
        var run = Cli.Run("lunar", "2024-02-10");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2024-02-10 1/1/2024 Giáp Thìn" + Environment.NewLine, run.Out);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Lunar_DayOfLeapMonth_WritesNhuanBeforeTheYearName()
    {
        // 2025 repeats month 6 (tháng 6 nhuận Ất Tỵ), from 2025-07-25.
        var run = Cli.Run("lunar", "2025-07-24", "2025-07-25");

        Assert.Equal(["2025-07-24 30/6/2025 Ất Tỵ", "2025-07-25 1/6/2025 nhuận Ất Tỵ"], run.OutLines);
    }

    [Fact]
    public void Lunar_StandardInput_ThousandsOfDatesMatchTheLibrary()
    {
        var dates = Enumerable.Range(0, 5000).Select(i => new LocalDate(1990, 1, 1).PlusDays(i * 7)).ToList();
        var input = new StringBuilder();
        for (var i = 0; i < dates.Count; i++)
        {
            // Windows line endings, blank lines and stray spaces are all tolerated.
            input.Append(i % 3 == 0 ? "  " : string.Empty).Append(Cli.Iso(dates[i])).Append(i % 2 == 0 ? "\r\n" : "\n");
            if (i % 500 == 0)
            {
                input.Append('\n');
            }
        }

        var run = Cli.RunWithInput(input.ToString(), "lunar", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(dates.Select(Expected), run.OutLines);
    }

    [Fact]
    public void Lunar_StandardInputWithoutFinalNewline_ReadsTheLastLine()
    {
        var run = Cli.RunWithInput("2024-02-10\n2023-01-22", "lunar", "-");

        Assert.Equal(["2024-02-10 1/1/2024 Giáp Thìn", "2023-01-22 1/1/2023 Quý Mão"], run.OutLines);
    }

    [Fact]
    public void Lunar_Json_ListsLunarDatesInAnObject()
    {
        var run = Cli.Run("lunar", "2024-02-10", "2025-07-25", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Giáp Thìn", run.Out, StringComparison.Ordinal);
        var items = run.Json().GetProperty("dates").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("2024-02-10", items[0].GetProperty("date").GetString());
        Assert.Equal(2024, items[0].GetProperty("lunarYear").GetInt32());
        Assert.Equal(1, items[0].GetProperty("lunarMonth").GetInt32());
        Assert.Equal(1, items[0].GetProperty("lunarDay").GetInt32());
        Assert.False(items[0].GetProperty("leapMonth").GetBoolean());
        Assert.Equal("Giáp Thìn", items[0].GetProperty("yearName").GetString());
        Assert.True(items[1].GetProperty("leapMonth").GetBoolean());
        Assert.Equal(6, items[1].GetProperty("lunarMonth").GetInt32());
    }

    [Fact]
    public void Lunar_StandardInputJson_ThousandsOfDatesAcrossChunks()
    {
        var dates = Enumerable.Range(0, 3000).Select(i => new LocalDate(1900, 1, 1).PlusDays(i * 36)).ToList();
        var run = Cli.RunWithInput(string.Join('\n', dates.Select(Cli.Iso)), "lunar", "-", "--json");

        var items = run.Json().GetProperty("dates").EnumerateArray().ToList();
        Assert.Equal(dates.Count, items.Count);
        for (var i = 0; i < dates.Count; i++)
        {
            var lunar = VietnameseLunarCalendar.FromSolar(dates[i]);
            Assert.Equal(Cli.Iso(dates[i]), items[i].GetProperty("date").GetString());
            Assert.Equal(lunar.Day, items[i].GetProperty("lunarDay").GetInt32());
            Assert.Equal(lunar.YearName, items[i].GetProperty("yearName").GetString());
        }
    }

    [Theory]
    [InlineData("2024-01-01\n\n2024-02-30\n", "line 3: '2024-02-30' is not a date; expected yyyy-MM-dd")]
    [InlineData("2024-01-01\n24-1-1\n", "line 2: '24-1-1' is not a date")]
    [InlineData("2200-01-01\n", "line 1: '2200-01-01' is outside the lunar calendar's range; expected a date from 1900-01-01 to 2199-12-31")]
    public void Lunar_BadLine_ExitsTwoNamingTheValueAndItsLine(string input, string expected) =>
        Cli.RunWithInput(input, "lunar", "-").AssertBadInput(expected);

    [Fact]
    public void Lunar_BadArgument_ExitsTwoNamingTheValueAndItsPosition() =>
        Cli.Run("lunar", "2024-02-10", "1899-12-31").AssertBadInput("argument 2: '1899-12-31'", "1900-01-01");

    [Fact]
    public void Lunar_DashAmongDates_ExitsTwo() =>
        Cli.Run("lunar", "2024-02-10", "-").AssertBadInput("'-'", "dialogue lunar -");

    private static string Expected(LocalDate date)
    {
        var lunar = VietnameseLunarCalendar.FromSolar(date);
        return $"{Cli.Iso(date)} {lunar} {lunar.YearName}";
    }
}
