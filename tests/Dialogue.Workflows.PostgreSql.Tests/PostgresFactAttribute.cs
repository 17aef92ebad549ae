namespace Dialogue.Workflows.PostgreSql.Tests;

/// <summary>A test that needs the PostgreSQL server: skipped, with the reason, when <c>DIALOGUE_POSTGRES</c> is missing outside CI.</summary>
/// <remarks>xunit 2 has no skipping from inside a test, so the decision is taken when the attribute is made, at discovery.</remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresEnvironment.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
