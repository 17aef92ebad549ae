using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Events;
using Dialogue.Workflows.Ward.WardChairman;
using NodaTime;
using static Dialogue.Workflows.Ward.Tests.WardChairman.WardChairmanActors;

namespace Dialogue.Workflows.Ward.Tests.WardChairman;

/// <summary>ward-chairman, Chánh Lộ 2023: the document's rules hold on every command; a deviable one gives way only to a recorded deviation.</summary>
public sealed class WardChairmanRuleTests
{
    private const string Session = "session-1";
    private static readonly RuleDeviation Postponed = new("session.outside-period", "Lùi sang Quý IV do mưa bão", "12/QĐ-UBND ngày 10/9/2023");

    private static LocalDate Day(int month, int day) => new(2023, month, day);

    [Fact]
    public async Task Rules_OfTheChanhLoPlan_IncludeThePeriodAndTheSevenWorkingDays()
    {
        var ward = new PlanTypeHarness(new WardChairmanPlanType(), Day(8, 21));
        var plan = await ward.CreateAsync(Clerk);

        var codes = ward.Engine.RulesOf(plan).Select(r => r.Code).ToList();

        Assert.Contains("session.outside-period", codes);
        Assert.Contains("session.lead-time", codes);
        Assert.Contains("task.session-not-held", codes);
        Assert.DoesNotContain("session.report-recipient-unknown", codes); // the plan names no recipient
    }

    [Fact]
    public async Task Schedule_QuarterThree2023SessionOn15March2024_IsRefused()
    {
        var ward = await IssuedAsync();

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            ward.RunAsync(new ScheduleSession { By = Chairman, Session = Session, Date = new LocalDate(2024, 3, 15) }));

