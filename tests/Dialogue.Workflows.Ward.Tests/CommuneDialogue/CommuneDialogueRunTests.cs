using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using static Dialogue.Workflows.Ward.Tests.CommuneDialogue.CommuneDialogueActors;
using static Dialogue.Workflows.Ward.Tests.CommuneDialogue.CommuneDialogueHarness;

namespace Dialogue.Workflows.Ward.Tests.CommuneDialogue;

/// <summary>commune-dialogue plans run through the engine with authority, from creation to completion, on 2027 dates.</summary>
public sealed class CommuneDialogueRunTests
{
    [Fact]
    public async Task Run_Yearly2027_CoChairedAnnouncedHeldPublishedAndReported()
    {
        var commune = New(Day(2027, 2, 22));
        await commune.CreateAsync(Clerk, With(("session", "2027-03-26"), ("former-units", "Xã Phú Lập"), ("former-units", "Xã Phú Thịnh")));
        await commune.RunAsync(new IssuePlan { By = Chairman });

        // Petitions before the session: through the Front and the Council's Standing Committee.
        await commune.RunAsync(Day(2027, 3, 2), new ReceivePetition
        {
            By = Front, Session = Session, Subject = "Đề nghị nâng cấp đường liên ấp 2 – ấp 5", Petitioner = "Ủy ban MTTQ xã (tổng hợp)",
            Channel = PetitionChannel.Collected,
        });
        await commune.RunAsync(
            new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Petition },
            new AssignPetition { By = Clerk, Petition = "P-001", Unit = "departments" },
            new CompleteTask { By = Front, Task = Task("front-gather") });

        // The notice on the mass media, 26/03 − 7 = Friday 19/03/2027: announced on its last day, by the office TL.; the announce does the task.
        var plan = await commune.RunAsync(Day(2027, 3, 19), new AnnounceSession { By = ClerkByOrder, Session = Session });
        Assert.Equal(PlanTaskStatus.Done, plan.Task(Task("notice")).Status);
        Assert.False(plan.Task(Task("notice")).DoneLate);

        // The session, opened by the Council's representative (co-chair); answers at it by the department head, a new petition answered in writing later.
        await commune.RunAsync(Day(2027, 3, 26), new HoldSession { By = CouncilChair, Session = Session });
        await commune.RunAsync(
            new AnswerPetition { By = DepartmentHead, Petition = "P-001", Mode = AnswerMode.AtSession, Summary = "Đưa vào kế hoạch đầu tư công năm 2028" },
            new ReceivePetition { By = Clerk, Session = Session, Subject = "Chậm cấp giấy chứng nhận quyền sử dụng đất", Petitioner = "Ông N.V.C.", Channel = PetitionChannel.AtSession },
            new ClassifyPetition { By = Clerk, Petition = "P-002", Category = PetitionCategory.Petition });
        plan = await commune.RunAsync(new AssignPetition { By = Clerk, Petition = "P-002", Unit = "departments" });
        // Ten working days after Friday 26/03/2027: 29, 30, 31/03, 01, 02, 05, 06, 07, 08, 09/04 → Friday 09/04/2027.
        Assert.Equal(Day(2027, 4, 9), plan.Petition("P-002").AnswerDue);

        // The conclusion notice is the published result: 26/03 + 10 = Monday 05/04/2027; concluded on 01/04 it is on time.
        plan = await commune.RunAsync(Day(2027, 4, 1), new ConcludeSession { By = Chairman, Session = Session });
        Assert.Equal(Day(2027, 4, 5), plan.Task(Task("publish-results")).Due);
        Assert.Equal(PlanTaskStatus.Done, plan.Task(Task("publish-results")).Status);
        Assert.False(plan.Task(Task("publish-results")).DoneLate);

        await commune.RunAsync(Day(2027, 4, 8), new AnswerPetition { By = Chairman, Petition = "P-002", Mode = AnswerMode.InWriting, Summary = "Đã cấp giấy ngày 07/04/2027" });
        await commune.RunAsync(
            new NotifyPetitionResult { By = Clerk, Petition = "P-002", Channel = "Văn bản" },
            new ClosePetition { By = Clerk, Petition = "P-002" },
            new ClosePetition { By = Clerk, Petition = "P-001" });

        // The report to the province does the report task.
        plan = await commune.RunAsync(new ReportSession { By = Chairman, Session = Session, Recipients = ["UBND tỉnh Đồng Nai"] });
        Assert.Equal(PlanTaskStatus.Done, plan.Task(Task("province-report")).Status);

        foreach (var key in new[] { "office-compile", "departments-prepare", "invite-party" })
        {
            await commune.RunAsync(new CompleteTask { By = Clerk, Task = Task(key) });
        }

        await commune.RunAsync(new CloseSession { By = Chairman, Session = Session });
        plan = await commune.RunAsync(new CompletePlan { By = Chairman });

        Assert.Equal(PlanStatus.Completed, plan.Status);
        Assert.Contains(plan.Definition.Notes, n => n.Text.Contains("Xã Phú Lập, Xã Phú Thịnh", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_VoterRequested_HeldAfterTheRequestAndCompleted()
    {
        // 1,250 of 11,800 voters asked on 01/03/2027; the session on Friday 16/04/2027, notice due 16/04 − 7 = Friday 09/04.
        var commune = New(Day(2027, 3, 2));
        var plan = await commune.CreateAsync(Clerk, With(("session", "2027-04-16"), ("trigger", "voter-request"), ("request-date", "2027-03-01"),
            ("requesting-voters", "1250"), ("voters", "11800")));
        Assert.Equal(Day(2027, 4, 9), plan.Task(Task("notice")).Due);

        await commune.RunAsync(new IssuePlan { By = ViceChairman });
        await commune.RunAsync(Day(2027, 4, 5), new AnnounceSession { By = Chairman, Session = Session });
        await commune.RunAsync(Day(2027, 4, 16), new HoldSession { By = Chairman, Session = Session });
        // Held Friday 16/04: + 10 days = Monday 26/04/2027, a working day.
        plan = await commune.RunAsync(new ConcludeSession { By = CouncilViceChair, Session = Session });
        Assert.Equal(Day(2027, 4, 26), plan.Task(Task("publish-results")).Due);

        await commune.RunAsync(new ReportSession { By = ClerkByOrder, Session = Session, Recipients = ["UBND tỉnh Đồng Nai"] });
        foreach (var key in new[] { "front-gather", "office-compile", "departments-prepare", "invite-party" })
        {
            await commune.RunAsync(new CompleteTask { By = Clerk, Task = Task(key) });
        }

        await commune.RunAsync(new CloseSession { By = Chairman, Session = Session });
        plan = await commune.RunAsync(new CompletePlan { By = Chairman });

        Assert.Equal(PlanStatus.Completed, plan.Status);
    }

    [Fact]
    public async Task Announce_AfterTheSevenDays_IsRefusedAsLate()
    {
        // Session Wednesday 01/12/2027: the notice was due Tuesday 23/11 (24/11 is off); announcing on 25/11 is too late.
        var commune = New(Day(2027, 10, 1));
        await commune.CreateAsync(Clerk, With(("session", "2027-12-01")));
        await commune.RunAsync(new IssuePlan { By = Chairman });

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => commune.RunAsync(Day(2027, 11, 25), new AnnounceSession { By = Chairman, Session = Session }));

        Assert.Equal("session.lead-time", error.Rule);
        Assert.Contains("23/11/2027", error.Message, StringComparison.Ordinal);
    }
}
