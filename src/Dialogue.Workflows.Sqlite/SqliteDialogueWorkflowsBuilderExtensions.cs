using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dialogue.Workflows.Sqlite;

/// <summary>Adds the SQLite store to <see cref="DialogueWorkflowsBuilder"/>.</summary>
public static class SqliteDialogueWorkflowsBuilderExtensions
{
    /// <summary>Keeps plans in a SQLite file, replacing any store registered before.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="path">The database file; created with its tables when missing, but not its folder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    public static DialogueWorkflowsBuilder UseSqlite(this DialogueWorkflowsBuilder builder, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return builder.UseSqlite(new SqliteEventStoreOptions { Path = path });
    }

    /// <summary>Keeps plans in a SQLite file, replacing any store registered before.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The file and its settings; validated now, so a mistake shows at registration.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The options are invalid; see <see cref="SqliteEventStoreOptions.Validate"/>.</exception>
    /// <remarks>
    /// The store is one singleton, registered as <see cref="IEventStore"/> and as <see cref="SqliteEventStore"/>: its
    /// connections are shared by every caller and closed with the service provider.
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
        builder.Services.RemoveAll<IEventStore>();
        builder.Services.RemoveAll<SqliteEventStore>();
        // Registered under its own type too, so that a host can call InitializeAsync at start-up.
        builder.Services.AddSingleton(_ => new SqliteEventStore(copy));
        builder.Services.AddSingleton<IEventStore>(services => services.GetRequiredService<SqliteEventStore>());
        return builder;
    }
}
