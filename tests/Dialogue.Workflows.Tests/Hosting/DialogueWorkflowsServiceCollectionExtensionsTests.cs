using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using Dialogue.Workflows.Tests.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using static Dialogue.Workflows.Tests.Runtime.EngineFixture;

namespace Dialogue.Workflows.Tests.Hosting;

public sealed class DialogueWorkflowsServiceCollectionExtensionsTests
{
    private static readonly LocalDate May20 = new(2024, 5, 20);

    [Fact]
    public async Task AddDialogueWorkflows_InMemoryStoreAndHostPlanType_RunsAPlanEndToEnd()
    {
        var clock = new FakeClock(At(May20));
        var services = new ServiceCollection().AddSingleton<IClock>(clock);
        services.AddDialogueWorkflows(b => b
            .UseInMemoryStore()
            .AddPlanType<NeighbourhoodPlanType>()
            .ConfigureEngine(o => o.CalendarChangePolicy = CalendarChangePolicy.Keep));
        using var provider = Build(services);
        provider.GetRequiredService<IStartupValidator>().Validate();
        var engine = provider.GetRequiredService<DialogueEngine>();

        await engine.CreateAsync(new CreatePlan { TypeKey = "neighbourhood", By = Clerk, PlanId = "plan-1" });
        await engine.ExecuteAsync("plan-1", new IssuePlan { By = Chairman, Document = "45/KH-UBND" });
        clock.Reset(At(new LocalDate(2024, 6, 3)));
        await engine.ExecuteAsync("plan-1", new AnnounceSession { By = Clerk, Session = "s1" });
        var plan = await engine.ExecuteAsync("plan-1", new CompleteTask { By = Clerk, Task = "notice@s1" });

        Assert.Same(engine, provider.GetRequiredService<DialogueEngine>());
        Assert.Equal(PlanStatus.InProgress, plan.Status);
        Assert.Equal(SessionStatus.Announced, plan.Session("s1").Status);
        Assert.False(plan.Task("notice@s1").DoneLate);
        Assert.Same(WorkingCalendar.Default, engine.Calendar);
        Assert.Equal(new LocalDate(2024, 6, 4), plan.Task("notice@s1").Due);
        Assert.Equal(CalendarChangePolicy.Keep, provider.GetRequiredService<IOptions<DialogueEngineOptions>>().Value.CalendarChangePolicy);
        // The events went to the registered store, and another resolution reads them back.
        var store = Assert.IsType<InMemoryEventStore>(provider.GetRequiredService<IEventStore>());
        Assert.Equal(plan.Events.Count, (await store.ReadStreamAsync("plan-1")).Count);
        Assert.Equal(PlanStatus.InProgress, (await engine.GetAsync("plan-1")).Status);
    }

    [Fact]
    public void AddDialogueWorkflows_CalledTwiceWithTheSameConfiguration_RegistersOnce()
    {
        static void Configure(DialogueWorkflowsBuilder b) => b
            .UseInMemoryStore()
            .AddPlanType<NeighbourhoodPlanType>()
            .AddPlanType<NeighbourhoodPlanType>()
            .ConfigureCalendar(TyphoonDayOff)
            .ConfigureEngine(o => o.ConcurrencyRetries = 5);
        var once = new ServiceCollection().AddDialogueWorkflows(Configure);
        var twice = new ServiceCollection().AddDialogueWorkflows(Configure).AddDialogueWorkflows(Configure);

        // The store's registration moves to the end when the second call replaces it; order among different services does not matter.
        Assert.Equal(Describe(once).Order(StringComparer.Ordinal), Describe(twice).Order(StringComparer.Ordinal));
        using var provider = Build(twice);
        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Single(provider.GetServices<IPlanType>());
        Assert.Single(provider.GetServices<IEventStore>());
        // The override was added once, or the calendar would have refused two for one date.
        Assert.Single(provider.GetRequiredService<IOptions<WorkingCalendarOptions>>().Value.Overrides);
        Assert.Equal(5, provider.GetRequiredService<IOptions<DialogueEngineOptions>>().Value.ConcurrencyRetries);
    }

    [Fact]
    public void AddDialogueWorkflows_SameLambdaOverOtherValues_AppliesEach()
    {
        var services = new ServiceCollection();
        foreach (var day in new[] { new LocalDate(2024, 6, 3), new LocalDate(2024, 6, 5) })
        {
            services.AddDialogueWorkflows(b => b.ConfigureCalendar(o => o.Overrides.Add(CalendarOverride.DayOff(day, "Nghỉ"))));
        }

        using var provider = Build(services);

        Assert.Equal(2, provider.GetRequiredService<IOptions<WorkingCalendarOptions>>().Value.Overrides.Count);
    }

