namespace Dialogue.Workflows.Cli.Tests;

/// <summary>
/// <c>--connection</c> keeps plans on a PostgreSQL server. Needs <c>DIALOGUE_POSTGRES</c> (which
/// <c>.ci/run</c> sets after starting a server): without it the test is a no-op locally and fails under CI.
/// </summary>
public sealed class PostgreSqlConnectionTests
{
    [Fact]
    public void Connection_PlanRecordedOnPostgreSql_IsReadBackByLaterCommands()
    {
        var connection = Environment.GetEnvironmentVariable("DIALOGUE_POSTGRES");
        if (string.IsNullOrWhiteSpace(connection))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") is "true" or "1",
                "DIALOGUE_POSTGRES is not set: under CI the PostgreSQL server must be running (.ci/run starts one).");
            return;
        }

        var id = $"cli-{Guid.NewGuid():N}"[..16];
        Cli.Run("plan", "new", "ward-chairman", "--session", "2023-09-15", "--id", id, "--today", "2023-08-20", "--unit", "office", "--connection", connection).AssertOk();
        Cli.Run(["plan", "issue", id, "--doc", "45/KH-UBND", "--today", "2023-08-21", "--connection", connection, .. PlanStore.Chairman]).AssertOk();

        var shown = Cli.Run("plan", "show", id, "--json", "--today", "2023-08-21", "--connection", connection);

        Assert.Equal(0, shown.ExitCode);
        Assert.Equal("issued", shown.Json().GetProperty("status").GetString());
        Assert.Contains(id, Cli.Run("plan", "list", "--connection", connection).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Connection_TogetherWithDb_IsMalformedInput() =>
        Cli.Run("plan", "list", "--db", "x.db", "--connection", "Host=127.0.0.1").AssertBadInput("--connection", "--db");

    [Fact]
    public void Connection_Malformed_IsMalformedInputNamingTheOption() =>
        Cli.Run("plan", "list", "--connection", "Host=127.0.0.1;Port=notaport").AssertBadInput("--connection", "malformed");

    [Fact]
    public void Connection_MalformedInTheEnvironment_IsMalformedInputNamingTheVariable() =>
        Cli.RunWithEnvironment(new Dictionary<string, string> { ["DIALOGUE_CONNECTION"] = "garbage" }, "plan", "list").AssertBadInput("DIALOGUE_CONNECTION", "malformed");
}
