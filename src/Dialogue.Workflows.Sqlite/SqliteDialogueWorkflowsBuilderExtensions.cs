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
    /// <see cref="SqliteEventStore"/>; it is closed with the service provider. The deadline monitor's
    /// <see cref="INotificationLedger"/> is a <see cref="SqliteNotificationLedger"/> in the same file, replacing any
    /// ledger registered before, so that every host on the file delivers a notification once, whether
    /// <c>AddDeadlineMonitor</c> is called before or after this.
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
        // Replace, not TryAdd: AddDeadlineMonitor may already have registered the in-memory ledger, which is per process.
        builder.Services.Replace(ServiceDescriptor.Singleton<INotificationLedger>(services => new SqliteNotificationLedger(services.GetRequiredService<SqliteEventStore>())));
        return builder.UseEventStore(services => services.GetRequiredService<SqliteEventStore>());
    }
}
