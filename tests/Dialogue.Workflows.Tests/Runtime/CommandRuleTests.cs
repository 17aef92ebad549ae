using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Events;
using Dialogue.Workflows.Runtime.Machines;
using Dialogue.Workflows.Runtime.Rules;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static Dialogue.Workflows.Tests.Runtime.EngineFixture;

namespace Dialogue.Workflows.Tests.Runtime;

/// <summary>
/// The rules a command must keep, on the neighbourhood plan (sessions 14/06 and 15/11/2024, notice at
/// least 07 working days ahead, results reported to "UBND quận"): each refused with its code, accepted
/// when it holds, and — where the rule allows it — accepted with a recorded deviation.
/// </summary>
public sealed class CommandRuleTests
{
    private static readonly LocalDate May20 = new(2024, 5, 20);
    private static readonly RuleDeviation Decision = new("session.outside-period", "Dời sang Quý IV do mưa bão", "12/QĐ-UBND ngày 02/09/2024");

    [Fact]
    public async Task Schedule_AQuarterIIISessionIn2025_IsRefusedThenAcceptedWithTheChairmansRecordedDecision()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync(("session", "2024-Q3"), ("session", "2024-11-15"));
        var schedule = new ScheduleSession { By = Clerk, Session = "s1", Date = new LocalDate(2024, 10, 7) };

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(schedule));
        Assert.Equal("session.outside-period", error.Rule);
        Assert.True(error.AllowsDeviation);
        Assert.Contains("Quý III/2024", error.Reason, StringComparison.Ordinal);

        // The clerk may not set a rule aside: the chairman who signs the plan decides exceptions.
        await Assert.ThrowsAsync<AuthorizationDeniedException>(() => fixture.RunAsync(schedule with { Deviations = [Decision] }));
        var plan = await fixture.RunAsync(schedule with { By = Chairman, Deviations = [Decision] });

        Assert.Equal(new LocalDate(2024, 10, 7), plan.Session("s1").Date);
        var deviation = Assert.Single(plan.Deviations);
        Assert.Equal(("session.outside-period", "ScheduleSession", "s1", "12/QĐ-UBND ngày 02/09/2024", "Dời sang Quý IV do mưa bão"),
            (deviation.Rule, deviation.Command, deviation.Entity, deviation.Document, deviation.Reason));
        Assert.Contains("Quý III/2024", deviation.Violation, StringComparison.Ordinal);
        Assert.IsType<SessionScheduled>(plan.Events[^1]);
        Assert.IsType<RuleDeviated>(plan.Events[^2]);
    }

    [Fact]
    public async Task Schedule_WithinItsQuarter_NeedsNoDeviationAndRefusesOne()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync(("session", "2024-Q3"), ("session", "2024-11-15"));
        var schedule = new ScheduleSession { By = Chairman, Session = "s1", Date = new LocalDate(2024, 9, 13) };

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(schedule with { Deviations = [Decision] }));
        Assert.Equal("deviation.not-needed", error.Rule);

        var plan = await fixture.RunAsync(schedule);
        Assert.Empty(plan.Deviations);
    }

    [Fact]
    public async Task Deviation_FromARuleThatAllowsNone_IsRefused()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(new RescheduleSession
        {
            By = Chairman, Session = "s1", NewDate = new LocalDate(2024, 5, 10), Reason = "Lùi lịch",
            Deviations = [new RuleDeviation("session.date-in-past", "Ghi nhận muộn", "1/QĐ")],
        }));

        Assert.Equal("deviation.not-allowed", error.Rule);
    }

    [Fact]
    public async Task Deviation_WithoutItsDocument_IsRefused()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync(("session", "2024-Q3"), ("session", "2024-11-15"));

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(new ScheduleSession
        {
            By = Chairman, Session = "s1", Date = new LocalDate(2024, 10, 7), Deviations = [Decision with { Document = " " }],
        }));

        Assert.Equal("command.missing-value", error.Rule);
        Assert.Equal(1, (await fixture.Engine.GetAsync("plan-1")).Version);
    }

    [Fact]
    public async Task Reschedule_TheNovemberSessionBeforeTheJuneOne_BreaksTheDocumentsOrder()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(new RescheduleSession
        {
            By = Chairman, Session = "s2", NewDate = new LocalDate(2024, 6, 10), Reason = "Đổi lịch",
        }));

        Assert.Equal("session.order", error.Rule);
        Assert.True(error.AllowsDeviation);
        var plan = await fixture.RunAsync(new RescheduleSession { By = Chairman, Session = "s2", NewDate = new LocalDate(2024, 10, 18), Reason = "Đổi lịch" });
        Assert.Equal(new LocalDate(2024, 10, 18), plan.Session("s2").Date);
    }

    [Fact]
    public async Task Announce_ThreeWorkingDaysBeforeASessionThatNeedsSeven_IsRefusedUnlessDecided()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });
        fixture.Today(new LocalDate(2024, 6, 11)); // Tuesday: 12, 13 June lie between it and Friday 14 June
        var announce = new AnnounceSession { By = Chairman, Session = "s1" };

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(announce));
        Assert.Equal("session.lead-time", error.Rule);
        Assert.Contains("04/06/2024", error.Reason, StringComparison.Ordinal);

        var plan = await fixture.RunAsync(announce with
        {
            Deviations = [new RuleDeviation("session.lead-time", "Thông báo bổ sung trên Đài Truyền thanh", "20/TB-UBND ngày 11/06/2024")],
        });
        Assert.Equal(SessionStatus.Announced, plan.Session("s1").Status);
        fixture.Today(new LocalDate(2024, 6, 14));
        plan = await fixture.RunAsync(new HoldSession { By = Chairman, Session = "s1" });
        Assert.Equal(SessionStatus.Held, plan.Session("s1").Status);
    }

    [Fact]
    public async Task CompleteTask_TheConclusionBeforeTheSessionIsHeld_IsRefused()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(new CompleteTask { By = Clerk, Task = "conclusion@s1" }));

        Assert.Equal("task.session-not-held", error.Rule);
        Assert.False(error.AllowsDeviation);
        // Listed as blocked before anyone tries it.
        var plan = await fixture.Engine.GetAsync("plan-1");
        var action = fixture.Engine.PermittedActions(plan).Single(a => a.EntityId == "conclusion@s1" && a.Trigger == "Complete");
        Assert.Equal("task.session-not-held", Assert.Single(action.Blocked).Code);
    }

    [Fact]
    public async Task AnswerAtSession_ALetterReceivedAfterTheSession_IsRefusedAndAnsweredInWriting()
    {
        var fixture = await HeldOn14June();
        fixture.Today(new LocalDate(2024, 6, 17));
        await fixture.RunAsync(new ReceivePetition { By = Clerk, Session = "s1", Subject = "Đèn đường hỏng", Petitioner = "Trần Thị B", Channel = PetitionChannel.Paper });
        await fixture.RunAsync(new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Report });
        var answer = new AnswerPetition { By = Chairman, Petition = "P-001", Mode = AnswerMode.AtSession, Summary = "Đã sửa" };

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(answer));
        Assert.Equal("petition.received-after-session", error.Rule);

        var plan = await fixture.RunAsync(answer with { Mode = AnswerMode.InWriting });
        Assert.Equal(AnswerMode.InWriting, plan.Petition("P-001").AnswerMode);
    }

    [Fact]
    public async Task Report_ToABodyThePlanDoesNotName_NeedsADecision_AndCloseNeedsEveryNamedRecipient()
    {
        var fixture = await HeldOn14June();
        await fixture.RunAsync(new ConcludeSession { By = Chairman, Session = "s1", Document = "30/TB-UBND" });
        await fixture.RunAsync(new CompleteTask { By = Clerk, Task = "conclusion@s1" });
        await fixture.RunAsync(new CompleteTask { By = Justice, Task = "follow-up@s1" });
        var toProvince = new ReportSession { By = Chairman, Session = "s1", Recipients = ["UBND tỉnh"] };

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(toProvince));
        Assert.Equal("session.report-recipient-unknown", error.Rule);
        await fixture.RunAsync(toProvince with { Deviations = [new RuleDeviation("session.report-recipient-unknown", "Tỉnh yêu cầu báo cáo", "5/CV-UBND")] });

        var close = await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(new CloseSession { By = Chairman, Session = "s1" }));
        Assert.Equal("session.recipients-not-reported", close.Rule);
        Assert.Contains("UBND quận", close.Reason, StringComparison.Ordinal);

        // A second report, to the recipient the plan names, by its English name.
        var plan = await fixture.RunAsync(new ReportSession { By = Chairman, Session = "s1", Recipients = ["District People's Committee"] });
        Assert.Equal(["UBND tỉnh", "UBND quận"], plan.Session("s1").ReportedTo);
        plan = await fixture.RunAsync(new CloseSession { By = Chairman, Session = "s1" });
        Assert.Equal(SessionStatus.Closed, plan.Session("s1").Status);
    }

    [Fact]
    public async Task Complete_APlanWithOpenDutiesAndAPetitionStillReceived_IsBlockedNamingThem()
    {
        var fixture = await OneSessionClosed(withPetition: true);

        var error = await Assert.ThrowsAsync<ActionBlockedException>(() => fixture.RunAsync(new CompletePlan { By = Chairman }));

        Assert.Equal(["plan.tasks-open", "plan.petitions-open"], error.Reasons.Select(r => r.Code));
        Assert.Contains("yearly-report", error.Reasons[0].Reason, StringComparison.Ordinal);
        Assert.Contains("P-001", error.Reasons[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_OnceEveryDutyIsDoneOrWaivedAndEveryPetitionHasAResult_Succeeds()
    {
        var fixture = await OneSessionClosed(withPetition: false);
        await fixture.RunAsync(new WaiveTask { By = Chairman, Task = "yearly-report", Reason = "Gộp vào báo cáo chung của phường" });

        var plan = await fixture.RunAsync(new CompletePlan { By = Chairman });

        Assert.Equal(PlanStatus.Completed, plan.Status);
        Assert.Empty(fixture.Engine.Due(plan, At(new LocalDate(2025, 1, 5))));
    }

    [Fact]
    public async Task Classify_ADenunciationAsAProposal_NeedsTheChairsRecordedDecision()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });
        await fixture.RunAsync(new ReceivePetition { By = Clerk, Session = "s1", Subject = "Tố cáo cán bộ địa chính", Petitioner = "Lê Văn C", Channel = PetitionChannel.Paper });
        await fixture.RunAsync(new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Denunciation });
        var reclassify = new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Proposal };

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(reclassify));
        Assert.Equal("petition.excluded-reclassified", error.Rule);
        var decision = new RuleDeviation("petition.excluded-reclassified", "Nội dung thực chất là đề xuất sửa quy trình", "Ý kiến Chủ tịch ngày 25/05/2024");
        await Assert.ThrowsAsync<AuthorizationDeniedException>(() => fixture.RunAsync(reclassify with { Deviations = [decision] }));

        var plan = await fixture.RunAsync(reclassify with { By = Chairman, Deviations = [decision] });
        Assert.Equal(PetitionCategory.Proposal, plan.Petition("P-001").Category);
        Assert.Equal("P-001", Assert.Single(plan.Deviations).Entity);
    }

    [Fact]
    public async Task Cancel_ASessionThatCannotBeHeld_IsPossibleOnceAReplacementIsAdded_EvenWithoutAdHocSessions()
    {
        var fixture = EngineFixture.Variant(May20, d => d with { Rules = d.Rules with { AllowsAdHocSessions = false } });
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });
        var adHoc = new AddAdHocSession { By = Chairman, Title = "Đối thoại bổ sung", Date = new LocalDate(2024, 12, 6) };

        Assert.Equal("session.ad-hoc-not-allowed", (await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(adHoc))).Rule);
        Assert.Equal("session.minimum-per-year",
            (await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(new CancelSession { By = Chairman, Session = "s2", Reason = "Ngập" }))).Rule);

        await fixture.RunAsync(new PostponeSession { By = Chairman, Session = "s2", Reason = "Ngập" });
        var plan = await fixture.RunAsync(adHoc with { Replaces = "s2" });
        Assert.Equal("s2", plan.Sessions[^1].Replaces);
        Assert.Equal("session.ad-hoc-not-allowed", (await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(adHoc with { Replaces = "s2" }))).Rule);

        plan = await fixture.RunAsync(new CancelSession { By = Chairman, Session = "s2", Reason = "Ngập" });
        Assert.Equal(SessionStatus.Cancelled, plan.Session("s2").Status);
    }

    [Fact]
    public async Task AddRule_HostRule_IsCheckedOnTheCommandsItGoverns_AndOneWithALibraryCodeReplacesIt()
    {
        await using var provider = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(At(May20)))
            .AddDialogueWorkflows(b => b.UseInMemoryStore().AddPlanType<NeighbourhoodPlanType>().AddRule<NoFridaySessions>().AddRule<LenientOrder>())
            .BuildServiceProvider();
        var engine = provider.GetRequiredService<DialogueEngine>();
        await engine.CreateAsync(new CreatePlan { TypeKey = "neighbourhood", By = Clerk, PlanId = "plan-1" });

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => engine.ExecuteAsync("plan-1",
            new RescheduleSession { By = Chairman, Session = "s1", NewDate = new LocalDate(2024, 6, 21), Reason = "Đổi" }));
        Assert.Equal("host.no-friday", error.Rule);
        // The host's session.order allows anything: the November session may move before June's.
        var plan = await engine.ExecuteAsync("plan-1", new RescheduleSession { By = Chairman, Session = "s2", NewDate = new LocalDate(2024, 6, 12), Reason = "Đổi" });
        Assert.Equal(new LocalDate(2024, 6, 12), plan.Session("s2").Date);
        Assert.Single(engine.Rules, r => r.Code == "session.order");
        Assert.Equal("host.no-friday", engine.Rules[^1].Code);
    }

    [Fact]
    public async Task AnswerProposal_AForwardedForm_IsATaskOfItsUnitDueThreeDaysAfterItWasReceived()
    {
        var fixture = EngineFixture.Variant(May20, d => d with
        {
            Petitions = d.Petitions with
            {
                AnswerProposal = new PetitionDuty("Tham mưu trả lời nội dung phiếu đăng ký", "Propose the answer to the form",
                    DeadlineRule.WithinDaysAfter(3, "sau 03 ngày kể từ ngày nhận được văn bản")) { Clause = "II.4" },
            },
        });
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });
        await fixture.RunAsync(new ReceivePetition { By = Clerk, Session = "s1", Subject = "Hồ sơ hộ tịch", Petitioner = "Phạm Văn D", Channel = PetitionChannel.Paper });
        await fixture.RunAsync(new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Question });
        fixture.Today(new LocalDate(2024, 5, 24)); // Friday

        var plan = await fixture.RunAsync(new AssignPetition { By = Clerk, Petition = "P-001", Unit = "Bộ phận Tư pháp" });

        // Forwarded Friday 24/5: 3 days end Monday 27/5, a working day.
        var duty = plan.Task("answer@P-001");
        Assert.Equal(("justice", "P-001", new LocalDate(2024, 5, 27)), (duty.Definition.Owner, duty.Petition, duty.Due));
        Assert.Equal("justice", plan.Petition("P-001").AssignedTo);
        Assert.Contains(fixture.Engine.Timeline(plan), l => l.Id == "answer@P-001" && l.Owner == "Bộ phận Tư pháp" && l.Due == new LocalDate(2024, 5, 27));
        Assert.Contains(fixture.Engine.Due(plan, At(new LocalDate(2024, 5, 28))), d => d.Task.Id == "answer@P-001" && d.State == DueState.Overdue);
        Assert.Contains("sau 03 ngày kể từ ngày nhận được văn bản", fixture.Engine.Explain(plan, "answer@P-001")!.Explanation.Text, StringComparison.Ordinal);

        await Assert.ThrowsAsync<AuthorizationDeniedException>(() => fixture.RunAsync(new CompleteTask { By = Front, Task = "answer@P-001" }));
        plan = await fixture.RunAsync(new CompleteTask { By = Justice, Task = "answer@P-001" });
        Assert.Equal(PlanTaskStatus.Done, plan.Task("answer@P-001").Status);
        Assert.Equal(plan.Tasks.Count, (await fixture.Engine.GetAsync("plan-1")).Tasks.Count); // replay gives the same tasks
    }

    private static async Task<EngineFixture> HeldOn14June()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });
        fixture.Today(new LocalDate(2024, 6, 3));
        await fixture.RunAsync(new AnnounceSession { By = Clerk, Session = "s1" });
        fixture.Today(new LocalDate(2024, 6, 14));
        await fixture.RunAsync(new HoldSession { By = Chairman, Session = "s1" });
        return fixture;
    }

    /// <summary>A one-session plan whose session is held, concluded, reported and closed, with the session's own duties done.</summary>
    private static async Task<EngineFixture> OneSessionClosed(bool withPetition)
    {
        var fixture = EngineFixture.Variant(May20, d => d with { Sessions = [d.Sessions[0]], Rules = d.Rules with { MinimumSessionsPerYear = 1 } });
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });
        if (withPetition)
        {
            await fixture.RunAsync(new ReceivePetition { By = Clerk, Subject = "Vệ sinh môi trường", Petitioner = "Võ Thị E", Channel = PetitionChannel.Paper });
        }

        fixture.Today(new LocalDate(2024, 6, 3));
        await fixture.RunAsync(new AnnounceSession { By = Clerk, Session = "s1" });
        await fixture.RunAsync(new CompleteTask { By = Clerk, Task = "notice@s1" });
        await fixture.RunAsync(new CompleteTask { By = Front, Task = "front-summary@s1" });
        fixture.Today(new LocalDate(2024, 6, 14));
        await fixture.RunAsync(new HoldSession { By = Chairman, Session = "s1" });
        await fixture.RunAsync(new ConcludeSession { By = Chairman, Session = "s1" });
        await fixture.RunAsync(new CompleteTask { By = Clerk, Task = "conclusion@s1" });
        await fixture.RunAsync(new CompleteTask { By = Justice, Task = "follow-up@s1" });
        await fixture.RunAsync(new ReportSession { By = Chairman, Session = "s1" });
        await fixture.RunAsync(new CloseSession { By = Chairman, Session = "s1" });
        return fixture;
    }

    private sealed class NoFridaySessions : CommandRule
    {
        public override string Code => "host.no-friday";

        public override string Title => "Không tổ chức đối thoại vào thứ Sáu";

        public override string EnglishTitle => "No session on a Friday";

        public override IReadOnlyList<Type> Governs { get; } = [typeof(ScheduleSession), typeof(RescheduleSession)];

        public override GuardResult Check(RuleContext context) =>
            context.SessionDate?.DayOfWeek == IsoDayOfWeek.Friday ? Fail("Thứ Sáu.", "A Friday.") : Pass();
    }

    private sealed class LenientOrder : CommandRule
    {
        public override string Code => "session.order";

        public override string Title => "Thứ tự tùy ý";

        public override string EnglishTitle => "Any order";

        public override IReadOnlyList<Type> Governs { get; } = [typeof(RescheduleSession)];

        public override GuardResult Check(RuleContext context) => Pass();
    }
}
