using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace Dialogue.Workflows.Cli.Tests;

/// <summary>What one run of the command line produced.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    public string[] ErrorLines => Error.Length == 0 ? [] : Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    public JsonElement Json() => JsonDocument.Parse(Out).RootElement;

    /// <summary>Asserts the run failed on bad input: exit 2, nothing on stdout, one "error: " line holding every fragment.</summary>
    public string AssertBadInput(params string[] fragments)
    {
        Assert.True(ExitCode == 2, $"exit code {ExitCode}; stderr: {Error}; stdout: {Out}");
        Assert.Equal(string.Empty, Out);
        var line = Assert.Single(ErrorLines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, line, StringComparison.Ordinal);
        }

        return line;
    }
}

/// <summary>Runs the command line in-process, with captured streams.</summary>
internal static class Cli
{
    /// <summary>The host's clock in-process runs see: 9:00 on 1 June 2024 in Vietnam.</summary>
    public static readonly IClock HostClock = new FixedClock(Instant.FromUtc(2024, 6, 1, 2, 0));

    public static CliRun Run(params string[] args) => RunWithInput(string.Empty, args);

    public static CliRun RunWithInput(string input, params string[] args) => RunIn(input, null, args);

    /// <summary>Runs with the given environment variables only (none of the process's), so tests do not depend on the machine.</summary>
    public static CliRun RunWithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args) => RunIn(string.Empty, environment, args);

    private static CliRun RunIn(string input, IReadOnlyDictionary<string, string>? environment, string[] args)
    {
        using var stdin = new StringReader(input);
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        // The host's clock stands on a fixed day, within a year after the 2023–2024 plans the tests record.
        var io = new Infrastructure.CliIo(stdin, stdout, stderr) { Clock = HostClock };
        if (environment is not null)
        {
            io = io with { Environment = name => environment.GetValueOrDefault(name) };
        }

        var exitCode = Program.Run(args, io);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    public static LocalDate Date(string iso) => new(
        int.Parse(iso[..4], CultureInfo.InvariantCulture), int.Parse(iso[5..7], CultureInfo.InvariantCulture), int.Parse(iso[8..], CultureInfo.InvariantCulture));

    public static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
