using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dialogue.Workflows.Sqlite;

/// <summary>Adds the SQLite store to <see cref="DialogueWorkflowsBuilder"/>.</summary>
public static class SqliteDialogueWorkflowsBuilderExtensions
{
    /// <summary>Keeps plans in a SQLite file, replacing the store an earlier <c>Use…()</c> chose.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="path">The database file; created with its tables when missing, but not its folder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    public static DialogueWorkflowsBuilder UseSqlite(this DialogueWorkflowsBuilder builder, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return builder.UseSqlite(new SqliteEventStoreOptions { Path = path });
    }

    /// <summary>Keeps plans in a SQLite file, replacing the store an earlier <c>Use…()</c> chose.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The file and its settings; validated now, so a mistake shows at registration.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The options are invalid; see <see cref="SqliteEventStoreOptions.Validate"/>.</exception>
    /// <remarks>
    /// The store is one singleton, registered as <see cref="IEventStore"/> through
    /// <see cref="DialogueWorkflowsBuilder.UseEventStore"/> (so <c>UseInMemoryStore().Use…()</c> ends with this
    /// store, and an <see cref="IEventStore"/> the host registers itself still wins) and as
    /// <see cref="SqliteEventStore"/>; it is closed with the service provider.
    /// </remarks>
    public static DialogueWorkflowsBuilder UseSqlite(this DialogueWorkflowsBuilder builder, SqliteEventStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        // A copy, so that changing the caller's object afterwards cannot change the registered store.
        var copy = new SqliteEventStoreOptions
        {
            Path = options.Path,
            ConnectionString = options.ConnectionString,
            BusyTimeout = options.BusyTimeout,
            DurableCommits = options.DurableCommits,
        };
        builder.Services.RemoveAll<SqliteEventStore>();
        // Registered under its own type too, so that a host can call InitializeAsync at start-up.
        builder.Services.AddSingleton(_ => new SqliteEventStore(copy));
        return builder.UseEventStore(services => services.GetRequiredService<SqliteEventStore>());
    }
}
