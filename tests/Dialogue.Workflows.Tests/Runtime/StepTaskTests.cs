using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Events;
using NodaTime;
using static Dialogue.Workflows.Tests.Runtime.EngineFixture;

namespace Dialogue.Workflows.Tests.Runtime;

/// <summary>
/// Tasks an engine step does: in the neighbourhood plan made so, announcing session 1 does the notice
/// task and concluding it issues the conclusion notice — nobody records either twice.
/// </summary>
public sealed class StepTaskTests
{
    private static readonly LocalDate May20 = new(2024, 5, 20);

    [Fact]
    public async Task Announce_OnTime_DoesTheNoticeTaskOnItsDayByTheAnnouncer()
    {
        var fixture = Fixture();
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });
        fixture.Today(new LocalDate(2024, 6, 3));

        var plan = await fixture.RunAsync(new AnnounceSession { By = Clerk, Session = "s1", Document = "15/TB-UBND" });

        var notice = plan.Task("notice@s1");
        Assert.Equal((PlanTaskStatus.Done, new LocalDate(2024, 6, 3), false), (notice.Status, notice.DoneOn, notice.DoneLate));
        var done = Assert.IsType<TaskCompleted>(plan.Events[^1]);
        Assert.Equal((Clerk, "15/TB-UBND"), (done.By, done.Document));
        Assert.Equal(PlanTaskStatus.Open, plan.Task("notice@s2").Status); // the other session's notice waits for its own announcement
    }

    [Fact]
    public async Task Conclude_DoesTheConclusionNotice_UnlessItWasAlreadyRecorded()
    {
        var fixture = Fixture();
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });
        fixture.Today(new LocalDate(2024, 6, 3));
        await fixture.RunAsync(new AnnounceSession { By = Clerk, Session = "s1" });
        fixture.Today(new LocalDate(2024, 6, 14));
        await fixture.RunAsync(new HoldSession { By = Chairman, Session = "s1" });
        fixture.Today(new LocalDate(2024, 6, 17));

        var plan = await fixture.RunAsync(new ConcludeSession { By = Chairman, Session = "s1", Document = "31/TB-UBND" });

        Assert.Equal(new LocalDate(2024, 6, 17), plan.Task("conclusion@s1").DoneOn);
        // The follow-up counts from the conclusion task's day, now known.
        Assert.Equal(new LocalDate(2024, 6, 24), plan.Task("follow-up@s1").Due);
        Assert.Single(plan.Events.OfType<TaskCompleted>(), e => e.Task == "conclusion@s1");
    }

    [Fact]
    public void Validate_ATaskCompletedByAStepThatIsNotASessions_IsAProblemOfTheDefinition()
    {
        var type = new NeighbourhoodPlanType();
        var definition = type.Define(PlanParameters.Bind(type, []));
        var broken = definition with { Tasks = [definition.Tasks[0] with { CompletedBy = PlanAction.AssignPetition }, .. definition.Tasks.Skip(1)] };

        var error = Assert.Throws<PlanDefinitionException>(broken.Validate);
        Assert.Contains(error.Problems, p => p.Contains("not a session's step", StringComparison.Ordinal));
    }

    private static EngineFixture Fixture() => EngineFixture.Variant(May20, d => d with
    {
        Tasks =
        [
            .. d.Tasks.Select(t => t.Key switch
            {
                "notice" => t with { CompletedBy = PlanAction.AnnounceSession },
                "conclusion" => t with { CompletedBy = PlanAction.ConcludeSession },
                _ => t,
            }),
        ],
    });
}
