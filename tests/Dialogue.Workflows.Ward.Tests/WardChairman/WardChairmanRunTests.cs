using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Ward.WardChairman;
using NodaTime;

namespace Dialogue.Workflows.Ward.Tests.WardChairman;

/// <summary>A ward-chairman plan run through the engine on a fake clock, from creation to completion.</summary>
public sealed class WardChairmanRunTests
{
    private const string Session = "session-1";

    private static readonly Actor Clerk = WardChairmanActors.Clerk;
    private static readonly Actor Chairman = WardChairmanActors.Chairman;
    private static readonly Actor City = WardChairmanActors.City;
    private static readonly Actor Front = WardChairmanActors.Front;

    private static LocalDate Day(int month, int day) => new(2023, month, day);

    [Fact]
    public async Task Run_QuarterThreePlanHeldOn15September_GoesFromCreationToCompletion()
    {
        var ward = new PlanTypeHarness(new WardChairmanPlanType(), Day(8, 21));
        var plan = await ward.CreateAsync(Clerk);
        Assert.Equal(SessionStatus.Planned, plan.Session(Session).Status);
        Assert.Null(plan.Task($"front-summary@{Session}").Due);

        await ward.RunAsync(new IssuePlan { By = Chairman });
        // II.2: the chairman picks the scope; II.4: the date is fixed. Every ten-day submission becomes due on 05/09.
        await ward.RunAsync(new CompleteTask { By = Chairman, Task = $"chairman-scope@{Session}" });
        plan = await ward.RunAsync(new ScheduleSession { By = Chairman, Session = Session, Date = Day(9, 15), Venue = "Hội trường UBND phường" });
        Assert.Equal(SessionStatus.Scheduled, plan.Session(Session).Status);
        Assert.Equal(Day(9, 5), plan.Task($"front-summary@{Session}").Due);
        Assert.Equal(Day(9, 5), plan.Task($"group-8-report@{Session}").Due);
        Assert.Equal(Day(9, 5), plan.Task($"city-notice@{Session}").Due);

        // IV.1: the Front collects the people's petitions and sends its summary through the office.
        await ward.RunAsync(Day(8, 28), new ReceivePetition
        {
            By = Front, Session = Session, Subject = "Đề nghị sửa chữa tuyến đường bê tông trong khu dân cư", Petitioner = "Ủy ban MTTQ phường (tổng hợp)",
            Channel = PetitionChannel.Collected,
        });
        await ward.RunAsync(new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Petition });
        plan = await ward.RunAsync(new AssignPetition { By = Clerk, Petition = "P-001", Unit = "construction" });
        Assert.Null(plan.Petition("P-001").AnswerDue); // the plan sets no answer deadline
        await ward.RunAsync(new CompleteTask { By = Front, Task = $"front-summary@{Session}" });
        await ward.RunAsync(new CompleteTask { By = Clerk, Task = $"office-classify@{Session}" });

        // II.4: the city announces on the last day the 7-working-day rule allows; the submissions arrive the same day, one group a day late.
        await ward.RunAsync(Day(9, 5), new AnnounceSession { By = City, Session = Session });
        await ward.RunAsync(new CompleteTask { By = City, Task = $"city-notice@{Session}" });
        foreach (var key in new[] { "justice-report", "land-report", "construction-report", "labour-report" }
            .Concat(Enumerable.Range(1, 7).Select(n => $"group-{n}-report")))
        {
            await ward.RunAsync(new CompleteTask { By = Clerk, Task = $"{key}@{Session}" });
        }

        plan = await ward.RunAsync(Day(9, 6), new CompleteTask { By = Clerk, Task = $"group-8-report@{Session}" });
        Assert.True(plan.Task($"group-8-report@{Session}").DoneLate);
        Assert.False(plan.Task($"city-notice@{Session}").DoneLate);
        Assert.Equal(PlanStatus.InProgress, plan.Status);

        // The session: the land petition is answered there; a complaint raised at the session (II.1 allows complaints) is answered in writing.
        await ward.RunAsync(Day(9, 15), new HoldSession { By = Chairman, Session = Session });
        await ward.RunAsync(new AnswerPetition { By = Chairman, Petition = "P-001", Mode = AnswerMode.AtSession, Summary = "Đưa vào kế hoạch sửa chữa quý IV/2023" });
        await ward.RunAsync(new ReceivePetition
        {
            By = Clerk, Session = Session, Subject = "Khiếu nại về việc chậm giải quyết hồ sơ đăng ký biến động đất đai", Petitioner = "Bà N.T.H.",
            Address = "Tổ dân phố 3", Channel = PetitionChannel.AtSession,
        });
        await ward.RunAsync(new ClassifyPetition { By = Clerk, Petition = "P-002", Category = PetitionCategory.Complaint });
        await ward.RunAsync(new AssignPetition { By = Clerk, Petition = "P-002", Unit = "land" });
        foreach (var key in new[] { "departments-answer", "culture-article", "police-security", "civil-defence-security" })
        {
            await ward.RunAsync(new CompleteTask { By = Clerk, Task = $"{key}@{Session}" });
        }

