using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Cli.Tests;

/// <summary>Runs the built <c>dialogue</c> executable as a real process: UTF-8 on real pipes, exit codes, buffering.</summary>
public sealed class ProcessTests : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _folder = Directory.CreateTempSubdirectory("dialogue-cli-tests-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Process_CalendarJson_IsUtf8JsonOnStandardOutput()
    {
        var run = Dialogue(null, "calendar", "2026", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("Quốc khánh (2/9)", run.Out, StringComparison.Ordinal);
        var makeUps = JsonDocument.Parse(run.Out).RootElement.GetProperty("makeUpWorkingDays").EnumerateArray();
        Assert.Equal(["2026-01-10", "2026-08-22"], makeUps.Select(m => m.GetProperty("date").GetString()));
    }

    [Fact]
    public void Process_CalendarTable_HasNoColourCodesWhenRedirected()
    {
        var run = Dialogue(null, "calendar", "2024");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("2024: official schedule", run.Out, StringComparison.Ordinal);
        Assert.Contains("Giỗ Tổ Hùng Vương", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_LunarFromAFileOnStandardInput_WritesOneLineADate()
    {
        var dates = Enumerable.Range(0, 4000).Select(i => new LocalDate(2000, 1, 1).PlusDays(i * 3)).ToList();
        var file = Path.Combine(_folder, "dates.txt");
        File.WriteAllLines(file, dates.Select(Cli.Iso), Utf8);

        var run = Dialogue(file, "lunar", "-");

        Assert.Equal(0, run.ExitCode);
        var expected = dates.Select(d => VietnameseLunarCalendar.FromSolar(d)).Select((l, i) => $"{Cli.Iso(dates[i])} {l} {l.YearName}");
        Assert.Equal(expected, run.Out.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Process_BadLine_ExitsTwoWithOneErrorLineAndNoOutput()
    {
        var file = Path.Combine(_folder, "bad.txt");
        File.WriteAllText(file, "2024-02-10\n2024-02-31\n", Utf8);

        var run = Dialogue(file, "lunar", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal("error: line 2: '2024-02-31' is not a date; expected yyyy-MM-dd\n", run.Error);
    }

    [Fact]
    public void Process_NegativeCount_AddsBackward()
    {
        var run = Dialogue(null, "workdays", "add", "2023-09-05", "-3");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("2023-08-29\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_UnknownOption_ExitsTwoWithoutAStackTrace()
    {
        var run = Dialogue(null, "workdays", "is", "2024-01-01", "--verbose");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: unknown option '--verbose'; usage: dialogue workdays is <date> [--json]\n", run.Error);
    }

    [Fact]
    public void Process_Help_ExitsZero()
    {
        var run = Dialogue(null, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("dialogue [command] [options]", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_PlanCommands_EachAProcessOnOneSqliteFile()
    {
        var db = Path.Combine(_folder, "plans.db");

        var created = Dialogue(null, "plan", "new", "ward-chairman", "--session", "2023-09-15", "--id", "p1", "--db", db, "--today", "2023-08-20", "--as", "clerk", "--unit", "office");
        Assert.True(created.ExitCode == 0, created.Error);
        Assert.Equal(0, Dialogue(null, "plan", "issue", "p1", "--doc", "45/KH-UBND", "--db", db, "--today", "2023-08-21", "--as", "chairman", "--unit", "chairman", "--role", "head").ExitCode);
        var illegal = Dialogue(null, "session", "close", "p1", "--db", db, "--today", "2023-08-22", "--as", "chairman", "--unit", "chairman", "--role", "head");
        var show = Dialogue(null, "plan", "show", "p1", "--json", "--db", db, "--today", "2023-08-22");

        Assert.Equal(1, illegal.ExitCode);
        Assert.Contains("permitted now", illegal.Error, StringComparison.Ordinal);
        var plan = JsonDocument.Parse(show.Out).RootElement;
        Assert.Equal(("issued", "45/KH-UBND", 2), (plan.GetProperty("status").GetString(), plan.GetProperty("document").GetString(), plan.GetProperty("version").GetInt32()));
    }

    private static CliRun Dialogue(string? inputFile, params string[] args)
    {
        // The Cli project is referenced, so its build output (dll, runtimeconfig, deps) sits beside this assembly.
        var dll = Path.Combine(AppContext.BaseDirectory, "dialogue.dll");
        Assert.True(File.Exists(dll), $"dialogue.dll not found in {AppContext.BaseDirectory}");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            StandardInputEncoding = Utf8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        // A separate process runs on the real clock: this host lets the 2023 plans of these tests be recorded years later.
        start.Environment["DIALOGUE_MAX_BACKDATING_DAYS"] = "3660";
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (inputFile is not null)
        {
            using var input = File.OpenRead(inputFile);
            input.CopyTo(process.StandardInput.BaseStream);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dialogue {string.Join(' ', args)} did not finish within a minute");
        }

        // Compared with \n whatever the platform writes.
        return new CliRun(process.ExitCode, output.GetAwaiter().GetResult().ReplaceLineEndings("\n"), error.GetAwaiter().GetResult().ReplaceLineEndings("\n"));
    }

    private static string DotnetHost()
    {
        // Set by the dotnet CLI for the processes it starts; otherwise the host running these tests, or dotnet on the PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? current : "dotnet";
    }
}
