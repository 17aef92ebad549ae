using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Events;
using Dialogue.Workflows.Storage;
using NodaTime;
using static Dialogue.Workflows.Tests.Runtime.EngineFixture;

namespace Dialogue.Workflows.Tests.Runtime;

public sealed class DialogueEngineTests
{
    private static readonly LocalDate May20 = new(2024, 5, 20);

    [Fact]
    public async Task Create_SessionOn14June2024_ComputesEveryDeadlineItCan()
    {
        var fixture = new EngineFixture(May20);

        var plan = await fixture.CreateAsync();

        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal(SessionStatus.Scheduled, plan.Session("s1").Status);
        // Notice: 7 whole working days strictly between notice and session (10, 11, 12, 13 and 5, 6, 7 June) → Tuesday 4 June.
        Assert.Equal(new LocalDate(2024, 6, 4), plan.Task("notice@s1").Due);
        // Front's summary: "trước 10 ngày" → 14 − 10 = Tuesday 4 June.
        Assert.Equal(new LocalDate(2024, 6, 4), plan.Task("front-summary@s1").Due);
        // Conclusion: counted from the day the session is held, unknown yet.
        Assert.Null(plan.Task("conclusion@s1").Due);
        // "On or before 15/12/2024" is kept as written, though it is a Sunday; the deadline carries a lint warning.
        Assert.Equal(new LocalDate(2024, 12, 15), plan.Task("yearly-report").Due);
        Assert.NotEmpty(fixture.Engine.Explain(plan, "yearly-report")!.Warnings);
        var created = Assert.IsType<PlanCreated>(Assert.Single(plan.Events));
        Assert.Contains(created.Deadlines, d => d.Task == "notice@s2" && d.New == new LocalDate(2024, 11, 5));
    }

    [Fact]
    public async Task Timeline_PendingConclusion_ShowsTheDateItWillHaveIfTheSessionIsHeldAsScheduled()
    {
        var fixture = new EngineFixture(May20);
        var plan = await fixture.CreateAsync();

        var conclusion = fixture.Engine.Timeline(plan).Single(l => l.Id == "conclusion@s1");

        Assert.Null(conclusion.Due);
        Assert.Equal(new LocalDate(2024, 6, 24), conclusion.DueEarliest); // 14/6 + 10 = Monday 24/6
        Assert.Equal(new LocalDate(2024, 6, 24), conclusion.DueLatest);
        Assert.Equal("Ủy ban MTTQ phường", fixture.Engine.Timeline(plan).Single(l => l.Id == "front-summary@s1").Owner);
    }

