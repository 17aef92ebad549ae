using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Dialogue.Workflows.Cli.Tests;

/// <summary>
/// One contract for every command under <c>--json</c>: a result is one JSON object on standard output
/// (exit 0); an error is one JSON object with <c>code</c>, <c>message</c> {vi, en} and <c>exitCode</c>,
/// and the exit code says what kind: 1 a step the plan does not allow, 2 bad input, 3 the store is
/// unavailable or damaged. The Chánh Lộ ward chairman's 2023 plan, issued and announced, is the plan.
/// </summary>
public sealed class JsonContractTests : IDisposable
{
    private readonly PlanStore _store = new();

    public JsonContractTests()
    {
        _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-09-15", "--id", "p1").AssertOk();
        _store.AsChairman("2023-08-21", "plan", "issue", "p1", "--doc", "45/KH-UBND", "--signing", "TM").AssertOk();
        _store.AsCity("2023-08-25", "session", "announce", "p1").AssertOk();
    }

    /// <summary>Every command that keeps no plans.</summary>
    public static TheoryData<string[]> StorelessSuccesses => new()
    {
        { ["calendar", "2024"] },
        { ["calendar", "status"] },
        { ["lunar", "2024-02-10"] },
        { ["lunar", "2024-02-10", "2025-07-25"] },
        { ["solar", "1/1/2024"] },
        { ["workdays", "add", "2024-01-01", "5"] },
        { ["workdays", "count", "2024-01-01", "2024-01-31"] },
        { ["workdays", "is", "2024-01-01"] },
        { ["plan", "types"] },
        { ["plan", "preview", "ward-chairman", "--session", "2023-09-15"] },
    };

    /// <summary>Every command on plans, with arguments that succeed on the plan above.</summary>
    public static TheoryData<string[]> Successes => new()
    {
        { ["plan", "show", "p1"] },
        { ["plan", "list"] },
        { ["due"] },
        { ["explain", "p1", "front-summary"] },
        { ["history", "p1"] },
        { ["actions", "p1"] },
        { ["export", "p1", "--format", "markdown"] },
        { ["export", "p1", "--format", "ics"] },
        { ["task", "done", "p1", "front-summary"] },
        { ["petition", "add", "p1", "--subject", "Cống thoát nước tổ 3 bị tắc", "--petitioner", "Ông Nguyễn Văn A"] },
    };