        Assert.Contains(error.Rule, new[] { "session.date-out-of-range", "session.outside-period" });
    }

    [Fact]
    public async Task Schedule_InQuarterFour_IsRefusedWithoutADeviationAndAcceptedWithOne()
    {
        var ward = await IssuedAsync();

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            ward.RunAsync(new ScheduleSession { By = Chairman, Session = Session, Date = Day(10, 20) }));
        var plan = await ward.RunAsync(new ScheduleSession { By = Chairman, Session = Session, Date = Day(10, 20), Deviations = [Postponed] });

        Assert.Equal(("session.outside-period", true), (error.Rule, error.AllowsDeviation));
        Assert.Equal(Day(10, 20), plan.Session(Session).Date);
        var deviation = Assert.Single(plan.Deviations);
        Assert.Equal(("session.outside-period", "12/QĐ-UBND ngày 10/9/2023"), (deviation.Rule, deviation.Document));
        Assert.Single(plan.Events.OfType<RuleDeviated>());
    }

    [Fact]
    public async Task Schedule_InQuarterThree_NeedsNoDeviation()
    {
        var ward = await IssuedAsync();

        var plan = await ward.RunAsync(new ScheduleSession { By = Chairman, Session = Session, Date = Day(9, 15) });

        Assert.Empty(plan.Deviations);
    }

    [Fact]
    public async Task Deviation_FromTheOfficeClerk_IsRefused()
    {
        // Deviating falls to the chairman who issued the plan.
        var ward = await IssuedAsync();

        await Assert.ThrowsAsync<Runtime.Authorization.AuthorizationDeniedException>(() =>
            ward.RunAsync(new ScheduleSession { By = ClerkByOrder, Session = Session, Date = Day(10, 20), Deviations = [Postponed] }));
    }

    [Fact]
    public async Task Announce_ThreeWorkingDaysBefore_IsRefusedForTheSevenWorkingDaysRule()
    {
        // Session Friday 15/09; announced Tuesday 12/09: three working days, the document demands "ít nhất 07 ngày làm việc".
        var ward = await IssuedAsync(("session", "2023-09-15"));
        ward.Today(Day(9, 12));

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => ward.RunAsync(new AnnounceSession { By = City, Session = Session }));
        var plan = await ward.RunAsync(new AnnounceSession
        {
            By = City, Session = Session,
            Deviations = [new RuleDeviation("session.lead-time", "Thông báo muộn do thay đổi địa điểm", "45/TB-UBND ngày 12/9/2023")],
        });

        Assert.Equal(("session.lead-time", true), (error.Rule, error.AllowsDeviation));
        Assert.Equal(SessionStatus.Announced, plan.Session(Session).Status);
        Assert.Equal("session.lead-time", Assert.Single(plan.Deviations).Rule);
    }

    [Fact]
    public async Task Announce_ElevenDaysBefore_IsAccepted()
    {
        var ward = await IssuedAsync(("session", "2023-09-15"));

        var plan = await ward.RunAsync(Day(9, 4), new AnnounceSession { By = City, Session = Session });

        Assert.Equal(SessionStatus.Announced, plan.Session(Session).Status);
    }

    [Fact]
    public async Task CompleteTask_AfterSessionDutyBeforeTheSession_IsRefusedAndAcceptedOnceHeld()
    {
        var ward = await IssuedAsync(("session", "2023-09-15"));
        await ward.RunAsync(new AnnounceSession { By = City, Session = Session });

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            ward.RunAsync(new CompleteTask { By = Clerk, Task = $"office-notify-results@{Session}" }));
        await ward.RunAsync(Day(9, 15), new HoldSession { By = Chairman, Session = Session });
        var plan = await ward.RunAsync(new CompleteTask { By = Clerk, Task = $"office-notify-results@{Session}" });

        Assert.Equal("task.session-not-held", error.Rule);
        Assert.Equal(PlanTaskStatus.Done, plan.Task($"office-notify-results@{Session}").Status);
    }

    [Fact]
    public async Task AnswerAtSession_LetterReceivedAfterTheSession_IsRefused()
    {
        var ward = await IssuedAsync(("session", "2023-09-15"));
        await ward.RunAsync(new AnnounceSession { By = City, Session = Session });
        await ward.RunAsync(Day(9, 15), new HoldSession { By = Chairman, Session = Session });
        await ward.RunAsync(Day(9, 18), new ReceivePetition
        {
            By = Clerk, Session = Session, Subject = "Thư đề nghị lắp đèn đường", Petitioner = "Ông C", Channel = PetitionChannel.Paper,
        });
        await ward.RunAsync(new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Petition });

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            ward.RunAsync(new AnswerPetition { By = Chairman, Petition = "P-001", Mode = AnswerMode.AtSession, Summary = "…" }));
        var plan = await ward.RunAsync(new AnswerPetition { By = Chairman, Petition = "P-001", Mode = AnswerMode.InWriting, Summary = "Lắp trong quý IV" });

        Assert.Equal("petition.received-after-session", error.Rule);
        Assert.Equal(PetitionStatus.Answered, plan.Petition("P-001").Status);
    }

    [Fact]
    public async Task CompletePlan_WithOpenDutiesAndAPetitionStillReceived_IsBlocked()
    {
        var ward = await IssuedAsync(("session", "2023-09-15"));
        await ward.RunAsync(new AnnounceSession { By = City, Session = Session });
        await ward.RunAsync(new ReceivePetition { By = Front, Session = Session, Subject = "Kiến nghị", Petitioner = "MTTQ", Channel = PetitionChannel.Collected });
        await ward.RunAsync(Day(9, 15), new HoldSession { By = Chairman, Session = Session });
        await ward.RunAsync(new ConcludeSession { By = Chairman, Session = Session });

        var error = await Assert.ThrowsAsync<ActionBlockedException>(() => ward.RunAsync(new CompletePlan { By = Chairman }));

        Assert.Contains(error.Reasons, r => r.Code == "plan.tasks-open");
        Assert.Contains(error.Reasons, r => r.Code == "plan.petitions-open");
    }

    private static async Task<PlanTypeHarness> IssuedAsync(params (string Key, string Value)[] parameters)
    {
        var ward = new PlanTypeHarness(new WardChairmanPlanType(), Day(8, 21));
        await ward.CreateAsync(Clerk, parameters);
        await ward.RunAsync(new IssuePlan { By = Chairman });
        return ward;
    }
}
