using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;
using NodaTime;
using static Dialogue.Workflows.Tests.Runtime.EngineFixture;

namespace Dialogue.Workflows.Tests.Runtime;

/// <summary>
/// Every trigger a state does not allow, in every state a session and a petition can reach, raises
/// <see cref="InvalidTransitionException"/> naming that state, and writes nothing.
/// </summary>
public sealed class IllegalTransitionTests
{
    private static readonly LocalDate June14 = new(2024, 6, 14);

    // AnsweredInWriting cannot be reached by the neighbourhood plan, which does not allow written answers instead of a session.
    public static TheoryData<SessionStatus> SessionStates => new(Enum.GetValues<SessionStatus>().Where(s => s != SessionStatus.AnsweredInWriting));

    public static TheoryData<PetitionStatus> PetitionStates => new(Enum.GetValues<PetitionStatus>());

    [Theory]
    [MemberData(nameof(SessionStates))]
    public async Task SessionCommand_NotAllowedInState_IsAnInvalidTransition(SessionStatus state)
    {
        var fixture = await SessionIn(state);
        var plan = await fixture.Engine.GetAsync("plan-1");
        Assert.Equal(state, plan.Session("s1").Status);

        foreach (var trigger in Enum.GetValues<SessionTrigger>().Where(t => !StateMachines.Session.TryMove(state, t, out _)))
        {
            var error = await Assert.ThrowsAsync<InvalidTransitionException>(() => fixture.RunAsync(SessionCommand(trigger)));
            Assert.Equal((state.ToString(), trigger.ToString(), "s1"), (error.State, error.Trigger, error.EntityId));
        }

        Assert.Equal(plan.Version, (await fixture.Engine.GetAsync("plan-1")).Version);
    }

    [Theory]
    [MemberData(nameof(PetitionStates))]
    public async Task PetitionCommand_NotAllowedInState_IsAnInvalidTransition(PetitionStatus state)
    {
        var fixture = await PetitionIn(state);
        var plan = await fixture.Engine.GetAsync("plan-1");
        Assert.Equal(state, plan.Petition("P-001").Status);

        foreach (var trigger in Enum.GetValues<PetitionTrigger>().Where(t => !StateMachines.Petition.TryMove(state, t, out _)))
        {
            var error = await Assert.ThrowsAsync<InvalidTransitionException>(() => fixture.RunAsync(PetitionCommand(trigger)));
            Assert.Equal((state.ToString(), trigger.ToString(), EntityKind.Petition), (error.State, error.Trigger, error.Entity));
        }
    }

    private static async Task<EngineFixture> SessionIn(SessionStatus state)
    {
        var fixture = new EngineFixture(new LocalDate(2024, 5, 20));
        await fixture.CreateAsync(("session", state == SessionStatus.Planned ? "2024-Q3" : "2024-06-14"), ("session", "2024-11-15"), ("session", "2024-12-13"));
        await fixture.RunAsync(new IssuePlan { By = Chairman });
        switch (state)
        {
            case SessionStatus.Postponed:
                await fixture.RunAsync(new PostponeSession { By = Chairman, Session = "s1", Reason = "Bão" });
                break;
            case SessionStatus.Cancelled:
                await fixture.RunAsync(new CancelSession { By = Chairman, Session = "s1", Reason = "Bão" });
                break;
            case >= SessionStatus.Announced and <= SessionStatus.Closed:
                await fixture.RunAsync(new AnnounceSession { By = Clerk, Session = "s1" });
                if (state == SessionStatus.Announced)
                {
                    break;
                }

                fixture.Today(June14);
                await fixture.RunAsync(new HoldSession { By = Chairman, Session = "s1" });
                if (state >= SessionStatus.Concluded)
                {
                    await fixture.RunAsync(new ConcludeSession { By = Chairman, Session = "s1" });
                }

                if (state >= SessionStatus.Reported)
                {
                    await fixture.RunAsync(new ReportSession { By = Clerk, Session = "s1" });
                }

                if (state == SessionStatus.Closed)
                {
                    await fixture.RunAsync(new CompleteTask { By = Clerk, Task = "conclusion@s1" });
                    await fixture.RunAsync(new CompleteTask { By = Clerk, Task = "follow-up@s1" });
                    await fixture.RunAsync(new CloseSession { By = Clerk, Session = "s1" });
                }

                break;
        }

        return fixture;
    }

