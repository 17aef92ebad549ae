using Dialogue.Workflows.Ward.CommuneDialogue;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Dialogue.Workflows.Ward.Tests.CommuneDialogue.CommuneDialogueActors;

namespace Dialogue.Workflows.Ward.Tests.CommuneDialogue;

/// <summary>commune-dialogue, 2027: no sequence of commands, by anyone, completes the plan with an open duty or a petition without a result.</summary>
public sealed class CommuneDialogueLawTests
{
    [Property(MaxTest = 25)]
    public Property RandomCommands_NeverCompleteAPlanWithAnOpenDutyOrAnUnansweredPetition() =>
        Prop.ForAll(Gen.ListOf(Gen.Choose(0, 100_000)).Select(l => l.Take(150).ToList()).ToArbitrary(), moves =>
        {
            var harness = new PlanTypeHarness(new CommuneDialoguePlanType(), new NodaTime.LocalDate(2027, 2, 22));
            harness.CreateAsync(Clerk, CommuneDialogueHarness.With(("session", "2027-03-26"))).GetAwaiter().GetResult();
            return new RandomPlanRun(harness, [Chairman, ViceChairman, CouncilChair, Clerk, ClerkByOrder, Front, PartySecretary, DepartmentHead])
                .RunAsync(moves).GetAwaiter().GetResult();
        });
}