        plan = await ward.RunAsync(new ConcludeSession { By = Chairman, Session = Session });
        Assert.Equal(SessionStatus.Concluded, plan.Session(Session).Status);

        // IV.3, IV.4: the results are announced after the dialogue, as the chairman concluded.
        await ward.RunAsync(Day(9, 22), new AnswerPetition { By = Chairman, Petition = "P-002", Mode = AnswerMode.InWriting, Summary = "Hồ sơ đã được giải quyết ngày 20/9" });
        await ward.RunAsync(new NotifyPetitionResult { By = Clerk, Petition = "P-002", Channel = "Văn bản gửi theo địa chỉ" });
        await ward.RunAsync(new ClosePetition { By = Clerk, Petition = "P-002" });
        await ward.RunAsync(new ClosePetition { By = Clerk, Petition = "P-001" });

        var blocked = await Assert.ThrowsAsync<ActionBlockedException>(() => ward.RunAsync(new CloseSession { By = Chairman, Session = Session }));
        Assert.Equal("session.tasks-open", Assert.Single(blocked.Reasons).Code);
        foreach (var key in new[] { "departments-report", "office-notify-results", "office-urge", "justice-results" })
        {
            await ward.RunAsync(new CompleteTask { By = Clerk, Task = $"{key}@{Session}" });
        }

        // No report to a superior is fixed (ReportRecipients is empty), so the concluded session closes directly.
        plan = await ward.RunAsync(new CloseSession { By = Chairman, Session = Session });
        Assert.Equal(SessionStatus.Closed, plan.Session(Session).Status);
        // The plan completes only once every task is done or waived: the other units report through the office (IV), which records them.
        var open = await Assert.ThrowsAsync<ActionBlockedException>(() => ward.RunAsync(Day(9, 29), new CompletePlan { By = Chairman }));
        Assert.Contains(open.Reasons, r => r.Code == "plan.tasks-open");
        foreach (var task in plan.Tasks.Where(t => t.Status == PlanTaskStatus.Open).Select(t => t.Id).ToList())
        {
            await ward.RunAsync(new CompleteTask { By = Clerk, Task = task });
        }

        plan = await ward.RunAsync(new CompletePlan { By = Chairman });

        Assert.Equal(PlanStatus.Completed, plan.Status);
        Assert.Equal(Day(9, 15), plan.Session(Session).HeldOn);
        Assert.Equal([PetitionStatus.Closed, PetitionStatus.Closed], plan.Petitions.Select(p => p.Status));
        var timeline = ward.Engine.Timeline(plan);
        Assert.True(timeline.Single(l => l.Id == $"group-8-report@{Session}").Late);
        Assert.Equal("Done", timeline.Single(l => l.Id == $"city-notice@{Session}").Status);
    }

    [Fact]
    public async Task Schedule_AfterTheSevenWorkingDayNoticeDate_IsRejected()
    {
        // II.4: a session on 15/09 must be announced by 05/09; on 06/09 it can no longer be scheduled for 15/09.
        var ward = new PlanTypeHarness(new WardChairmanPlanType(), Day(9, 6));
        await ward.CreateAsync(Clerk);

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            ward.RunAsync(new ScheduleSession { By = Chairman, Session = Session, Date = Day(9, 15) }));

        Assert.Equal("session.lead-time", error.Rule);
        Assert.Contains("05/09/2023", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_OnTheLastDayTheNoticeCanGoOut_IsAccepted()
    {
        var ward = new PlanTypeHarness(new WardChairmanPlanType(), Day(9, 5));
        await ward.CreateAsync(Clerk);

        var plan = await ward.RunAsync(new ScheduleSession { By = Chairman, Session = Session, Date = Day(9, 15) });

        Assert.Equal(Day(9, 15), plan.Session(Session).Date);
    }

    [Fact]
    public async Task Hold_WithoutTheCitysAnnouncement_IsBlocked()
    {
        var ward = new PlanTypeHarness(new WardChairmanPlanType(), Day(8, 21));
        await ward.CreateAsync(Clerk, ("session", "2023-09-15"));
        await ward.RunAsync(new IssuePlan { By = Chairman });

        var error = await Assert.ThrowsAsync<ActionBlockedException>(() => ward.RunAsync(Day(9, 15), new HoldSession { By = Chairman, Session = Session }));

        Assert.Equal("session.announcement-required", Assert.Single(error.Reasons).Code);
    }

    [Fact]
    public async Task Due_OnTheNationalDayBridge_ListsTheTenDaySubmissionsAsApproaching()
    {
        // On Mon 04/09/2023 (a day off) the 05/09 deadlines are one working day away.
        var ward = new PlanTypeHarness(new WardChairmanPlanType(), Day(8, 21));
        var plan = await ward.CreateAsync(Clerk, ("session", "2023-09-15"));

        var due = ward.Engine.Due(plan, PlanTypeHarness.At(Day(9, 4)));

        Assert.Equal(14, due.Count); // the notice, five sections, eight group heads
        Assert.All(due, d => Assert.Equal((DueState.Approaching, 1), (d.State, d.WorkingDays)));
    }
}
