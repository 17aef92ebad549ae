using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using Dialogue.Workflows.StoreContract;
using FsCheck.Xunit;
using NodaTime;
using static Dialogue.Workflows.Tests.Runtime.EngineFixture;

namespace Dialogue.Workflows.Tests.Runtime;

/// <summary>
/// A snapshot taken at any version k of a neighbourhood plan, with the events after k folded on it, is the plan a replay of every
/// event gives: runs of random commands (petitions received, classified, forwarded, answered or rejected; duties done, waived or
/// extended; sessions announced, held, concluded, moved, postponed, cancelled or added; days passing), each refused one skipped.
/// </summary>
public sealed class SnapshotPropertyTests
{
    [Property(MaxTest = 40)]
    public void Snapshot_AtAnyVersion_WithTheEventsAfterIt_IsTheFullReplay(byte[] script)
    {
        var fixture = new EngineFixture(new LocalDate(2024, 5, 20), options: new DialogueEngineOptions { SnapshotEvery = 0 });
        fixture.CreateAsync().GetAwaiter().GetResult();
        for (var i = 0; i + 1 < script.Length && i < 120; i += 2)
        {
            if (Command(script[i], script[i + 1], fixture) is { } command)
            {
                try
                {
                    fixture.RunAsync(command).GetAwaiter().GetResult();
                }
                catch (DialogueWorkflowException)
                {
                    // A command the plan refuses records nothing: the run goes on.
                }
            }
        }

        var loader = new DialogueEngine(new PlanTypeRegistry([fixture.PlanType]), fixture.Store, WorkingCalendar.Default, fixture.Clock);
        var snapshots = (ISnapshotStore)fixture.Store;
        var full = loader.GetAsync("plan-1").GetAwaiter().GetResult();
        var today = VietnamTime.Today(fixture.Clock.GetCurrentInstant());
        for (var k = 1L; k <= full.Version; k++)
        {
            var atK = fixture.Engine.ReplayToAsync("plan-1", k).GetAwaiter().GetResult();
            Assert.True(snapshots.WriteSnapshotAsync(new StreamSnapshot("plan-1", k, DialogueEngine.SnapshotFormat, atK.TypeKey, atK.TypeVersion, loader.SnapshotBody(atK)))
                .GetAwaiter().GetResult());

            var fast = loader.GetCurrentAsync("plan-1").GetAwaiter().GetResult();

            Assert.Equal(k + 1, fast.EventsFrom);
            EventStoreContract.AssertSameState(loader, full, fast, today);
        }
    }

    private static PlanCommand? Command(byte what, byte which, EngineFixture fixture)
    {
        var petition = $"P-{which % 4 + 1:000}";
        var session = (which % 3) switch { 0 => "s1", 1 => "s2", _ => "adhoc-1" };
        string[] tasks = ["notice@s1", "front-summary@s1", "conclusion@s1", "follow-up@s1", "notice@s2", "yearly-report", $"answer@{petition}"];
        var task = tasks[which % tasks.Length];
        switch (what % 17)
        {
            case 0: return new IssuePlan { By = Chairman };
            case 1: return new ReceivePetition { By = Clerk, Subject = $"Kiến nghị {which}", Petitioner = "Công dân", Channel = PetitionChannel.Paper };
            case 2: return new ClassifyPetition { By = Clerk, Petition = petition, Category = PetitionCategory.Petition, Domain = "admin" };
            case 3: return new AssignPetition { By = Clerk, Petition = petition, Unit = which % 2 == 0 ? "chairman" : "justice" };
            case 4: return new AnswerPetition { By = Chairman, Petition = petition, Mode = AnswerMode.InWriting, Summary = "Trả lời bằng văn bản" };
            case 5: return new RejectPetition { By = Chairman, Petition = petition, Reason = RejectionReason.OutOfScope, Explanation = "Ngoài phạm vi" };
            case 6: return new CompleteTask { By = Clerk, Task = task };
            case 7: return new WaiveTask { By = Chairman, Task = task, Reason = "Không còn cần thiết" };
            case 8: return new ExtendDeadline { By = Chairman, Task = task, NewDue = new LocalDate(2024, 12, 2), Reason = "Gia hạn" };
            case 9: return new AnnounceSession { By = Clerk, Session = session };
            case 10: return new HoldSession { By = Chairman, Session = session };
            case 11: return new ConcludeSession { By = Chairman, Session = session };
            case 12: return new RescheduleSession { By = Chairman, Session = session, NewDate = new LocalDate(2024, 11, 22), Reason = "Trùng lịch" };
            case 13: return new PostponeSession { By = Chairman, Session = session, Reason = "Chờ khảo sát" };
            case 14: return new AddAdHocSession { By = Chairman, Title = "Đối thoại đột xuất", Date = new LocalDate(2024, 7, 5) };
            case 15: return new CancelSession { By = Chairman, Session = session, Reason = "Đã giải quyết" };
            default:
                fixture.Today(VietnamTime.Today(fixture.Clock.GetCurrentInstant()).PlusDays(which % 20 + 1));
                return null;
        }
    }
}