    [Theory]
    [MemberData(nameof(StorelessSuccesses))]
    public void EveryStorelessCommand_Json_IsOneObjectAndExitsZero(string[] args)
    {
        var run = Cli.Run([.. args, "--json"]);

        Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)}: exit {run.ExitCode}; {run.Error}");
        Assert.Equal(JsonValueKind.Object, run.Json().ValueKind);
        Assert.Equal(string.Empty, run.Error);
    }

    [Theory]
    [MemberData(nameof(Successes))]
    public void EveryCommand_Json_IsOneObjectAndExitsZero(string[] args)
    {
        var run = _store.On("2023-09-05", [.. args, "--json"]);

        Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)}: exit {run.ExitCode}; {run.Error}");
        Assert.Equal(JsonValueKind.Object, run.Json().ValueKind);
        Assert.Equal(string.Empty, run.Error);
    }

    /// <summary>Bad input of every kind: an unknown option, a malformed value, an unknown plan, session or unit, a day in the future.</summary>
    public static TheoryData<string[], string> BadInputs => new()
    {
        { ["plan", "show", "p1", "--extra"], "input.invalid" },
        { ["due", "--today", "15/09/2023"], "input.invalid" },
        { ["plan", "show", "no-such-plan"], "runtime.plan-not-found" },
        { ["history", "no-such-plan"], "runtime.plan-not-found" },
        { ["export", "no-such-plan", "--format", "ics"], "runtime.plan-not-found" },
        { ["plan", "new", "no-such-type", "--session", "2023-09-15"], "plan.unknown-type" },
        { ["session", "hold", "p1", "session-9"], "runtime.entity-not-found" },
        { ["task", "done", "p1", "front-summary", "--unit", "nobody"], "authorization.unknown-unit" },
        // The new date of a session is --to: the former "postpone --date <new date>" fails rather than records another act.
        { ["session", "postpone", "p1", "--date", "2023-09-22", "--reason", "Trùng lịch"], "input.invalid" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInput_Json_IsAnErrorObjectAndExitsTwo(string[] args, string code)
    {
        var run = _store.On("2023-09-05", [.. args, "--json"]);

        AssertError(run, 2, code);
    }

    [Theory]
    [InlineData("workdays", "add", "2024-01-01", "5", "--extra")]
    [InlineData("workdays", "count", "2024-01-01", "31/12/2024")]
    [InlineData("calendar", "twenty")]
    [InlineData("lunar", "2024-13-01")]
    [InlineData("workdays", "is", "2024-02-30")]
    public void BadInputWithoutAStore_Json_IsAnErrorObjectAndExitsTwo(params string[] args)
    {
        var run = Cli.Run([.. args, "--json"]);

        AssertError(run, 2, "input.invalid");
    }

    [Fact]
    public void DayAfterTheHostsToday_Json_IsBadInputNamingTheRule()
    {
        var run = _store.On("2199-01-01", "task", "done", "p1", "front-summary", "--json");

        AssertError(run, 2, "command.date-in-future");
    }

    [Fact]
    public void ConcludingAnAnnouncedSessionNotHeld_Json_IsARefusalNamingThePlanActionAndExitsOne()
    {
        var run = _store.AsChairman("2023-09-05", "session", "conclude", "p1", "--json");

        var error = AssertError(run, 1, "runtime.invalid-transition");
        Assert.Equal(("ConcludeSession", "Conclude", "Announced"), (Text(error, "action"), Text(error, "trigger"), Text(error, "state")));
        Assert.All(error.GetProperty("permitted").EnumerateArray(), a => Assert.EndsWith("Session", Text(a, "action"), StringComparison.Ordinal));
    }

    [Fact]
    public void ClerkIssuing_Json_IsAnAuthorizationRefusalWithThePlanActionAndExitsOne()
    {
        _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-09-15", "--id", "p2").AssertOk();

        var run = _store.On("2023-08-21", "plan", "issue", "p2", "--json");

        var error = AssertError(run, 1, "authorization.denied");
        Assert.Equal("Issue", Text(error, "action"));
    }

    [Theory]
    [InlineData("plan", "list")]
    [InlineData("plan", "show", "p1")]
    [InlineData("due")]
    [InlineData("task", "done", "p1", "front-summary")]
    public void StoreOfANewerSchema_Json_IsAStorageErrorAndExitsThree(params string[] args)
    {
        var newer = Path.Combine(_store.Folder, "newer.db");
        using (var connection = new SqliteConnection($"Data Source={newer};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA application_id = 1146570316; CREATE TABLE schema_version (id INTEGER PRIMARY KEY, version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1, 99);";
            command.ExecuteNonQuery();
        }

        var run = Cli.RunWithEnvironment(PlanStore.Clerk, [.. args, "--db", newer, "--today", "2023-09-05", "--json"]);

        AssertError(run, 3, "storage.schema-too-new");
    }

    [Fact]
    public void Help_StatesTheExitCodes()
    {
        var run = Cli.Run("--help");

        Assert.Contains("Exit codes: 0 done; 1 a step the plan does not allow", run.Out, StringComparison.Ordinal);
        Assert.Contains("2 bad input; 3 storage unavailable or damaged", run.Out, StringComparison.Ordinal);
    }

    public void Dispose() => _store.Dispose();

    private static JsonElement AssertError(CliRun run, int exitCode, string code)
    {
        Assert.True(run.ExitCode == exitCode, $"exit {run.ExitCode}, expected {exitCode}; stderr: {run.Error}; stdout: {run.Out}");
        var error = run.Json();
        Assert.Equal(JsonValueKind.Object, error.ValueKind);
        Assert.Equal(code, Text(error, "code"));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetProperty("vi").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetProperty("en").GetString()));
        Assert.Equal(exitCode, error.GetProperty("exitCode").GetInt32());
        // The one error line stays on standard error for scripts that read it.
        Assert.StartsWith("error: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        return error;
    }

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();
}
