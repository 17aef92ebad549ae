namespace Dialogue.Workflows.PostgreSql.Tests;

/// <summary>
/// Marks a test class whose tests all need the server, including the plain <c>[Fact]</c>s it inherits
/// from the store contracts, which <see cref="PostgresFactAttribute"/> cannot reach:
/// <see cref="PostgresTestFramework"/> skips them the same way.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;
