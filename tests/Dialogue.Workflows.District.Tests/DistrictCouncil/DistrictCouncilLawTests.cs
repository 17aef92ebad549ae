using Dialogue.Workflows.Runtime;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Dialogue.Workflows.District.Tests.DistrictCouncil.DistrictCouncilFixture;

namespace Dialogue.Workflows.District.Tests.DistrictCouncil;

/// <summary>district-council, Sơn Động 2024: no sequence of commands, by anyone, completes the plan with an open duty or a petition without a result.</summary>
public sealed class DistrictCouncilLawTests
{
    [Property(MaxTest = 25)]
    public Property RandomCommands_NeverCompleteAPlanWithAnOpenDutyOrAnUnansweredPetition() =>
        Prop.ForAll(Gen.ListOf(Gen.Choose(0, 100_000)).Select(l => l.Take(150).ToList()).ToArbitrary(), moves =>
        {
            var harness = new DistrictCouncilFixture(new LocalDate(2024, 4, 1));
            harness.CreateAsync().GetAwaiter().GetResult();
            return new RandomPlanRun(harness, Actors).RunAsync(moves).GetAwaiter().GetResult();
        });

    [Fact]
    public void SeededRuns_ReachCompletion_AndKeepTheLaw()
    {
        var (held, completed) = RandomPlanRun.Seeded(() =>
        {
            var harness = new DistrictCouncilFixture(new LocalDate(2024, 4, 1));
            harness.CreateAsync().GetAwaiter().GetResult();
            return harness;
        }, Actors, runs: 30, seed: 2024);

        Assert.True(held);
        Assert.True(completed > 0, "no run reached a completed plan: the law would go untried");
    }

    private static Actor[] Actors => [Chairman, ViceChairman, Clerk, ClerkByOrder, CommitteeChairman, AgencyHead, AgencyOfficer, FrontOfficer, CommuneOfficer];
}
