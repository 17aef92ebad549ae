using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dialogue.Workflows.PostgreSql;

/// <summary>Adds the PostgreSQL store to <see cref="DialogueWorkflowsBuilder"/>.</summary>
public static class PostgreSqlDialogueWorkflowsBuilderExtensions
{
    /// <summary>Keeps plans in a PostgreSQL database, in the default schema, replacing the store an earlier <c>Use…()</c> chose.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The connection string is missing or malformed.</exception>
    public static DialogueWorkflowsBuilder UsePostgreSql(this DialogueWorkflowsBuilder builder, string connectionString) =>
        builder.UsePostgreSql(new PostgreSqlEventStoreOptions { ConnectionString = connectionString });

    /// <summary>Keeps plans in a PostgreSQL database, replacing the store an earlier <c>Use…()</c> chose.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The database and schema; validated now, so a mistake shows at registration.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The options are invalid; see <see cref="PostgreSqlEventStoreOptions.Validate"/>.</exception>
    /// <remarks>
    /// The store is one singleton, registered as <see cref="IEventStore"/> through
    /// <see cref="DialogueWorkflowsBuilder.UseEventStore"/> (so <c>UseInMemoryStore().Use…()</c> ends with this
    /// store, and an <see cref="IEventStore"/> the host registers itself still wins) and as
    /// <see cref="PostgreSqlEventStore"/>; it is closed with the service provider. The deadline monitor's
    /// <see cref="INotificationLedger"/> is a <see cref="PostgreSqlNotificationLedger"/> in the same schema, replacing
    /// any ledger registered before, so that every host on the database delivers a notification once, whether
    /// <c>AddDeadlineMonitor</c> is called before or after this.
    /// </remarks>
    public static DialogueWorkflowsBuilder UsePostgreSql(this DialogueWorkflowsBuilder builder, PostgreSqlEventStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        // A copy, so that changing the caller's object afterwards cannot change the registered store.
        var copy = new PostgreSqlEventStoreOptions { ConnectionString = options.ConnectionString, Schema = options.Schema };
        builder.Services.RemoveAll<PostgreSqlEventStore>();
        // Registered under its own type too, so that a host can call InitializeAsync at start-up.
        builder.Services.AddSingleton(_ => new PostgreSqlEventStore(copy));
        // Replace, not TryAdd: AddDeadlineMonitor may already have registered the in-memory ledger, which is per process.
        builder.Services.Replace(ServiceDescriptor.Singleton<INotificationLedger>(services => new PostgreSqlNotificationLedger(services.GetRequiredService<PostgreSqlEventStore>())));
        return builder.UseEventStore(services => services.GetRequiredService<PostgreSqlEventStore>());
    }
}
