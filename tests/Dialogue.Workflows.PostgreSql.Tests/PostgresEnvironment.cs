namespace Dialogue.Workflows.PostgreSql.Tests;

/// <summary>
/// Where the PostgreSQL tests find their server: the connection string in <c>DIALOGUE_POSTGRES</c>.
/// Without it they are skipped on a developer's machine, and fail under CI, which must never pass by
/// running none of them.
/// </summary>
internal static class PostgresEnvironment
{
    public const string Variable = "DIALOGUE_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    // CI=true is what our CI sets; some runners set CI=1.
    public static bool IsContinuousIntegration =>
        Environment.GetEnvironmentVariable("CI") is { } ci && (ci == "1" || (bool.TryParse(ci, out var on) && on));

    /// <summary>Why the tests are skipped, or null when they run (a server is named, or CI must fail without one).</summary>
    public static string? SkipReason => ConnectionString is null && !IsContinuousIntegration
        ? $"{Variable} is not set: no PostgreSQL server to test against. Set it to a connection string of a database the tests may create schemas in, or run .ci/run, which starts a server."
        : null;

    /// <summary>The connection string; fails the test when it is missing (only reached under CI, where nothing is skipped).</summary>
    public static string RequireConnectionString()
    {
        if (ConnectionString is { } connectionString)
        {
            return connectionString;
        }

        Assert.Fail($"{Variable} is not set, and CI is true: the PostgreSQL tests are never skipped under CI. .ci/run starts a server and sets {Variable}; check that it did.");
        return null!;
    }
}
