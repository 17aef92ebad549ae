using Microsoft.Extensions.Configuration;

namespace Dialogue.Workflows.Sqlite.Tests;

/// <summary>The store's options bind from configuration as a host writes them.</summary>
public sealed class SqliteOptionsBindingTests
{
    [Fact]
    public void SqliteEventStoreOptions_PathTimeoutAndSwitches_Bind()
    {
        var options = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Path", "plans.db"), new("BusyTimeout", "00:00:10"), new("DurableCommits", "false"), new("ReadOnly", "true")])
            .Build()
            .Get<SqliteEventStoreOptions>()!;

        Assert.Equal(("plans.db", TimeSpan.FromSeconds(10), false, true), (options.Path, options.BusyTimeout, options.DurableCommits, options.ReadOnly));
    }
}
