using Microsoft.Extensions.Configuration;

namespace Dialogue.Workflows.PostgreSql.Tests;

/// <summary>The store's options bind from configuration as a host writes them; nothing here connects to a server.</summary>
public sealed class PostgreSqlOptionsBindingTests
{
    [Fact]
    public void PostgreSqlEventStoreOptions_ConnectionStringAndSchema_Bind()
    {
        var options = new ConfigurationBuilder()
            .AddInMemoryCollection([new("ConnectionString", "Host=db.internal;Database=plans"), new("Schema", "ward_plans")])
            .Build()
            .Get<PostgreSqlEventStoreOptions>()!;

        Assert.Equal(("Host=db.internal;Database=plans", "ward_plans"), (options.ConnectionString, options.Schema));
    }
}
