using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Rules;
using Dialogue.Workflows.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dialogue.Workflows.Hosting;

/// <summary>
/// Configures Dialogue.Workflows in a host's service collection: which plan types, which store,
/// which calendar. Plan packages and stores add their own methods to it (<c>AddWardPlans()</c>,
/// <c>UseSqlite(…)</c>).
/// </summary>
/// <remarks>
/// <para>
/// Every method can be called more than once with the same effect as once: a plan type is
/// registered once, a later store choice replaces an earlier one, and the same configure delegate
/// given twice is applied once.
/// </para>
/// <para>
/// A package extends the builder with an extension method that registers what it needs in
/// <see cref="Services"/> and, for a store, calls <see cref="UseEventStore"/>; that way the choice
/// of store stays one choice however many packages are referenced.
/// </para>
/// </remarks>
public sealed class DialogueWorkflowsBuilder
{
    /// <summary>Creates a builder over a service collection.</summary>
    /// <param name="services">The host's services.</param>
    public DialogueWorkflowsBuilder(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Services = services;
    }

    /// <summary>The host's services, for extensions that register more.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Registers a plan type.</summary>
    /// <typeparam name="TPlanType">The plan type; it is created once and shared.</typeparam>
    /// <returns>This builder.</returns>
    public DialogueWorkflowsBuilder AddPlanType<TPlanType>()
        where TPlanType : class, IPlanType
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPlanType, TPlanType>());
        return this;
    }

    /// <summary>Keeps time with a .NET <see cref="TimeProvider"/>: the engine's and the monitor's clock becomes a <see cref="TimeProviderClock"/> over it, replacing any <see cref="NodaTime.IClock"/> registered before.</summary>
    /// <param name="timeProvider">The time provider, e.g. <see cref="TimeProvider.System"/> or a test's <c>FakeTimeProvider</c>.</param>
    /// <returns>This builder.</returns>
    /// <example><code>services.AddDialogueWorkflows(b => b.UseTimeProvider(fakeTime).UseInMemoryStore().AddWardPlans());</code></example>
    public DialogueWorkflowsBuilder UseTimeProvider(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        Services.Replace(ServiceDescriptor.Singleton<NodaTime.IClock>(new TimeProviderClock(timeProvider)));
        return this;
    }

    /// <summary>Keeps plans in this process's memory: for tests and short-lived tools.</summary>
    /// <returns>This builder.</returns>
    /// <remarks>Nothing survives the process; see <see cref="InMemoryEventStore"/>.</remarks>
    public DialogueWorkflowsBuilder UseInMemoryStore() => UseEventStore(static _ => new InMemoryEventStore());

    /// <summary>Chooses where plans are kept; store packages call this from their <c>Use…()</c> methods.</summary>
    /// <param name="factory">Creates the store, once: the store is a singleton shared by every engine call.</param>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// A later call replaces the store chosen by an earlier one, so <c>UseInMemoryStore().UseSqlite(…)</c>
    /// ends with SQLite. An <see cref="IEventStore"/> the host registers in its services itself,
    /// before or after, wins over the builder's choice, as every other registration of the host does.
    /// </remarks>
    /// <example>
    /// <code>
    /// public static DialogueWorkflowsBuilder UseMyStore(this DialogueWorkflowsBuilder builder, string connection) =>
    ///     builder.UseEventStore(services => new MyEventStore(connection, services.GetService&lt;ILogger&lt;MyEventStore&gt;&gt;()));
    /// </code>
    /// </example>
    public DialogueWorkflowsBuilder UseEventStore(Func<IServiceProvider, IEventStore> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        EventStoreChoice.Replace(Services, ServiceDescriptor.Singleton(factory));
        return this;
    }

    /// <summary>Sets up the working calendar deadlines are counted on: weekly rest days, schedules, the host's own days off.</summary>
    /// <param name="configure">Changes the options; it starts from the defaults (Saturday and Sunday off, the shipped schedules).</param>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// The calendar is built once, when it is first needed or when options are validated at start-up,
    /// whichever comes first; options that would build no calendar (two overrides on one date) fail
    /// there with an <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>. Without
    /// this call the engine uses <see cref="WorkingCalendar.Default"/>.
    /// </remarks>
    public DialogueWorkflowsBuilder ConfigureCalendar(Action<WorkingCalendarOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        OptionsRegistration.ConfigureOnce(Services, configure);
        return this;
    }

    /// <summary>Sets the engine's settings.</summary>
    /// <param name="configure">Changes the options; it starts from the defaults.</param>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// The settings are checked at start-up (and at the latest when the engine is first resolved); a
    /// value out of range fails with an <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>
    /// that names it.
    /// </remarks>
    public DialogueWorkflowsBuilder ConfigureEngine(Action<DialogueEngineOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        OptionsRegistration.ConfigureOnce(Services, configure);
        return this;
    }

    /// <summary>
    /// Adds the <see cref="DeadlineMonitor"/> hosted service, which notifies the registered
    /// <see cref="IDeadlineNotificationHandler"/>s of approaching and missed deadlines.
    /// </summary>
    /// <param name="configure">Adjusts the interval, the look-ahead, the claim lease and the host name.</param>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// Notifications are recorded in the registered <see cref="Storage.INotificationLedger"/>; without one,
    /// an in-memory ledger is used, which is right for a single host only. Store packages register a
    /// shared ledger. The options are validated when the host starts.
    /// </remarks>
    /// <example><code>services.AddDialogueWorkflows(b => b.UseInMemoryStore().AddDeadlineMonitor(o => o.LeadWorkingDays = 2).AddDeadlineHandler&lt;MailHandler&gt;());</code></example>
    public DialogueWorkflowsBuilder AddDeadlineMonitor(Action<DeadlineMonitorOptions>? configure = null)
    {
        var options = Services.AddOptions<DeadlineMonitorOptions>();
        if (configure is not null && !Services.Any(d => d.ImplementationInstance is ConfigureNamedOptions<DeadlineMonitorOptions> c && c.Action == configure))
        {
            options.Configure(configure);
        }

        options.Validate(o => o.Problems().Count == 0, "DeadlineMonitorOptions are invalid: see DeadlineMonitorOptions.Problems().").ValidateOnStart();
        Services.TryAddSingleton<Storage.INotificationLedger, Storage.InMemoryNotificationLedger>();
        Services.TryAddSingleton<DeadlineMonitor>();
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, DeadlineMonitor>(sp => sp.GetRequiredService<DeadlineMonitor>()));
        return this;
    }

    /// <summary>Registers a handler of deadline notifications (see <see cref="AddDeadlineMonitor"/>).</summary>
    /// <typeparam name="THandler">The handler; created once and shared.</typeparam>
    /// <returns>This builder.</returns>
    public DialogueWorkflowsBuilder AddDeadlineHandler<THandler>()
        where THandler : class, IDeadlineNotificationHandler
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeadlineNotificationHandler, THandler>());
        return this;
    }

    /// <summary>
    /// Adds an authorization handler, asked after the ones already registered (by default the plan's
    /// declared authority): every handler must allow a command.
    /// </summary>
    /// <typeparam name="THandler">The handler, e.g. one that checks the host's directory of users and delegations.</typeparam>
    /// <returns>This builder.</returns>
    /// <example>
    /// <code>
    /// services.AddDialogueWorkflows(b => b.UseSqlite("plans.db").AddWardPlans().AddAuthorizationHandler&lt;DirectoryHandler&gt;());
    /// </code>
    /// </example>
    public DialogueWorkflowsBuilder AddAuthorizationHandler<THandler>()
        where THandler : class, IPlanAuthorizationHandler
    {
        Services.RemoveAll<UncheckedAuthorization>();
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPlanAuthorizationHandler, THandler>());
        return this;
    }

    /// <summary>Replaces every authorization handler, the plan's declared authority included, with the host's own.</summary>
    /// <typeparam name="THandler">The handler that decides alone.</typeparam>
    /// <returns>This builder.</returns>
    public DialogueWorkflowsBuilder ReplaceAuthorization<THandler>()
        where THandler : class, IPlanAuthorizationHandler
    {
        Services.RemoveAll<IPlanAuthorizationHandler>();
        return AddAuthorizationHandler<THandler>();
    }

    /// <summary>Runs without any authorization check: anyone may take any action. Only for hosts that choose it, such as import tools.</summary>
    /// <returns>This builder.</returns>
    public DialogueWorkflowsBuilder WithoutAuthorization()
    {
        Services.RemoveAll<IPlanAuthorizationHandler>();
        Services.TryAddSingleton<UncheckedAuthorization>();
        return this;
    }

    /// <summary>Adds a rule of the host's own to every command it governs; one with a library rule's code replaces that rule.</summary>
    /// <typeparam name="TRule">The rule.</typeparam>
    /// <returns>This builder.</returns>
    /// <example>
    /// <code>
    /// services.AddDialogueWorkflows(b => b.UseSqlite("plans.db").AddWardPlans().AddRule&lt;NoSundaySessions&gt;());
    /// </code>
    /// </example>
    public DialogueWorkflowsBuilder AddRule<TRule>()
        where TRule : CommandRule
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<CommandRule, TRule>());
        return this;
    }
}
