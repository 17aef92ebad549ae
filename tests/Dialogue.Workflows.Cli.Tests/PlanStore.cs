using System.Text.Json;

namespace Dialogue.Workflows.Cli.Tests;

/// <summary>A temporary SQLite file that every run of the command line is pointed at, each run a fresh <c>Program.Run</c>.</summary>
internal sealed class PlanStore : IDisposable
{
    /// <summary>The ward office's clerk, who drafts the plan and records petitions and tasks (ward-chairman IV.3).</summary>
    public static readonly IReadOnlyDictionary<string, string> Clerk = new Dictionary<string, string>
    {
        ["DIALOGUE_USER"] = "clerk-01",
        ["DIALOGUE_TITLE"] = "Công chức Văn phòng",
        ["DIALOGUE_UNIT"] = "office",
    };

    /// <summary>The ward chairman, who signs the plan and chairs the session: options that override the clerk's environment.</summary>
    public static readonly string[] Chairman = ["--as", "chairman", "--unit", "chairman", "--role", "head", "--as-title", "Chủ tịch UBND phường"];

    /// <summary>The city People's Committee's chairman, who announces the ward's session (ward-chairman II.4).</summary>
    public static readonly string[] City = ["--as", "city-chair", "--unit", "city", "--role", "head", "--as-title", "Chủ tịch UBND thành phố"];

    private readonly string _folder = Directory.CreateTempSubdirectory("dialogue-plans-").FullName;

    public PlanStore() => Database = Path.Combine(_folder, "plans.db");

    public string Database { get; }

    public string Folder => _folder;

    /// <summary>Runs a command against the file, as the clerk, on the given day.</summary>
    public CliRun On(string today, params string[] args) => Cli.RunWithEnvironment(Clerk, [.. args, "--db", Database, "--today", today]);

    /// <summary>Runs a command as the ward chairman.</summary>
    public CliRun AsChairman(string today, params string[] args) => On(today, [.. args, .. Chairman]);

    /// <summary>Runs a command as the city's chairman.</summary>
    public CliRun AsCity(string today, params string[] args) => On(today, [.. args, .. City]);

    /// <summary>Runs a command against the file with the given environment and no --today.</summary>
    public CliRun With(IReadOnlyDictionary<string, string> environment, params string[] args) => Cli.RunWithEnvironment(environment, [.. args, "--db", Database]);

    /// <summary>The plan as 'plan show --json' prints it.</summary>
    public JsonElement Show(string plan, string today = "2023-08-20")
    {
        var run = On(today, "plan", "show", plan, "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Json();
    }

    /// <summary>The plan's number of events.</summary>
    public int Version(string plan) => Show(plan).GetProperty("version").GetInt32();

    public void Dispose()
    {
        // SQLite's pooled connections are closed with each run's service provider; the WAL files go with the folder.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

internal static class CliRunAssertions
{
    public static CliRun AssertOk(this CliRun run)
    {
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}; stderr: {run.Error}; stdout: {run.Out}");
        Assert.Equal(string.Empty, run.Error);
        return run;
    }

    /// <summary>Asserts an illegal action: exit 1, nothing on stdout, the error line then the plan's state and what is permitted now.</summary>
    public static string[] AssertIllegal(this CliRun run, params string[] fragments)
    {
        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}; stderr: {run.Error}; stdout: {run.Out}");
        Assert.Equal(string.Empty, run.Out);
        var lines = run.ErrorLines;
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("  plan ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  permitted now", StringComparison.Ordinal));
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, run.Error, StringComparison.Ordinal);
        }

        return lines;
    }
}
