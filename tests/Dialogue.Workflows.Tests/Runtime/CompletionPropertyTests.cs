using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using FsCheck.Xunit;
using NodaTime;
using static Dialogue.Workflows.Tests.Runtime.EngineFixture;

namespace Dialogue.Workflows.Tests.Runtime;

/// <summary>
/// A plan completes exactly when every duty is done or waived and every petition has a result: runs
/// of a one-session neighbourhood plan in which each duty is done, waived or left open, and each
/// petition answered, rejected, merely classified or left as received, at random.
/// </summary>
public sealed class CompletionPropertyTests
{
    private static readonly string[] Optional = ["notice@s1", "front-summary@s1", "yearly-report"];

    [Property(MaxTest = 120)]
    public void Complete_ThePlan_SucceedsExactlyWhenNoDutyIsOpenAndEveryPetitionHasAResult(byte[] duties, byte[] petitions)
    {
        var fixture = EngineFixture.Variant(new LocalDate(2024, 5, 20),
            d => d with { Sessions = [d.Sessions[0]], Rules = d.Rules with { MinimumSessionsPerYear = 1 } });
        fixture.CreateAsync().GetAwaiter().GetResult();
        Run(fixture, new IssuePlan { By = Chairman });
        var outcomes = petitions.Take(4).Select(p => p % 4).ToList();
        foreach (var (outcome, i) in outcomes.Select((o, i) => (o, i)))
        {
            var id = $"P-{i + 1:000}";
            Run(fixture, new ReceivePetition { By = Clerk, Subject = $"Kiến nghị {i + 1}", Petitioner = "Công dân", Channel = PetitionChannel.Paper });
            if (outcome >= 1)
            {
                Run(fixture, new ClassifyPetition { By = Clerk, Petition = id, Category = PetitionCategory.Petition });
            }

            if (outcome == 2)
            {
                Run(fixture, new AnswerPetition { By = Chairman, Petition = id, Mode = AnswerMode.InWriting, Summary = "Trả lời bằng văn bản" });
            }
            else if (outcome == 3)
            {
                Run(fixture, new RejectPetition { By = Chairman, Petition = id, Reason = RejectionReason.OutOfScope, Explanation = "Ngoài phạm vi" });
            }
        }

        fixture.Today(new LocalDate(2024, 6, 3));
        Run(fixture, new AnnounceSession { By = Clerk, Session = "s1" });
        var choices = Optional.Select((task, i) => (Task: task, Choice: i < duties.Length ? duties[i] % 3 : 0)).ToList();
        foreach (var (task, choice) in choices.Where(c => c.Task != "yearly-report"))
        {
            Settle(fixture, task, choice);
        }

        fixture.Today(new LocalDate(2024, 6, 14));
        Run(fixture, new HoldSession { By = Chairman, Session = "s1" });
        Run(fixture, new ConcludeSession { By = Chairman, Session = "s1" });
        Run(fixture, new CompleteTask { By = Clerk, Task = "conclusion@s1" });
        Run(fixture, new CompleteTask { By = Justice, Task = "follow-up@s1" });
        Run(fixture, new ReportSession { By = Chairman, Session = "s1" });
        Run(fixture, new CloseSession { By = Chairman, Session = "s1" });
        Settle(fixture, "yearly-report", choices[2].Choice);

        var expected = choices.All(c => c.Choice != 2) && outcomes.All(o => o >= 2);
        var completed = true;
        try
        {
            Run(fixture, new CompletePlan { By = Chairman });
        }
        catch (ActionBlockedException blocked)
        {
            completed = false;
            Assert.All(blocked.Reasons, r => Assert.Contains(r.Code, new[] { "plan.tasks-open", "plan.petitions-open" }));
        }

        Assert.Equal(expected, completed);
        var plan = fixture.Engine.GetAsync("plan-1").GetAwaiter().GetResult();
        Assert.Equal(completed, plan.Status == PlanStatus.Completed);
    }

    private static void Settle(EngineFixture fixture, string task, int choice)
    {
        if (choice == 0)
        {
            Run(fixture, new CompleteTask { By = Clerk, Task = task });
        }
        else if (choice == 1)
        {
            Run(fixture, new WaiveTask { By = Chairman, Task = task, Reason = "Không còn cần thiết" });
        }
    }

    private static void Run(EngineFixture fixture, PlanCommand command) => fixture.RunAsync(command).GetAwaiter().GetResult();
}
