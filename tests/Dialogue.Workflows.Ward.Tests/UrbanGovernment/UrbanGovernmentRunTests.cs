using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Events;
using Dialogue.Workflows.Ward.UrbanGovernment;
using NodaTime;

namespace Dialogue.Workflows.Ward.Tests.UrbanGovernment;

/// <summary>An urban-government plan run through the engine on a fake clock: both sessions, petitions, reports to the district, completion.</summary>
public sealed class UrbanGovernmentRunTests
{
    private static readonly Actor Office = UrbanGovernmentActors.Clerk;
    private static readonly Actor OfficeByOrder = UrbanGovernmentActors.ClerkByOrder;
    private static readonly Actor Chairman = UrbanGovernmentActors.Chairman;
    private static readonly Actor Radio = UrbanGovernmentActors.Radio;

    private static readonly string[] AfterTasks =
        ["office-report", "office-follow-up", "specialists-answers", "culture-news", "finance-settlement", "front-explain-after"];

    private static LocalDate Day(int month, int day) => new(2024, month, day);

    [Fact]
    public async Task Run_JuneAndNovemberSessions_GoFromCreationToCompletion()
    {
        var ward = new PlanTypeHarness(new UrbanGovernmentPlanType(), Day(3, 25));
        await ward.CreateAsync(Office);
        await ward.RunAsync(new IssuePlan { By = Chairman });
        await ward.RunAsync(new CompleteTask { By = Office, Task = "office-plan" });

        // The pilot's minimum of two sessions a year: neither may be cancelled while only two are planned.
        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => ward.RunAsync(new CancelSession { By = Chairman, Session = "session-2", Reason = "Trùng lịch" }));
        Assert.Equal(("session.minimum-per-year", true), (refused.Rule, refused.AllowsDeviation));

        // June: scheduled, announced on the ward radio (I.2, III.2), held.
        await ward.RunAsync(Day(5, 27), new ScheduleSession { By = Chairman, Session = "session-1", Date = Day(6, 20) });
        await ward.RunAsync(Day(6, 10), new AnnounceSession { By = Radio, Session = "session-1" });
        await ward.RunAsync(new CompleteTask { By = Radio, Task = "radio-announcement@session-1" });
        await ward.RunAsync(Day(6, 20), new HoldSession { By = Chairman, Session = "session-1" });

        // II.6 item 4: the people speak; one petition is answered on the spot, one taken up and answered later in writing (III.1).
        await ward.RunAsync(new ReceivePetition { By = Office, Session = "session-1", Subject = "Đề nghị lắp đèn chiếu sáng ngõ 12 Lê Hồng Phong", Petitioner = "Ông T.V.A.", Channel = PetitionChannel.AtSession });
        await ward.RunAsync(new ClassifyPetition { By = Office, Petition = "P-001", Category = PetitionCategory.Petition });
        await ward.RunAsync(new AnswerPetition { By = Chairman, Petition = "P-001", Mode = AnswerMode.AtSession, Summary = "Lắp đặt trong quý III/2024" });
        await ward.RunAsync(new ReceivePetition { By = Office, Session = "session-1", Subject = "Phản ánh ngập úng khi mưa lớn tại tổ dân phố 5", Petitioner = "Bà L.T.B.", Address = "Tổ dân phố 5", Channel = PetitionChannel.AtSession });
        await ward.RunAsync(new ClassifyPetition { By = Office, Petition = "P-002", Category = PetitionCategory.Report });
        await ward.RunAsync(new AssignPetition { By = Office, Petition = "P-002", Unit = "specialists" });

        // The report needs the conclusion first (II.6 item 6: the chair concludes).
        var blocked = await Assert.ThrowsAsync<ActionBlockedException>(() => ward.RunAsync(new ReportSession { By = OfficeByOrder, Session = "session-1" }));
        Assert.Equal("session.conclusion-required", Assert.Single(blocked.Reasons).Code);
        await ward.RunAsync(new ConcludeSession { By = Chairman, Session = "session-1" });

        // Closing needs the report to the four district recipients (III.1).
        blocked = await Assert.ThrowsAsync<ActionBlockedException>(() => ward.RunAsync(new CloseSession { By = Chairman, Session = "session-1" }));
        Assert.Contains(blocked.Reasons, r => r.Code == "session.report-required");
        var plan = await ward.RunAsync(Day(6, 25), new ReportSession { By = OfficeByOrder, Session = "session-1" });
        Assert.Equal(["Thường trực HĐND quận Hà Đông", "UBND quận Hà Đông", "Chủ tịch UBND quận Hà Đông", "Tổ đại biểu HĐND quận Hà Đông"],
            plan.Session("session-1").ReportedTo);