    [Fact]
    public void AddDialogueWorkflows_HostRegistrationsBeforeOrAfter_Win()
    {
        var clock = new FakeClock(At(May20));
        var store = new InMemoryEventStore();
        var calendar = new WorkingCalendar(new WorkingCalendarOptions { UseShippedSchedules = false });
        var before = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddSingleton<IEventStore>(store)
            .AddSingleton(calendar)
            .AddDialogueWorkflows(b => b.UseInMemoryStore().AddPlanType<NeighbourhoodPlanType>());
        var after = new ServiceCollection()
            .AddDialogueWorkflows(b => b.UseInMemoryStore().AddPlanType<NeighbourhoodPlanType>())
            .AddSingleton<IClock>(clock)
            .AddSingleton<IEventStore>(store)
            .AddSingleton(calendar);

        foreach (var services in new[] { before, after })
        {
            using var provider = Build(services);
            var engine = provider.GetRequiredService<DialogueEngine>();

            Assert.Same(store, provider.GetRequiredService<IEventStore>());
            Assert.Same(clock, provider.GetRequiredService<IClock>());
            Assert.Same(calendar, engine.Calendar);
        }
    }

    [Fact]
    public async Task AddDialogueWorkflows_HostStoreRegistered_IsTheOneTheEngineWritesTo()
    {
        var store = new InMemoryEventStore();
        var services = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(At(May20)))
            .AddSingleton<IEventStore>(store)
            .AddDialogueWorkflows(b => b.AddPlanType<NeighbourhoodPlanType>());
        using var provider = Build(services);

        await provider.GetRequiredService<DialogueEngine>().CreateAsync(new CreatePlan { TypeKey = "neighbourhood", By = Clerk, PlanId = "plan-1" });

