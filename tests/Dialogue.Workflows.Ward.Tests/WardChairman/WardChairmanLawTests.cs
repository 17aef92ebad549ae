using Dialogue.Workflows.Runtime;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Dialogue.Workflows.Ward.WardChairman;
using NodaTime;
using static Dialogue.Workflows.Ward.Tests.WardChairman.WardChairmanActors;

namespace Dialogue.Workflows.Ward.Tests.WardChairman;

/// <summary>ward-chairman, Chánh Lộ 2023: no sequence of commands, by anyone, completes the plan with an open duty or a petition without a result.</summary>
public sealed class WardChairmanLawTests
{
    [Property(MaxTest = 25)]
    public Property RandomCommands_NeverCompleteAPlanWithAnOpenDutyOrAnUnansweredPetition() =>
        Prop.ForAll(Gen.ListOf(Gen.Choose(0, 100_000)).Select(l => l.Take(150).ToList()).ToArbitrary(), moves =>
        {
            var harness = new PlanTypeHarness(new WardChairmanPlanType(), new LocalDate(2023, 8, 21));
            harness.CreateAsync(Clerk).GetAwaiter().GetResult();
            return new RandomPlanRun(harness, Actors).RunAsync(moves).GetAwaiter().GetResult();
        });

    [Fact]
    public void SeededRuns_ReachCompletion_AndKeepTheLaw()
    {
        var (held, completed) = RandomPlanRun.Seeded(() =>
        {
            var harness = new PlanTypeHarness(new WardChairmanPlanType(), new LocalDate(2023, 8, 21));
            harness.CreateAsync(Clerk, (WardChairmanPlanType.SessionParameter, "2023-Q4")).GetAwaiter().GetResult();
            return harness;
        }, Actors, runs: 30, seed: 2023);

        Assert.True(held);
        Assert.True(completed > 0, "no run reached a completed plan: the law would go untried");
    }

    private static Actor[] Actors => [Chairman, ViceChairman, Clerk, ClerkByOrder, City, Front, Justice, Police, LandHead];
}
