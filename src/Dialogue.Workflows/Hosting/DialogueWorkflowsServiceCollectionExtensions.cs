using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Rules;
using Dialogue.Workflows.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Dialogue.Workflows.Hosting;

/// <summary>Registers Dialogue.Workflows in a host's services.</summary>
public static class DialogueWorkflowsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="DialogueEngine"/> and what it needs: the plan types, the working
    /// calendar, the clock, the store and the engine's settings.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Chooses plan types, store, calendar and settings; nothing more when null.</param>
    /// <returns>The same services, for chaining.</returns>
    /// <remarks>
    /// <para>
    /// Everything is added only if absent, so calling this twice does no harm and a host's own
    /// registration of <see cref="IClock"/>, <see cref="IEventStore"/>, <see cref="WorkingCalendar"/>
    /// or <see cref="PlanTypeRegistry"/> wins, before or after this call. All are singletons.
    /// </para>
    /// <list type="bullet">
    /// <item><description><see cref="PlanTypeRegistry"/>: every registered <see cref="IPlanType"/>.</description></item>
    /// <item><description><see cref="WorkingCalendar"/>: built once from <see cref="WorkingCalendarOptions"/>
    /// (<see cref="DialogueWorkflowsBuilder.ConfigureCalendar"/>); <see cref="WorkingCalendar.Default"/> when not configured.</description></item>
    /// <item><description><see cref="IClock"/>: <see cref="SystemClock.Instance"/>; tests register a <c>FakeClock</c>.</description></item>
    /// <item><description><see cref="IEventStore"/>: none by default. Choose one with
    /// <see cref="DialogueWorkflowsBuilder.UseInMemoryStore"/> or a store package's <c>Use…()</c>; without one,
    /// resolving the engine throws <see cref="EventStoreNotConfiguredException"/>.</description></item>
    /// <item><description><see cref="DialogueEngineOptions"/>: through Microsoft.Extensions.Options
    /// (<see cref="DialogueWorkflowsBuilder.ConfigureEngine"/>).</description></item>
    /// <item><description><see cref="ILogger{TCategoryName}"/>: the host's logging, if it registered any; none otherwise.</description></item>
    /// </list>
    /// <para>
    /// At start-up (<c>ValidateOnStart</c>, run by the generic host or by <see cref="IStartupValidator"/>)
    /// the engine's settings must be in range, at least one plan type must be registered, no two
    /// different plan types may claim one key and version, and the calendar options must build a
    /// calendar; otherwise start-up fails with an <see cref="OptionsValidationException"/> that says
    /// which. The same checks run when the engine is first resolved, for hosts without start-up validation.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// services.AddDialogueWorkflows(b => b
    ///     .UseInMemoryStore()
    ///     .AddPlanType&lt;MyPlanType&gt;()
    ///     .ConfigureEngine(o => o.CalendarChangePolicy = CalendarChangePolicy.Keep));
    ///
    /// var engine = provider.GetRequiredService&lt;DialogueEngine&gt;();
    /// </code>
    /// </example>
    public static IServiceCollection AddDialogueWorkflows(this IServiceCollection services, Action<DialogueWorkflowsBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        // The marker keeps a second call from adding the validators and start-up checks again.
        if (!services.Contains(Marker.Descriptor))
        {
            services.Add(Marker.Descriptor);
            AddCore(services);
        }

        configure?.Invoke(new DialogueWorkflowsBuilder(services));
        return services;
    }

    private static void AddCore(IServiceCollection services)
    {
        services.TryAddSingleton(static sp => new PlanTypeRegistry(sp.GetServices<IPlanType>()));
        services.TryAddSingleton<IClock>(SystemClock.Instance);

        services.TryAddSingleton<CalendarFromOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkingCalendarOptions>, CalendarFromOptions>(
            static sp => sp.GetRequiredService<CalendarFromOptions>()));
        services.AddOptions<WorkingCalendarOptions>().ValidateOnStart();
        // Read through the monitor, whose cached instance is the one start-up validation built the calendar from.
        services.TryAddSingleton(static sp => sp.GetRequiredService<CalendarFromOptions>()
            .Build(sp.GetRequiredService<IOptionsMonitor<WorkingCalendarOptions>>().CurrentValue));

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DialogueEngineOptions>, EngineOptionsValidator>());
        services.AddOptions<DialogueEngineOptions>().ValidateOnStart();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPlanAuthorizationHandler, PlanDefinitionAuthorization>());
        services.TryAddSingleton(CreateAuthorizer);

        services.TryAddSingleton(CreateEngine);
    }

    private static PlanAuthorizer CreateAuthorizer(IServiceProvider services)
    {
        var handlers = services.GetServices<IPlanAuthorizationHandler>().ToList();
        if (handlers.Count > 0)
        {
            return new PlanAuthorizer(handlers);
        }

        // No handler at all runs unchecked only when the host said so; otherwise it is a registration mistake.
        return services.GetService<UncheckedAuthorization>() is not null
            ? PlanAuthorizer.Unchecked
            : throw new InvalidOperationException(
                "No plan authorization handler is registered: add one with AddAuthorizationHandler<T>(), or choose WithoutAuthorization() to run without checks.");
    }

    private static DialogueEngine CreateEngine(IServiceProvider services)
    {
        // The store first: a host that forgot it should be told that, not something that follows from it.
        var store = services.GetService<IEventStore>() ?? throw new EventStoreNotConfiguredException();
        // The options before the registry, so that conflicting plan types surface as a validation failure saying so.
        var options = services.GetRequiredService<IOptions<DialogueEngineOptions>>().Value;
        return new DialogueEngine(
            services.GetRequiredService<PlanTypeRegistry>(),
            store,
            services.GetRequiredService<WorkingCalendar>(),
            services.GetRequiredService<IClock>(),
            options,
            services.GetService<ILogger<DialogueEngine>>(),
            services.GetRequiredService<PlanAuthorizer>(),
            services.GetServices<CommandRule>());
    }

    private sealed class Marker
    {
        public static readonly ServiceDescriptor Descriptor = ServiceDescriptor.Singleton(new Marker());
    }
}
