using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Tests.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Dialogue.Workflows.Tests.Hosting;

/// <summary>A host that keeps time with a .NET TimeProvider gives it where the library takes a NodaTime clock.</summary>
public sealed class TimeProviderTests
{
    [Fact]
    public void TimeProviderClock_ReadsTheProvidersInstant()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 6, 3, 2, 0, 0, TimeSpan.Zero));
        var clock = new TimeProviderClock(time);

        time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(Instant.FromUtc(2024, 6, 3, 3, 0), clock.GetCurrentInstant());
    }

    [Fact]
    public async Task UseTimeProvider_PlanCreatedOn3June2024_RecordsTheProvidersInstantAndItsToday()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 6, 3, 2, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddSingleton<IClock>(SystemClock.Instance)
            .AddDialogueWorkflows(b => b.UseTimeProvider(time).UseInMemoryStore().AddPlanType<NeighbourhoodPlanType>());
        await using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<DialogueEngine>();

        var plan = await engine.CreateAsync(new CreatePlan { TypeKey = "neighbourhood", By = EngineFixture.Clerk, Parameters = [new("session", "2024-06-14")] });

        Assert.Equal(Instant.FromUtc(2024, 6, 3, 2, 0), plan.Events[0].At);
        Assert.IsType<TimeProviderClock>(provider.GetRequiredService<IClock>());
    }
}