        Assert.Equal(["plan-1"], await store.ListStreamsAsync());
    }

    [Fact]
    public async Task AddDialogueWorkflows_HostLoggerRegistered_IsTheEnginesLogger()
    {
        var logger = new RecordingLogger<DialogueEngine>();
        var services = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(At(May20)))
            .AddSingleton<ILogger<DialogueEngine>>(logger)
            .AddDialogueWorkflows(b => b.UseInMemoryStore().AddPlanType<NeighbourhoodPlanType>());
        using var provider = Build(services);

        await provider.GetRequiredService<DialogueEngine>().CreateAsync(new CreatePlan { TypeKey = "neighbourhood", By = Clerk, PlanId = "plan-1" });

        Assert.Contains("Created plan plan-1 of type neighbourhood@1", logger.Messages);
    }

    [Fact]
    public void AddDialogueWorkflows_NoClockRegistered_UsesTheSystemClock()
    {
        using var provider = Build(new ServiceCollection().AddDialogueWorkflows());

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void UseEventStore_CalledAgain_ReplacesTheEarlierChoice()
    {
        var chosen = new InMemoryEventStore();
        var services = new ServiceCollection()
            .AddDialogueWorkflows(b => b.UseInMemoryStore())
            .AddDialogueWorkflows(b => b.UseEventStore(_ => chosen));
        using var provider = Build(services);

        Assert.Same(chosen, Assert.Single(provider.GetServices<IEventStore>()));
    }

    [Fact]
    public void Resolve_NoStoreRegistered_ThrowsEventStoreNotConfigured()
    {
        var services = new ServiceCollection().AddDialogueWorkflows(b => b.AddPlanType<NeighbourhoodPlanType>());
        using var provider = Build(services);

        var error = Assert.Throws<EventStoreNotConfiguredException>(provider.GetRequiredService<DialogueEngine>);

        Assert.Equal("hosting.no-event-store", error.ErrorCode);
        Assert.Contains("UseInMemoryStore()", error.Message, StringComparison.Ordinal);
        Assert.Contains("UseSqlite(", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(DialogueEngineOptions.ConcurrencyRetries))]
    [InlineData(nameof(DialogueEngineOptions.ApproachingWorkingDays))]
    [InlineData(nameof(DialogueEngineOptions.CalendarChangePolicy))]
    public void StartUp_EngineOptionOutOfRange_FailsNamingIt(string option)
    {
        var services = new ServiceCollection().AddDialogueWorkflows(b => b
            .UseInMemoryStore()
            .AddPlanType<NeighbourhoodPlanType>()
            .ConfigureEngine(o =>
            {
                switch (option)
                {
                    case nameof(DialogueEngineOptions.ConcurrencyRetries): o.ConcurrencyRetries = -1; break;
                    case nameof(DialogueEngineOptions.ApproachingWorkingDays): o.ApproachingWorkingDays = -1; break;
                    default: o.CalendarChangePolicy = (CalendarChangePolicy)99; break;
                }
            }));
        using var provider = Build(services);

        var atStart = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);
        var atResolve = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<DialogueEngine>);

        Assert.Equal(typeof(DialogueEngineOptions), atStart.OptionsType);
        Assert.Contains($"DialogueEngineOptions.{option}", Assert.Single(atStart.Failures), StringComparison.Ordinal);
        Assert.Equal(atStart.Failures, atResolve.Failures);
    }

    [Fact]
    public void StartUp_NoPlanType_FailsSayingHowToAddOne()
    {
        using var provider = Build(new ServiceCollection().AddDialogueWorkflows(b => b.UseInMemoryStore()));

        var error = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Contains("No plan type is registered", Assert.Single(error.Failures), StringComparison.Ordinal);
        Assert.Contains("AddPlanType<T>()", error.Message, StringComparison.Ordinal);
        Assert.Throws<OptionsValidationException>(provider.GetRequiredService<DialogueEngine>);
    }

    [Fact]
    public void StartUp_TwoTypesClaimOneKeyAndVersion_FailsNamingBoth()
    {
        var services = new ServiceCollection().AddDialogueWorkflows(b => b
            .UseInMemoryStore()
            .AddPlanType<NeighbourhoodPlanType>()
            .AddPlanType<ImpostorPlanType>());
        using var provider = Build(services);

        var error = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        var failure = Assert.Single(error.Failures);
        Assert.Contains("neighbourhood@1", failure, StringComparison.Ordinal);
        Assert.Contains(nameof(NeighbourhoodPlanType), failure, StringComparison.Ordinal);
        Assert.Contains(nameof(ImpostorPlanType), failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigureCalendar_WithAnOverride_IsTheCalendarTheEngineCountsOn()
    {
        var services = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(At(May20)))
            .AddDialogueWorkflows(b => b
                .UseInMemoryStore()
                .AddPlanType<NeighbourhoodPlanType>()
                .ConfigureCalendar(o => o.Overrides.Add(CalendarOverride.DayOff(new LocalDate(2024, 6, 5), "Nghỉ do bão", "QĐ 1/QĐ-UBND"))));
        using var provider = Build(services);
        provider.GetRequiredService<IStartupValidator>().Validate();
        var engine = provider.GetRequiredService<DialogueEngine>();

        var plan = await engine.CreateAsync(new CreatePlan { TypeKey = "neighbourhood", By = Clerk, PlanId = "plan-1" });

        Assert.Same(provider.GetRequiredService<WorkingCalendar>(), engine.Calendar);
        Assert.False(engine.Calendar.IsWorkingDay(new LocalDate(2024, 6, 5)));
        // Seven working days strictly before 14 June, without the 5th: 13, 12, 11, 10, 7, 6, 4 → notice by Monday 3 June.
        Assert.Equal(new LocalDate(2024, 6, 3), plan.Task("notice@s1").Due);
    }

    [Fact]
    public void StartUp_CalendarOptionsThatBuildNoCalendar_FailWithTheCalendarsReason()
    {
        var services = new ServiceCollection().AddDialogueWorkflows(b => b
            .UseInMemoryStore()
            .AddPlanType<NeighbourhoodPlanType>()
            .ConfigureCalendar(o =>
            {
                o.Overrides.Add(CalendarOverride.DayOff(new LocalDate(2024, 6, 5), "Nghỉ do bão"));
                o.Overrides.Add(CalendarOverride.WorkingDay(new LocalDate(2024, 6, 5), "Làm bù"));
            }));
        using var provider = Build(services);

        var error = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Equal(typeof(WorkingCalendarOptions), error.OptionsType);
        Assert.Contains("2024-06-05", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    private static void TyphoonDayOff(WorkingCalendarOptions options) =>
        options.Overrides.Add(CalendarOverride.DayOff(new LocalDate(2024, 6, 5), "Nghỉ do bão"));

    private static ServiceProvider Build(IServiceCollection services) =>
        services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    private static List<string> Describe(IServiceCollection services) =>
        [.. services.Select(d => $"{d.ServiceType.FullName} {d.Lifetime} {d.ImplementationType?.FullName ?? d.ImplementationInstance?.GetType().FullName ?? "factory"}")];
}