    [Fact]
    public async Task Run_FromCreationToClose_RecordsEveryStepWithItsActor()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman, Document = "45/KH-UBND" });
        fixture.Today(new LocalDate(2024, 6, 3));
        await fixture.RunAsync(new AnnounceSession { By = Clerk, Session = "s1" });
        await fixture.RunAsync(new CompleteTask { By = Clerk, Task = "notice@s1" });
        fixture.Today(new LocalDate(2024, 6, 5));
        var plan = await fixture.RunAsync(new CompleteTask { By = Clerk, Task = "front-summary@s1" });
        Assert.True(plan.Task("front-summary@s1").DoneLate);
        Assert.False(plan.Task("notice@s1").DoneLate);
        Assert.Equal(PlanStatus.InProgress, plan.Status);

        fixture.Today(new LocalDate(2024, 6, 14));
        plan = await fixture.RunAsync(new HoldSession { By = Chairman, Session = "s1" });
        Assert.Equal(new LocalDate(2024, 6, 24), plan.Task("conclusion@s1").Due);

        fixture.Today(new LocalDate(2024, 6, 20));
        await fixture.RunAsync(new ConcludeSession { By = Chairman, Session = "s1", Document = "12/TB-UBND" });
        plan = await fixture.RunAsync(new CompleteTask { By = Clerk, Task = "conclusion@s1" });
        // Follow-up: 5 working days after the conclusion was done (21, 24, 25, 26, 27 June).
        Assert.Equal(new LocalDate(2024, 6, 27), plan.Task("follow-up@s1").Due);
        await fixture.RunAsync(new ReportSession { By = Clerk, Session = "s1" });

        var blocked = await Assert.ThrowsAsync<ActionBlockedException>(() => fixture.RunAsync(new CloseSession { By = Clerk, Session = "s1" }));
        Assert.Equal("session.tasks-open", Assert.Single(blocked.Reasons).Code);

        await fixture.RunAsync(new CompleteTask { By = Clerk, Task = "follow-up@s1" });
        plan = await fixture.RunAsync(new CloseSession { By = Clerk, Session = "s1" });

        Assert.Equal(SessionStatus.Closed, plan.Session("s1").Status);
        Assert.Equal("12/TB-UBND", plan.Session("s1").ConclusionNotice);
        Assert.Equal(["UBND quận"], plan.Session("s1").ReportedTo);
        var held = plan.Events.OfType<SessionHeld>().Single();
        Assert.Equal(Chairman, held.By);
        Assert.Equal(At(new LocalDate(2024, 6, 14)), held.At);
        Assert.Equal("45/KH-UBND", plan.DocumentNumber);
    }

    [Fact]
    public async Task Replay_OfTheStoredEvents_ReproducesThePlanExactly()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });
        await fixture.RunAsync(new ReceivePetition { By = Clerk, Subject = "Đường hẻm ngập nước", Petitioner = "Ông A", Channel = PetitionChannel.Paper });
        await fixture.RunAsync(new RescheduleSession { By = Chairman, Session = "s1", NewDate = new LocalDate(2024, 6, 21), Reason = "Trùng lịch họp quận" });
        var live = await fixture.RunAsync(new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Report, Domain = "admin" });

        var replayed = await new EngineFixture(May20, store: fixture.Store).Engine.GetAsync("plan-1");

        Assert.Equal(live.Version, replayed.Version);
        Assert.Equal(live.Status, replayed.Status);
        // Events hold lists, which records compare by reference: compare what the store keeps instead.
        var serializer = new PlanEventSerializer();
        Assert.Equal(live.Events.Select(e => serializer.Serialize(e).Data), replayed.Events.Select(e => serializer.Serialize(e).Data));
        Assert.Equal(Describe(live), Describe(replayed));

        static string Describe(PlanInstance p) => string.Join("\n",
            p.Sessions.Select(s => $"{s.Key} {s.Status} {s.Date} {s.DateChanges.Count}")
                .Concat(p.Tasks.Select(t => $"{t.Id} {t.Status} {t.Due}"))
                .Concat(p.Petitions.Select(x => $"{x.Id} {x.Status} {x.Category} {x.Domain} {x.OnTime}")));
    }

    [Fact]
    public async Task Reschedule_MovesEveryDeadlineAnchoredOnTheSessionAndRecordsOldAndNew()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();

        var plan = await fixture.RunAsync(new RescheduleSession { By = Chairman, Session = "s1", NewDate = new LocalDate(2024, 6, 21), Reason = "Trùng lịch" });

        var moved = plan.Events.OfType<SessionRescheduled>().Single();
        Assert.Equal(new LocalDate(2024, 6, 14), moved.OldDate);
        Assert.Contains(new DueChange("notice@s1", new LocalDate(2024, 6, 4), new LocalDate(2024, 6, 11)), moved.Deadlines);
        Assert.Contains(new DueChange("front-summary@s1", new LocalDate(2024, 6, 4), new LocalDate(2024, 6, 11)), moved.Deadlines);
        Assert.DoesNotContain(moved.Deadlines, d => d.Task.EndsWith("@s2", StringComparison.Ordinal));
        Assert.Equal(new LocalDate(2024, 6, 11), plan.Task("notice@s1").Due);
        var change = Assert.Single(plan.Session("s1").DateChanges);
        Assert.Equal((new LocalDate(2024, 6, 14), new LocalDate(2024, 6, 21), "Trùng lịch"), (change.Old!.Value, change.New!.Value, change.Reason));
    }

    [Fact]
    public async Task Announce_OnADraftPlan_IsBlockedUntilThePlanIsIssued()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();

        var error = await Assert.ThrowsAsync<ActionBlockedException>(() => fixture.RunAsync(new AnnounceSession { By = Clerk, Session = "s1" }));

        Assert.Equal("runtime.action-blocked", error.ErrorCode);
        Assert.Equal("plan.not-issued", Assert.Single(error.Reasons).Code);
        Assert.Equal("Scheduled", error.State);
        Assert.Equal(EntityKind.Session, error.Entity);
    }

    [Fact]
    public async Task Conclude_ASessionNotHeld_IsAnInvalidTransitionNamingTheStateAndWhatIsPermitted()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });

        var error = await Assert.ThrowsAsync<InvalidTransitionException>(() => fixture.RunAsync(new ConcludeSession { By = Chairman, Session = "s1" }));

        Assert.Equal("runtime.invalid-transition", error.ErrorCode);
        Assert.Equal("plan-1", error.PlanId);
        Assert.Equal("s1", error.EntityId);
        Assert.Equal("Scheduled", error.State);
        Assert.Equal("Conclude", error.Trigger);
        Assert.Equal(["Reschedule", "Postpone", "Announce"], error.Permitted);
        Assert.Equal(1 + 1, (await fixture.Engine.GetAsync("plan-1")).Version); // nothing was written
    }

    [Fact]
    public async Task Hold_WithoutAnnouncement_IsBlockedWithTheReason()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });
        fixture.Today(new LocalDate(2024, 6, 14));

        var error = await Assert.ThrowsAsync<ActionBlockedException>(() => fixture.RunAsync(new HoldSession { By = Chairman, Session = "s1" }));

        var reason = Assert.Single(error.Reasons);
        Assert.Equal("session.announcement-required", reason.Code);
        Assert.Contains("thông báo", reason.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_OneOfTheTwoRequiredSessions_IsBlockedUntilAnAdHocSessionIsAdded()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(new CancelSession { By = Chairman, Session = "s2", Reason = "Bão" }));
        Assert.Equal("session.minimum-per-year", error.Rule);
        Assert.True(error.AllowsDeviation);

        await fixture.RunAsync(new AddAdHocSession { By = Chairman, Title = "Đối thoại về ngập nước", Date = new LocalDate(2024, 9, 20), Scope = ["Tổ dân phố 3"] });
        var plan = await fixture.RunAsync(new CancelSession { By = Chairman, Session = "s2", Reason = "Bão" });

        Assert.Equal(SessionStatus.Cancelled, plan.Session("s2").Status);
        Assert.True(plan.Session("adhoc-1").IsAdHoc);
        Assert.Equal(new LocalDate(2024, 9, 10), plan.Task("front-summary@adhoc-1").Due);
        Assert.DoesNotContain(fixture.Engine.Due(plan, At(new LocalDate(2024, 11, 14))), d => d.Task.Session == "s2");
    }

    [Fact]
    public async Task AddAdHoc_WhenAPlannedSessionIsKeyedLikeAnAdHocOne_TakesAKeyNotInUse()
    {
        var engine = new DialogueEngine(new PlanTypeRegistry([new PlannedAdHocKeyPlanType()]), new InMemoryEventStore(), WorkingCalendar.Default,
            new NodaTime.Testing.FakeClock(At(May20)));
        await engine.CreateAsync(new CreatePlan { TypeKey = "planned-adhoc-key", By = Clerk, PlanId = "plan-1" });

        var plan = await engine.ExecuteAsync("plan-1", new AddAdHocSession { By = Chairman, Title = "Đối thoại về ngập nước", Date = new LocalDate(2024, 9, 20) });

        Assert.Equal(plan.Sessions.Count, plan.Sessions.Select(s => s.Key).Distinct().Count());
        Assert.Equal(plan.Tasks.Count, plan.Tasks.Select(t => t.Id).Distinct().Count());
        Assert.True(plan.Sessions[^1].IsAdHoc);
        Assert.False(plan.Session("adhoc-1").IsAdHoc);
    }

    // The neighbourhood plan with its second session keyed "adhoc-1", a key nothing stops a plan type from using.
    private sealed class PlannedAdHocKeyPlanType : IPlanType
    {
        private readonly NeighbourhoodPlanType _inner = new();

        public string Key => "planned-adhoc-key";

        public int Version => 1;

        public string Title => _inner.Title;

        public string EnglishTitle => _inner.EnglishTitle;

        public IReadOnlyList<PlanParameter> Parameters => _inner.Parameters;

        public PlanDefinition Define(PlanParameters parameters)
        {
            var definition = _inner.Define(parameters);
            return definition with { TypeKey = Key, Sessions = [definition.Sessions[0], definition.Sessions[1] with { Key = "adhoc-1" }] };
        }
    }

    [Fact]
    public async Task Schedule_TooCloseToAnnounceSevenWorkingDaysBefore_IsRejected()
    {
        var fixture = new EngineFixture(new LocalDate(2024, 6, 10));
        await fixture.CreateAsync();

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            fixture.RunAsync(new AddAdHocSession { By = Chairman, Title = "Gấp", Date = new LocalDate(2024, 6, 14) }));

        Assert.Equal("session.lead-time", error.Rule);
        Assert.Contains("04/06/2024", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hold_OnASunday_IsBlockedByThePlanTypesOwnRule()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });
        await fixture.RunAsync(new AddAdHocSession { By = Chairman, Title = "Chủ nhật", Date = new LocalDate(2024, 6, 30) });
        await fixture.RunAsync(new AnnounceSession { By = Clerk, Session = "adhoc-1" });
        fixture.Today(new LocalDate(2024, 6, 30));

        var error = await Assert.ThrowsAsync<ActionBlockedException>(() => fixture.RunAsync(new HoldSession { By = Chairman, Session = "adhoc-1" }));

        Assert.Equal("neighbourhood.no-sunday", Assert.Single(error.Reasons).Code);
    }

    [Fact]
    public async Task Due_OnFakeClock_FindsApproachingDueTodayAndOverdueTasks()
    {
        var fixture = new EngineFixture(May20);
        var plan = await fixture.CreateAsync();

        Assert.Empty(fixture.Engine.Due(plan, At(new LocalDate(2024, 5, 27))));
        var approaching = fixture.Engine.Due(plan, At(new LocalDate(2024, 5, 30)));
        Assert.All(approaching, d => Assert.Equal(DueState.Approaching, d.State));
        Assert.Equal(["front-summary@s1", "notice@s1"], approaching.Select(d => d.Task.Id));
        Assert.Equal(3, approaching[0].WorkingDays); // 31/5, 3/6, 4/6
        Assert.All(fixture.Engine.Due(plan, At(new LocalDate(2024, 6, 4))), d => Assert.Equal(DueState.DueToday, d.State));
        var overdue = fixture.Engine.Due(plan, At(new LocalDate(2024, 6, 6)));
        Assert.All(overdue, d => Assert.Equal(DueState.Overdue, d.State));
        Assert.Equal(-2, overdue[0].WorkingDays);
    }

    [Fact]
    public async Task Petition_ComplaintInATthcStylePlan_CannotBeAnsweredAndIsRejectedThenNotified()
    {
        var fixture = new EngineFixture(new LocalDate(2024, 5, 22));
        await fixture.CreateAsync();
        await fixture.RunAsync(new ReceivePetition { By = Clerk, Session = "s1", Subject = "Khiếu nại quyết định xử phạt", Petitioner = "Bà B", Channel = PetitionChannel.Paper });
        await fixture.RunAsync(new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Complaint });

        var error = await Assert.ThrowsAsync<ActionBlockedException>(() =>
            fixture.RunAsync(new AnswerPetition { By = Chairman, Petition = "P-001", Mode = AnswerMode.InWriting, Summary = "…" }));
        Assert.Equal("petition.excluded-category", Assert.Single(error.Reasons).Code);
        Assert.Contains("khiếu nại", Assert.Single(error.Reasons).Reason, StringComparison.Ordinal);

        await fixture.RunAsync(new RejectPetition { By = Clerk, Petition = "P-001", Reason = RejectionReason.ExcludedCategory, Explanation = "Hướng dẫn gửi đơn theo Luật Khiếu nại" });
        await fixture.RunAsync(new NotifyPetitionResult { By = Clerk, Petition = "P-001", Channel = "Thư gửi theo địa chỉ" });
        var plan = await fixture.RunAsync(new ClosePetition { By = Clerk, Petition = "P-001" });

        Assert.Equal(PetitionStatus.Closed, plan.Petition("P-001").Status);
        Assert.Equal(RejectionReason.ExcludedCategory, plan.Petition("P-001").RejectionReason);
    }

    [Fact]
    public async Task Petition_RejectedWithAnUndefinedReason_IsRejectedLikeAnUndefinedCategory()
    {
        var fixture = new EngineFixture(new LocalDate(2024, 5, 22));
        await fixture.CreateAsync();
        await fixture.RunAsync(new ReceivePetition { By = Clerk, Session = "s1", Subject = "Khiếu nại", Petitioner = "Bà B", Channel = PetitionChannel.Paper });

        // RejectionReason has no 0: a command read from JSON without the field carries default(RejectionReason).
        var error = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            fixture.RunAsync(new RejectPetition { By = Clerk, Petition = "P-001", Reason = default, Explanation = "Ngoài phạm vi" }));

        Assert.Equal("petition.unknown-rejection-reason", error.Rule);
        Assert.Equal(PetitionStatus.Received, (await fixture.Engine.GetAsync("plan-1")).Petition("P-001").Status);
    }

    [Fact]
    public async Task Petition_RegisteredAfterTheWindow_IsLateAndCannotBeAnsweredAtTheSession()
    {
        var fixture = new EngineFixture(new LocalDate(2024, 6, 3));
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });
        await fixture.RunAsync(new AnnounceSession { By = Clerk, Session = "s1" });
        var plan = await fixture.RunAsync(new ReceivePetition { By = Clerk, Session = "s1", Subject = "Cấp phép xây dựng", Petitioner = "Ông C", Address = "12 Lê Lợi", Channel = PetitionChannel.Electronic });
        Assert.False(plan.Petition("P-001").OnTime);
        await fixture.RunAsync(new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Question, Domain = "admin" });
        plan = await fixture.RunAsync(new AssignPetition { By = Clerk, Petition = "P-001", Unit = "justice" });
        Assert.Equal(new LocalDate(2024, 6, 6), plan.Petition("P-001").AnswerDue); // 3 days after being forwarded on 3/6
        fixture.Today(new LocalDate(2024, 6, 14));
        await fixture.RunAsync(new HoldSession { By = Chairman, Session = "s1" });

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            fixture.RunAsync(new AnswerPetition { By = Chairman, Petition = "P-001", Mode = AnswerMode.AtSession, Summary = "…" }));
        Assert.Equal("petition.late-registration", error.Rule);

        plan = await fixture.RunAsync(new AnswerPetition { By = Chairman, Petition = "P-001", Mode = AnswerMode.InWriting, Summary = "Hướng dẫn hồ sơ" });
        Assert.True(plan.Petition("P-001").AnsweredLate);
        await Assert.ThrowsAsync<ActionBlockedException>(() => fixture.RunAsync(new ClosePetition { By = Clerk, Petition = "P-001" }));
    }

    [Fact]
    public async Task Petition_InTheWindowAndAnsweredAtTheSession_ClosesWithoutASeparateNotice()
    {
        var fixture = new EngineFixture(new LocalDate(2024, 5, 24));
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });
        await fixture.RunAsync(new ReceivePetition { By = Clerk, Session = "s1", Subject = "Đèn đường", Petitioner = "Ông D", Channel = PetitionChannel.Paper });
        await fixture.RunAsync(new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Petition, Domain = "admin" });
        fixture.Today(new LocalDate(2024, 6, 3));
        await fixture.RunAsync(new AnnounceSession { By = Clerk, Session = "s1" });
        fixture.Today(new LocalDate(2024, 6, 14));
        await fixture.RunAsync(new HoldSession { By = Chairman, Session = "s1" });
        await fixture.RunAsync(new AnswerPetition { By = Chairman, Petition = "P-001", Mode = AnswerMode.AtSession, Summary = "Lắp trong tháng 7" });

        var plan = await fixture.RunAsync(new ClosePetition { By = Clerk, Petition = "P-001" });

        Assert.True(plan.Petition("P-001").OnTime);
        Assert.Equal(PetitionStatus.Closed, plan.Petition("P-001").Status);
    }

    [Fact]
    public async Task Execute_TwoWritersOnTheSameVersion_OneWinsAndTheOtherGetsAConcurrencyError()
    {
        var fixture = new EngineFixture(May20);
        var plan = await fixture.CreateAsync();
        var other = new EngineFixture(May20, store: fixture.Store);

        await fixture.Engine.ExecuteAsync("plan-1", new IssuePlan { By = Chairman }, plan.Version);
        var error = await Assert.ThrowsAsync<ConcurrencyException>(() =>
            other.Engine.ExecuteAsync("plan-1", new CancelPlan { By = Clerk, Reason = "x" }, plan.Version));

        Assert.Equal(1, error.ExpectedVersion);
        Assert.Equal(2, error.ActualVersion);
        Assert.Equal(PlanStatus.Issued, (await fixture.Engine.GetAsync("plan-1")).Status);
    }

    [Fact]
    public async Task Execute_CalendarChangedAfterDeadlinesWereComputed_RecordsTheRecalculationInTheHistory()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        var options = new WorkingCalendarOptions();
        options.Overrides.Add(CalendarOverride.DayOff(new LocalDate(2024, 6, 4), "Nghỉ do bão", "QĐ 9/QĐ-UBND"));
        var changed = new EngineFixture(May20, new WorkingCalendar(options), fixture.Store);

        var plan = await changed.Engine.ExecuteAsync("plan-1", new IssuePlan { By = Chairman });

        var recalculated = plan.Events.OfType<DeadlinesRecalculated>().Single();
        Assert.Equal(CalendarChangePolicy.Recompute, recalculated.Policy);
        Assert.Contains(recalculated.Deadlines, c => c is { Task: "notice@s1" } && c.Old == new LocalDate(2024, 6, 4) && c.New == new LocalDate(2024, 6, 3));
        Assert.Contains("QĐ 9/QĐ-UBND", recalculated.Deadlines.Single(c => c.Task == "notice@s1").Reason, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2024, 6, 3), plan.Task("notice@s1").Due);
        Assert.IsType<PlanIssued>(plan.Events[^1]);
    }

    [Fact]
    public async Task Execute_CalendarChangedUnderTheKeepPolicy_KeepsTheDeadlineAndNotesTheNewDateOnce()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        var options = new WorkingCalendarOptions();
        options.Overrides.Add(CalendarOverride.DayOff(new LocalDate(2024, 6, 4), "Nghỉ do bão"));
        var changed = new EngineFixture(May20, new WorkingCalendar(options), fixture.Store, new DialogueEngineOptions { CalendarChangePolicy = CalendarChangePolicy.Keep });

        await changed.Engine.ExecuteAsync("plan-1", new IssuePlan { By = Chairman });
        var plan = await changed.Engine.ExecuteAsync("plan-1", new ReceivePetition { By = Clerk, Subject = "x", Petitioner = "y", Channel = PetitionChannel.Paper });

        Assert.Single(plan.Events.OfType<DeadlinesRecalculated>());
        Assert.Equal(new LocalDate(2024, 6, 4), plan.Task("notice@s1").Due);
        Assert.Equal(new LocalDate(2024, 6, 3), plan.Task("notice@s1").NotedDue);
    }

    [Fact]
    public async Task Execute_RescheduleAfterADeadlineWasKept_DropsTheStaleNoteAndRecordsNoPhantomRecalculation()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        var options = new WorkingCalendarOptions();
        options.Overrides.Add(CalendarOverride.DayOff(new LocalDate(2024, 6, 4), "Nghỉ do bão"));
        var changed = new EngineFixture(May20, new WorkingCalendar(options), fixture.Store, new DialogueEngineOptions { CalendarChangePolicy = CalendarChangePolicy.Keep });
        await changed.Engine.ExecuteAsync("plan-1", new IssuePlan { By = Chairman });

        var plan = await changed.Engine.ExecuteAsync("plan-1", new RescheduleSession { By = Chairman, Session = "s1", NewDate = new LocalDate(2024, 6, 21), Reason = "Trùng lịch" });

        // The reschedule recomputes the notice on today's calendar: the note about the old date no longer applies.
        Assert.Equal(new LocalDate(2024, 6, 11), plan.Task("notice@s1").Due);
        Assert.Null(plan.Task("notice@s1").NotedDue);
        plan = await changed.Engine.ExecuteAsync("plan-1", new ReceivePetition { By = Clerk, Subject = "x", Petitioner = "y", Channel = PetitionChannel.Paper });
        Assert.Single(plan.Events.OfType<DeadlinesRecalculated>());
    }

    [Fact]
    public async Task Extend_BeyondTheWorkingCalendar_IsRejectedAndThePlanStillAnswersWhatIsDue()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(
            new ExtendDeadline { By = Chairman, Task = "notice@s1", NewDue = new LocalDate(2300, 1, 1), Reason = "Chờ ý kiến" }));

        Assert.Equal("task.extension-out-of-range", error.Rule);
        var plan = await fixture.Engine.GetAsync("plan-1");
        Assert.Equal(1, plan.Version);
        Assert.Empty(fixture.Engine.Due(plan, fixture.Clock.GetCurrentInstant()));
    }

    [Fact]
    public async Task Schedule_BeyondTheWorkingCalendar_IsRejectedAsACommandNotACalendarError()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        await fixture.RunAsync(new PostponeSession { By = Chairman, Session = "s1", Reason = "Mưa bão" });

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(
            new ScheduleSession { By = Chairman, Session = "s1", Date = new LocalDate(2200, 1, 10) }));

        Assert.Equal("session.date-out-of-range", error.Rule);
        Assert.Equal(2, (await fixture.Engine.GetAsync("plan-1")).Version);
    }

    [Fact]
    public async Task PermittedActions_ListsBlockedActionsWithTheirReasons()
    {
        var fixture = new EngineFixture(May20);
        var plan = await fixture.CreateAsync();

        var actions = fixture.Engine.PermittedActions(plan);

        var announce = actions.Single(a => a.EntityId == "s1" && a.Trigger == "Announce");
        Assert.False(announce.Allowed);
        Assert.Equal("Kế hoạch chưa được ban hành.", Assert.Single(announce.Blocked).Reason);
        Assert.True(actions.Single(a => a.Entity == EntityKind.Plan && a.Trigger == "Issue").Allowed);
        var cancel = actions.Single(a => a.EntityId == "s2" && a.Trigger == "Cancel");
        Assert.Equal("session.minimum-per-year", Assert.Single(cancel.Blocked).Code);
    }

    [Fact]
    public async Task Explain_FrontSummary_NamesTheRuleTheAnchorAndTheDocumentPhrase()
    {
        var fixture = new EngineFixture(May20);
        var plan = await fixture.CreateAsync();

        var deadline = fixture.Engine.Explain(plan, "front-summary@s1")!;

        Assert.Equal(new LocalDate(2024, 6, 4), deadline.Due);
        Assert.Contains("trước 10 ngày tổ chức đối thoại", deadline.Explanation.Text, StringComparison.Ordinal);
        Assert.Null(fixture.Engine.Explain(plan, "yearly-report")!.Anchor);
    }

    [Fact]
    public async Task Get_UnknownPlan_ThrowsPlanNotFound() =>
        Assert.Equal("runtime.plan-not-found",
            (await Assert.ThrowsAsync<PlanNotFoundException>(() => new EngineFixture(May20).Engine.GetAsync("nope"))).ErrorCode);

    [Fact]
    public async Task Execute_UnknownSession_NamesTheSessionsThePlanHas()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();

        var error = await Assert.ThrowsAsync<EntityNotFoundException>(() => fixture.RunAsync(new AnnounceSession { By = Clerk, Session = "s9" }));

        Assert.Equal(["s1", "s2"], error.Known);
    }

    [Fact]
    public async Task Get_CorruptEvent_NamesThePlanAndTheVersionAndOtherPlansStillLoad()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        await fixture.Store.AppendAsync("plan-1", 1, [new EventData(Guid.NewGuid(), "session-held", 1, "{not json")]);
        await fixture.Engine.CreateAsync(new CreatePlan { TypeKey = "neighbourhood", By = Clerk, PlanId = "plan-2" });

        var error = await Assert.ThrowsAsync<PlanHistoryException>(() => fixture.Engine.GetAsync("plan-1"));

        Assert.Equal(2, error.Version);
        Assert.Equal("plan-1", error.PlanId);
        Assert.Equal(PlanStatus.Draft, (await fixture.Engine.GetAsync("plan-2")).Status);
    }

    [Fact]
    public async Task Create_SameIdTwice_IsRejected()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();

        await Assert.ThrowsAsync<PlanAlreadyExistsException>(() => fixture.CreateAsync());
    }

    [Fact]
    public async Task Get_StoredMoveTheMachineDoesNotAllow_IsAHistoryErrorNamingTheMove()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        var completed = new PlanEventSerializer().Serialize(new PlanCompleted { At = At(May20), By = Clerk });
        await fixture.Store.AppendAsync("plan-1", 1, [completed]);

        var error = await Assert.ThrowsAsync<PlanHistoryException>(() => fixture.Engine.GetAsync("plan-1"));

        Assert.Equal(2, error.Version);
        Assert.Contains("cannot Complete from Draft", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_RecordedForADayThatHasNotComeYet_IsRejected()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            fixture.RunAsync(new CompleteTask { By = Clerk, Task = "notice@s1", On = May20.PlusDays(1) }));

        Assert.Equal("command.date-in-future", error.Rule);
        Assert.Contains("2024-05-21", error.EnglishReason, StringComparison.Ordinal);
        Assert.Equal(1, (await fixture.Engine.GetAsync("plan-1")).Version);
    }

    [Fact]
    public async Task Complete_ADraftPlan_NamesThePlanOnceInTheMessage()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidTransitionException>(() => fixture.RunAsync(new CompletePlan { By = Chairman }));

        Assert.StartsWith("Plan 'plan-1' is Draft: it cannot Complete", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_OfACancelledPlan_MarksNothingOverdue()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        await fixture.RunAsync(new CancelPlan { By = Chairman, Reason = "Sáp nhập phường" });
        fixture.Today(new LocalDate(2024, 7, 1));

        var plan = await fixture.Engine.GetAsync("plan-1");

        Assert.DoesNotContain(fixture.Engine.Timeline(plan), l => l.Overdue);
        Assert.Empty(fixture.Engine.Due(plan, At(new LocalDate(2024, 7, 1))));
    }

    [Fact]
    public async Task RejectPetition_RecordedAfterwards_KeepsTheDayItHappened()
    {
        var fixture = new EngineFixture(new LocalDate(2024, 5, 22));
        await fixture.CreateAsync();
        await fixture.RunAsync(new ReceivePetition { By = Clerk, Subject = "Ngoài phạm vi", Petitioner = "Ông E", Channel = PetitionChannel.Paper });
        fixture.Today(new LocalDate(2024, 5, 27));

        var plan = await fixture.RunAsync(new RejectPetition
        {
            By = Clerk, Petition = "P-001", Reason = RejectionReason.OutOfScope, Explanation = "x", On = new LocalDate(2024, 5, 23),
        });

        Assert.Equal(new LocalDate(2024, 5, 23), plan.Petition("P-001").ResolvedOn);
    }

    [Fact]
    public async Task Replay_PetitionRejectedStoredWithoutADate_UsesTheDayItWasRecordedInVietnam()
    {
        var fixture = new EngineFixture(new LocalDate(2024, 5, 22));
        await fixture.CreateAsync();
        await fixture.RunAsync(new ReceivePetition { By = Clerk, Subject = "Ngoài phạm vi", Petitioner = "Ông E", Channel = PetitionChannel.Paper });
        // As written before the event had a date: 18:00 UTC on 22/5 is 01:00 on 23/5 in Vietnam.
        var old = new EventData(Guid.NewGuid(), "petition-rejected", 1,
            """{"petition":"P-001","reason":"Late","explanation":"x","at":"2024-05-22T18:00:00Z","by":{"userId":"u","role":"","unit":""}}""");
        await fixture.Store.AppendAsync("plan-1", 2, [old]);

        var plan = await fixture.Engine.GetAsync("plan-1");

        Assert.Null(plan.Events.OfType<PetitionRejected>().Single().On);
        Assert.Equal(new LocalDate(2024, 5, 23), plan.Petition("P-001").ResolvedOn);
    }

    [Fact]
    public async Task ReceivePetition_ForACancelledSession_IsRejectedAndNothingIsWritten()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        await fixture.RunAsync(new AddAdHocSession { By = Chairman, Title = "Đột xuất", Date = new LocalDate(2024, 9, 20) });
        await fixture.RunAsync(new CancelSession { By = Chairman, Session = "s1", Reason = "Bão" });

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            fixture.RunAsync(new ReceivePetition { By = Clerk, Session = "s1", Subject = "x", Petitioner = "y", Channel = PetitionChannel.Paper }));

        Assert.Equal("petition.session-closed", error.Rule);
        Assert.Empty((await fixture.Engine.GetAsync("plan-1")).Petitions);
    }
}