    private static async Task<EngineFixture> PetitionIn(PetitionStatus state)
    {
        var fixture = new EngineFixture(new LocalDate(2024, 5, 22));
        await fixture.CreateAsync();
        await fixture.RunAsync(new ReceivePetition { By = Clerk, Session = "s1", Subject = "Đèn đường", Petitioner = "Ông A", Channel = PetitionChannel.Paper });
        if (state == PetitionStatus.Received)
        {
            return fixture;
        }

        if (state == PetitionStatus.Rejected || (state >= PetitionStatus.ResultNotified))
        {
            await fixture.RunAsync(new RejectPetition { By = Clerk, Petition = "P-001", Reason = RejectionReason.OutOfScope, Explanation = "x" });
            if (state >= PetitionStatus.ResultNotified)
            {
                await fixture.RunAsync(new NotifyPetitionResult { By = Clerk, Petition = "P-001" });
            }

            if (state == PetitionStatus.Closed)
            {
                await fixture.RunAsync(new ClosePetition { By = Clerk, Petition = "P-001" });
            }

            return fixture;
        }

        await fixture.RunAsync(new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Petition });
        PlanCommand? next = state switch
        {
            PetitionStatus.Assigned => new AssignPetition { By = Clerk, Petition = "P-001", Unit = "office" },
            PetitionStatus.Answered => new AnswerPetition { By = Clerk, Petition = "P-001", Mode = AnswerMode.InWriting, Summary = "x" },
            PetitionStatus.Redirected => new RedirectPetition { By = Clerk, Petition = "P-001", CompetentBody = "UBND quận", Guidance = "x" },
            PetitionStatus.Escalated => new EscalatePetition { By = Clerk, Petition = "P-001", To = "UBND quận" },
            _ => null,
        };
        if (next is not null)
        {
            await fixture.RunAsync(next);
        }

        return fixture;
    }

    private static PlanCommand SessionCommand(SessionTrigger trigger) => trigger switch
    {
        SessionTrigger.Schedule => new ScheduleSession { By = Chairman, Session = "s1", Date = new LocalDate(2024, 9, 20) },
        SessionTrigger.Reschedule => new RescheduleSession { By = Chairman, Session = "s1", NewDate = new LocalDate(2024, 9, 20), Reason = "x" },
        SessionTrigger.Postpone => new PostponeSession { By = Chairman, Session = "s1", Reason = "x" },
        SessionTrigger.Cancel => new CancelSession { By = Chairman, Session = "s1", Reason = "x" },
        SessionTrigger.Announce => new AnnounceSession { By = Clerk, Session = "s1" },
        SessionTrigger.Hold => new HoldSession { By = Chairman, Session = "s1" },
        SessionTrigger.AnswerInWriting => new AnswerSessionInWriting { By = Chairman, Session = "s1", Reason = "x" },
        SessionTrigger.Conclude => new ConcludeSession { By = Chairman, Session = "s1" },
        SessionTrigger.Report => new ReportSession { By = Clerk, Session = "s1" },
        _ => new CloseSession { By = Clerk, Session = "s1" },
    };

    private static PlanCommand PetitionCommand(PetitionTrigger trigger) => trigger switch
    {
        PetitionTrigger.Classify => new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Report },
        PetitionTrigger.Assign => new AssignPetition { By = Clerk, Petition = "P-001", Unit = "office" },
        PetitionTrigger.Answer => new AnswerPetition { By = Clerk, Petition = "P-001", Mode = AnswerMode.InWriting, Summary = "x" },
        PetitionTrigger.Redirect => new RedirectPetition { By = Clerk, Petition = "P-001", CompetentBody = "x", Guidance = "x" },
        PetitionTrigger.Escalate => new EscalatePetition { By = Clerk, Petition = "P-001", To = "x" },
        PetitionTrigger.Reject => new RejectPetition { By = Clerk, Petition = "P-001", Reason = RejectionReason.OutOfScope, Explanation = "x" },
        PetitionTrigger.Notify => new NotifyPetitionResult { By = Clerk, Petition = "P-001" },
        _ => new ClosePetition { By = Clerk, Petition = "P-001" },
    };
}
