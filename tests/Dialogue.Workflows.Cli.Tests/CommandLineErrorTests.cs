namespace Dialogue.Workflows.Cli.Tests;

public sealed class CommandLineErrorTests
{
    public static TheoryData<string[], string[]> BadCommandLines => new()
    {
        { [], ["missing command", "usage: dialogue <calendar|lunar|solar|workdays|plan"] },
        { ["bogus"], ["unknown command or argument 'bogus'"] },
        { ["--bogus"], ["unknown option '--bogus'"] },
        { ["calendar"], ["missing <year>", "usage: dialogue calendar <status> <year> [--json] [--format]"] },
        { ["calendar", "2026", "--frob"], ["unknown option '--frob'", "usage: dialogue calendar <status> <year> [--json] [--format]"] },
        { ["calendar", "2026", "2027"], ["'2027'"] },
        { ["workdays"], ["missing command", "usage: dialogue workdays <add|count|is>"] },
        { ["workdays", "subtract", "2024-01-01", "1"], ["'subtract'"] },
        { ["workdays", "add", "2024-01-01"], ["missing <n>", "usage: dialogue workdays add <date> <n> [--json]"] },
        { ["workdays", "count", "2024-01-01"], ["missing <to>"] },
        { ["workdays", "is"], ["missing <date>"] },
        { ["workdays", "is", "1994-12-31"], ["'1994-12-31' is outside the working calendar's range; expected a date from 1995-01-01 to 2199-12-31"] },
        { ["workdays", "is", "2024-02-30"], ["'2024-02-30' is not a date; expected yyyy-MM-dd"] },
        { ["workdays", "count", "2024-01-01", "31/12/2024"], ["'31/12/2024' is not a date; expected yyyy-MM-dd"] },
        { ["lunar"], ["missing <dates>"] },
        { ["solar"], ["missing <lunar-date>"] },
        { ["solar", "1/1/2024", "--leap", "--extra"], ["unknown option '--extra'"] },
    };

    [Fact]
    public void Run_MalformedDate_ReportsExactlyTheDocumentedLine()
    {
        var run = Cli.Run("workdays", "add", "2024-13-01", "3");

        Assert.Equal("error: '2024-13-01' is not a date; expected yyyy-MM-dd", run.AssertBadInput());
    }

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public void Run_BadCommandLine_ExitsTwoWithOneErrorLine(string[] args, string[] fragments) =>
        Cli.Run(args).AssertBadInput(fragments);

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("workdays", "add", "--help")]
    [InlineData("lunar", "--help")]
    public void Run_Help_WritesUsageToStandardOutputAndExitsZero(params string[] args)
    {
        var run = Cli.Run(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        Assert.Contains("dialogue", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_ListsEveryCommand()
    {
        var help = Cli.Run("--help").Out;

        Assert.All(["calendar", "lunar", "solar", "workdays"], name => Assert.Contains(name, help, StringComparison.Ordinal));
    }
}