        // III.1: the specialist sections draft the written answer; the chairman gives it.
        await ward.RunAsync(Day(7, 2), new AnswerPetition { By = Chairman, Petition = "P-002", Mode = AnswerMode.InWriting, Summary = "Nạo vét cống thoát nước ngõ 5 trong tháng 7" });
        await ward.RunAsync(new NotifyPetitionResult { By = Office, Petition = "P-002", Channel = "Văn bản gửi tổ dân phố 5" });
        await ward.RunAsync(new ClosePetition { By = Office, Petition = "P-002" });
        await ward.RunAsync(new ClosePetition { By = Office, Petition = "P-001" });
        foreach (var key in AfterTasks)
        {
            await ward.RunAsync(new CompleteTask { By = Office, Task = $"{key}@session-1" });
        }

        plan = await ward.RunAsync(new CloseSession { By = Chairman, Session = "session-1" });
        Assert.Equal(SessionStatus.Closed, plan.Session("session-1").Status);

        // One session held is not enough to complete the year: the November one is still to come.
        blocked = await Assert.ThrowsAsync<ActionBlockedException>(() => ward.RunAsync(new CompletePlan { By = Chairman }));
        Assert.Contains(blocked.Reasons, r => r.Code == "plan.sessions-open");

        // November.
        await ward.RunAsync(Day(10, 28), new ScheduleSession { By = Chairman, Session = "session-2", Date = Day(11, 15) });
        await ward.RunAsync(Day(11, 5), new AnnounceSession { By = Radio, Session = "session-2" });
        await ward.RunAsync(Day(11, 15), new HoldSession { By = Chairman, Session = "session-2" });
        await ward.RunAsync(new ConcludeSession { By = Chairman, Session = "session-2" });
        await ward.RunAsync(Day(11, 20), new ReportSession { By = OfficeByOrder, Session = "session-2" });
        foreach (var key in AfterTasks)
        {
            await ward.RunAsync(new CompleteTask { By = Office, Task = $"{key}@session-2" });
        }

        await ward.RunAsync(new CloseSession { By = Chairman, Session = "session-2" });

        // The year completes once every unit's task is done: the office, the conference's secretary, records them.
        plan = await ward.Engine.GetAsync(ward.PlanId);
        foreach (var task in plan.Tasks.Where(t => t.Status == PlanTaskStatus.Open).Select(t => t.Id).ToList())
        {
            await ward.RunAsync(Day(12, 2), new CompleteTask { By = Office, Task = task });
        }

        plan = await ward.RunAsync(Day(12, 2), new CompletePlan { By = Chairman });

        Assert.Equal(PlanStatus.Completed, plan.Status);
        Assert.Equal([Day(6, 20), Day(11, 15)], plan.Sessions.Select(s => s.HeldOn!.Value));
        Assert.Equal(2, plan.Events.OfType<SessionReported>().Count());
        Assert.True(plan.Petition("P-002").Status == PetitionStatus.Closed && !plan.Petition("P-002").AnsweredLate);
    }

    [Fact]
    public async Task Schedule_WithNoLeadTimeInThePlan_AcceptsAnyFutureDate()
    {
        // The plan sets no notice period (the decree's 7 days are only a note), so a session two days away is not refused.
        var ward = new PlanTypeHarness(new UrbanGovernmentPlanType(), Day(6, 18));
        await ward.CreateAsync(Office);

        var plan = await ward.RunAsync(new ScheduleSession { By = Chairman, Session = "session-1", Date = Day(6, 20) });

        Assert.Equal(Day(6, 20), plan.Session("session-1").Date);
    }

    [Fact]
    public async Task Hold_WithoutTheRadioAnnouncement_IsBlocked()
    {
        // I.2: the programme, content, time and place must be announced on the radio.
        var ward = new PlanTypeHarness(new UrbanGovernmentPlanType(), Day(6, 1));
        await ward.CreateAsync(Office, ("session", "2024-06-20"), ("session", "2024-11-15"));
        await ward.RunAsync(new IssuePlan { By = Chairman });

        var error = await Assert.ThrowsAsync<ActionBlockedException>(() => ward.RunAsync(Day(6, 20), new HoldSession { By = Chairman, Session = "session-1" }));

        Assert.Equal("session.announcement-required", Assert.Single(error.Reasons).Code);
    }
}
