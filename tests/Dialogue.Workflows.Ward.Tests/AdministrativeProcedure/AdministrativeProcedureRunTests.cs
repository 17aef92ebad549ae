using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Events;
using Dialogue.Workflows.Ward.AdministrativeProcedure;
using NodaTime;
using static Dialogue.Workflows.Ward.AdministrativeProcedure.AdministrativeProcedureTasks;
using static Dialogue.Workflows.Ward.Tests.AdministrativeProcedure.AdministrativeProcedureFixture;

namespace Dialogue.Workflows.Ward.Tests.AdministrativeProcedure;

/// <summary>Plan 151/KH-UBND run through the engine on a fake clock, on the document's dates.</summary>
public sealed class AdministrativeProcedureRunTests
{
    private const string District = "Ủy ban nhân dân quận Tân Bình";

    [Fact]
    public async Task Run_ConferenceOnFifthNovember2021_TakesEveryPetitionToItsOutcomeAndClosesThePlan()
    {
        var fixture = new AdministrativeProcedureFixture(D(2021, 10, 16));
        await fixture.CreateAsync();
        var plan = await fixture.RunAsync(new IssuePlan { By = Chairman, Document = "151/KH-UBND" });
        Assert.Equal(PlanStatus.Issued, plan.Status);
        await fixture.RunAsync(new CompleteTask { By = Clerk, Task = DraftPlan });
        await fixture.RunAsync(D(2021, 10, 18), new CompleteTask { By = Clerk, Task = PublishPlan });

        // II.4, III.1: forms received from 18/10 to the end of 25/10 are on time.
        await ReceiveAsync(fixture, D(2021, 10, 18), "Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn", "Ông Nguyễn Văn A", PetitionChannel.Paper); // P-001
        await ReceiveAsync(fixture, D(2021, 10, 20), "Chứng thực bản sao từ bản chính giấy tờ do cơ quan nước ngoài cấp", "Bà Trần Thị B", PetitionChannel.Electronic); // P-002
        await ReceiveAsync(fixture, D(2021, 10, 21), "Khiếu nại quyết định xử phạt vi phạm hành chính về trật tự xây dựng", "Ông Lê Văn C", PetitionChannel.Paper); // P-003
        await ReceiveAsync(fixture, D(2021, 10, 22), "Đề nghị rút ngắn thời gian cấp Giấy chứng nhận quyền sử dụng đất", "Bà Phạm Thị D", PetitionChannel.Paper); // P-004
        plan = await ReceiveAsync(fixture, D(2021, 10, 25), "Cấp Phiếu lý lịch tư pháp qua dịch vụ công trực tuyến", "Ông Hoàng Văn E", PetitionChannel.Electronic); // P-005
        Assert.All(plan.Petitions, p => Assert.True(p.OnTime, p.Id));

        // II.3 Ghi chú: a complaint cannot be answered; it is rejected, the petitioner told, and it is closed.
        await fixture.RunAsync(D(2021, 10, 21), new ClassifyPetition { By = Clerk, Petition = "P-003", Category = PetitionCategory.Complaint });
        var blocked = await Assert.ThrowsAsync<ActionBlockedException>(() =>
            fixture.RunAsync(new AnswerPetition { By = Chairman, Petition = "P-003", Mode = AnswerMode.InWriting, Summary = "…" }));
        Assert.Equal("petition.excluded-category", Assert.Single(blocked.Reasons).Code);
        await fixture.RunAsync(new RejectPetition
        {
            By = ClerkByOrder, Petition = "P-003", Reason = RejectionReason.ExcludedCategory,
            Explanation = "Hội nghị không đối thoại nội dung khiếu nại; hướng dẫn gửi đơn theo Luật Khiếu nại",
        });
        await fixture.RunAsync(new NotifyPetitionResult { By = Clerk, Petition = "P-003", Channel = "Gửi theo địa chỉ ghi trên phiếu đăng ký" });
        await fixture.RunAsync(new ClosePetition { By = Clerk, Petition = "P-003" });

        // III.2, III.3: on Monday 25/10 the office classifies and forwards the forms; the departments have 3 days, to Thursday 28/10.
        fixture.Today(D(2021, 10, 25));
        await ForwardAsync(fixture, "P-001", PetitionCategory.Question, "civil-status");
        await ForwardAsync(fixture, "P-002", PetitionCategory.Question, "certification");
        await ForwardAsync(fixture, "P-004", PetitionCategory.Petition, "one-stop");
        plan = await ForwardAsync(fixture, "P-005", PetitionCategory.Question, "online-services");
        Assert.All(new[] { "P-001", "P-002", "P-004", "P-005" }, id =>
        {
            Assert.Equal(D(2021, 10, 25), plan.Petition(id).AssignedOn);
            Assert.Equal(D(2021, 10, 28), PreparationDue(fixture, plan.Petition(id)));
            Assert.Null(plan.Petition(id).AnswerDue); // the answer itself is given at the conference
        });
        await fixture.RunAsync(new CompleteTask { By = Clerk, Task = AtConference(ReceiveForms) });

        // A form sent on Wednesday 27/10, after the window: late. Forwarded that day, the departments' 3 days end on
        // Saturday 30/10, so they have until Monday 01/11.
        plan = await ReceiveAsync(fixture, D(2021, 10, 27), "Nộp hồ sơ thủ tục hành chính qua dịch vụ bưu chính công", "Công ty TNHH Minh Phát", PetitionChannel.Electronic); // P-006
        Assert.False(plan.Petition("P-006").OnTime);
        plan = await ForwardAsync(fixture, "P-006", PetitionCategory.Question, "public-postal");
        Assert.Equal(D(2021, 11, 1), PreparationDue(fixture, plan.Petition("P-006")));

        // III.3: the departments finish by Thursday 28/10; the Hồ Chí Minh City Department of Justice, not the ward, issues
        // criminal-record certificates, so P-005 gets guidance to it (redirected).
        fixture.Today(D(2021, 10, 28));
        await fixture.RunAsync(new CompleteTask { By = Department, Task = AtConference(DepartmentAnswers) });
        // The department drafts the guidance (III.3); the chairman signs it.
        await fixture.RunAsync(new RedirectPetition
        {
            By = Chairman, Petition = "P-005", CompetentBody = "Sở Tư pháp Thành phố Hồ Chí Minh",
            Guidance = "Nộp hồ sơ cấp Phiếu lý lịch tư pháp tại Sở Tư pháp hoặc qua Cổng dịch vụ công của Thành phố",
        });
        await fixture.RunAsync(new NotifyPetitionResult { By = Clerk, Petition = "P-005", Channel = "Thư điện tử" });
        await fixture.RunAsync(new ClosePetition { By = Clerk, Petition = "P-005" });
        await fixture.RunAsync(new CompleteTask { By = Department, Task = AtConference(DepartmentGuidance) });

        // III.3: each form forwarded on Monday 25/10 gave the departments 3 days, to Thursday 28/10; their proposals are in on time.
        foreach (var id in new[] { "P-001", "P-002", "P-004", "P-005" })
        {
            var answer = await fixture.RunAsync(new CompleteTask { By = Department, Task = $"answer@{id}" });
            Assert.Equal((D(2021, 10, 28), false), (answer.Task($"answer@{id}").Due, answer.Task($"answer@{id}").DoneLate));
        }

        // II.4: the office compiles on Friday 29/10 (the window's Saturday 30/10 is not needed).
        await fixture.RunAsync(D(2021, 10, 29), new CompleteTask { By = Clerk, Task = AtConference(CompileContent) });

        // The late form is answered in writing on its due day, Monday 01/11.
        await fixture.RunAsync(D(2021, 11, 1), new AnswerPetition
        {
            By = Chairman, Petition = "P-006", Mode = AnswerMode.InWriting, Summary = "Hướng dẫn nộp hồ sơ qua dịch vụ bưu chính công",
        });
        await fixture.RunAsync(new NotifyPetitionResult { By = Clerk, Petition = "P-006", Channel = "Thư điện tử" });
        await fixture.RunAsync(new ClosePetition { By = Clerk, Petition = "P-006" });
        await fixture.RunAsync(new CompleteTask { By = Department, Task = "answer@P-006" });
        await fixture.RunAsync(new CompleteTask { By = Clerk, Task = AtConference(BuildProgramme) });

        // III.2, II.4: invitations issued on Wednesday 03/11; they are the conference's announcement.
        fixture.Today(D(2021, 11, 3));
        await fixture.RunAsync(new CompleteTask { By = Clerk, Task = AtConference(DraftInvitations) });
        await fixture.RunAsync(new AnnounceSession { By = Chairman, Session = Conference, Document = "Giấy mời" });
        plan = await fixture.RunAsync(new CompleteTask { By = Chairman, Task = AtConference(InviteOrAnswerInWriting) });
        Assert.Equal(PlanStatus.InProgress, plan.Status);

        // II.2: on Friday 05/11 the on-time form is answered at the conference; a question raised there that cannot be
        // answered at once is taken for a written answer.
        fixture.Today(D(2021, 11, 5));
        await fixture.RunAsync(new HoldSession { By = Chairman, Session = Conference });
        await fixture.RunAsync(new CompleteTask { By = Clerk, Task = AtConference(ChairConference) });
        await fixture.RunAsync(new AnswerPetition { By = Chairman, Petition = "P-001", Mode = AnswerMode.AtSession, Summary = "Hướng dẫn hồ sơ đăng ký khai sinh" });
        await fixture.RunAsync(new ClosePetition { By = Clerk, Petition = "P-001" });
        await fixture.RunAsync(new CompleteTask { By = Chairman, Task = AtConference(AnswerAtConference) });
        plan = await fixture.RunAsync(new ReceivePetition
        {
            By = Clerk, Session = Conference, Subject = "Thời gian trả kết quả chứng thực chữ ký trong hợp đồng", Petitioner = "Bà Võ Thị G",
            Address = "Phường 1, quận Tân Bình", Channel = PetitionChannel.AtSession,
        }); // P-007
        Assert.True(plan.Petition("P-007").OnTime);

        // III.2: the report to the district before 10/11/2021, sent Monday 08/11 (due Tuesday 09/11). No conclusion notice needed.
        fixture.Today(D(2021, 11, 8));
        await fixture.RunAsync(new ReportSession { By = ClerkByOrder, Session = Conference, Document = "Báo cáo kết quả Hội nghị đối thoại" });
        await fixture.RunAsync(new CompleteTask { By = Clerk, Task = AtConference(ReportToDistrict) });

        // The session cannot close while petitions and after-session duties are open.
        var notYet = await Assert.ThrowsAsync<ActionBlockedException>(() => fixture.RunAsync(new CloseSession { By = Chairman, Session = Conference }));
        Assert.Contains(notYet.Reasons, r => r.Code == "session.petitions-open" && r.EnglishReason.Contains("not been notified", StringComparison.Ordinal)
            && r.EnglishReason.Contains("P-002", StringComparison.Ordinal) && !r.EnglishReason.Contains("P-001", StringComparison.Ordinal));
        Assert.Contains(notYet.Reasons, r => r.Code == "session.tasks-open");

        // Still Monday 08/11: the absent registrant (she reported her absence) is answered at the address on her form; the
        // question from the floor is answered in writing; the matter beyond the ward's authority goes to the district.
        await fixture.RunAsync(new AnswerPetition { By = Chairman, Petition = "P-002", Mode = AnswerMode.InWriting, Summary = "Trả lời gửi theo địa chỉ ghi trên phiếu" });
        await fixture.RunAsync(new NotifyPetitionResult { By = Clerk, Petition = "P-002", Channel = "Gửi theo địa chỉ ghi trên phiếu đăng ký" });
        await fixture.RunAsync(new ClosePetition { By = Clerk, Petition = "P-002" });
        await fixture.RunAsync(new CompleteTask { By = Chairman, Task = AtConference(AnswerAbsent) });
        await fixture.RunAsync(new ClassifyPetition { By = Clerk, Petition = "P-007", Category = PetitionCategory.Question, Domain = "certification" });
        await fixture.RunAsync(new AnswerPetition { By = Chairman, Petition = "P-007", Mode = AnswerMode.InWriting, Summary = "Trả kết quả trong ngày làm việc" });
        await fixture.RunAsync(new NotifyPetitionResult { By = Clerk, Petition = "P-007", Channel = "Văn bản" });
        await fixture.RunAsync(new ClosePetition { By = Clerk, Petition = "P-007" });
        await fixture.RunAsync(new CompleteTask { By = Chairman, Task = AtConference(AnswerInWriting) });
        await fixture.RunAsync(new EscalatePetition { By = Chairman, Petition = "P-004", To = District });
        await fixture.RunAsync(new NotifyPetitionResult { By = Clerk, Petition = "P-004", Channel = "Văn bản" });
        await fixture.RunAsync(new ClosePetition { By = Clerk, Petition = "P-004" });
        await fixture.RunAsync(new CompleteTask { By = Chairman, Task = AtConference(ReportBeyondAuthority) });

        await fixture.RunAsync(D(2021, 11, 9), new CloseSession { By = Chairman, Session = Conference });
        plan = await fixture.RunAsync(new CompletePlan { By = Chairman });

        Assert.Equal(PlanStatus.Completed, plan.Status);
        Assert.Equal(SessionStatus.Closed, plan.Session(Conference).Status);
        Assert.Equal(D(2021, 11, 5), plan.Session(Conference).HeldOn);
        Assert.Equal(["Ủy ban nhân dân quận Tân Bình (thông qua Văn phòng Ủy ban nhân dân quận)"], plan.Session(Conference).ReportedTo);
        Assert.Equal(
        [
            ("P-001", AnswerMode.AtSession, (RejectionReason?)null),
            ("P-002", AnswerMode.InWriting, null),
            ("P-003", (AnswerMode?)null, RejectionReason.ExcludedCategory),
            ("P-004", null, null),
            ("P-005", null, null),
            ("P-006", AnswerMode.InWriting, null),
            ("P-007", AnswerMode.InWriting, null),
        ], plan.Petitions.Select(p => (p.Id, p.AnswerMode, p.RejectionReason)));
        Assert.All(plan.Petitions, p => Assert.Equal(PetitionStatus.Closed, p.Status));
        Assert.Single(plan.Events.OfType<PetitionEscalated>(), e => e.Petition == "P-004" && e.To == District);
        Assert.Single(plan.Events.OfType<PetitionRedirected>(), e => e.Petition == "P-005" && e.CompetentBody == "Sở Tư pháp Thành phố Hồ Chí Minh");
        Assert.All(plan.Petitions, p => Assert.False(p.AnsweredLate, p.Id));
        Assert.All(plan.Tasks, t => Assert.Equal(PlanTaskStatus.Done, t.Status));
        Assert.All(plan.Tasks, t => Assert.False(t.DoneLate, t.Id));
        Assert.Equal("151/KH-UBND", plan.DocumentNumber);
    }

    [Fact]
    public async Task AnswerPetition_LateFormAtTheConference_IsRefusedAndAnsweredInWritingInstead()
    {
        // II.2: only forms "gửi đúng thời gian quy định" are answered at the conference; I.2: the rest must still be handled.
        var fixture = new AdministrativeProcedureFixture(D(2021, 10, 16));
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });
        await ReceiveAsync(fixture, D(2021, 10, 26), "Tra cứu hồ sơ trực tuyến", "Ông Đặng Văn K", PetitionChannel.Electronic);
        await fixture.RunAsync(new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Question, Domain = "online-services" });
        await fixture.RunAsync(D(2021, 11, 3), new AnnounceSession { By = Chairman, Session = Conference });
        await fixture.RunAsync(D(2021, 11, 5), new HoldSession { By = Chairman, Session = Conference });

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            fixture.RunAsync(new AnswerPetition { By = Chairman, Petition = "P-001", Mode = AnswerMode.AtSession, Summary = "…" }));
        var plan = await fixture.RunAsync(new AnswerPetition { By = Chairman, Petition = "P-001", Mode = AnswerMode.InWriting, Summary = "Hướng dẫn tra cứu" });

        Assert.Equal("petition.late-registration", refused.Rule);
        Assert.False(plan.Petition("P-001").OnTime);
        Assert.Equal(AnswerMode.InWriting, plan.Petition("P-001").AnswerMode);
    }

    [Fact]
    public async Task ReceivePetition_FormBeforeTheWindowOpens_IsNotOnTime()
    {
        // II.4: "Từ ngày 18/10/2021": a form on Sunday 17/10 is outside the window, like one after 25/10.
        var fixture = new AdministrativeProcedureFixture(D(2021, 10, 16));
        await fixture.CreateAsync();

        var early = await ReceiveAsync(fixture, D(2021, 10, 17), "Đăng ký kết hôn", "Bà Lý Thị M", PetitionChannel.Paper);
        var last = await ReceiveAsync(fixture, D(2021, 10, 25), "Đăng ký kết hôn", "Ông Lý Văn N", PetitionChannel.Paper);

        Assert.False(early.Petition("P-001").OnTime);
        Assert.True(last.Petition("P-002").OnTime);
    }

    [Fact]
    public async Task Run_NoMeetingBecauseOfCovid19_AnswersEveryRegistrantInWritingAndCompletesWithoutAConference()
    {
        // II.4: "Căn cứ vào tình hình thực tế và diễn biến của dịch bệnh COVID-19, Ủy ban nhân dân phường sẽ phát hành giấy mời …
        // hoặc tổ chức gửi văn bản trả lời đến cá nhân, tổ chức."
        var fixture = new AdministrativeProcedureFixture(D(2021, 10, 16));
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman, Document = "151/KH-UBND" });
        await ReceiveAsync(fixture, D(2021, 10, 19), "Đăng ký khai tử", "Ông Bùi Văn P", PetitionChannel.Paper);
        await ReceiveAsync(fixture, D(2021, 10, 22), "Chứng thực chữ ký", "Bà Đỗ Thị Q", PetitionChannel.Electronic);
        fixture.Today(D(2021, 10, 25));
        await ForwardAsync(fixture, "P-001", PetitionCategory.Question, "civil-status");
        await ForwardAsync(fixture, "P-002", PetitionCategory.Question, "certification");

        var permitted = fixture.Engine.PermittedActions(await fixture.Engine.GetAsync(fixture.PlanId));
        Assert.True(permitted.Single(a => a.EntityId == Conference && a.Trigger == "AnswerInWriting").Allowed);
        var plan = await fixture.RunAsync(D(2021, 11, 3), new AnswerSessionInWriting
        {
            By = Chairman, Session = Conference, Reason = "Dịch bệnh COVID-19 diễn biến phức tạp, không tổ chức Hội nghị", Document = "Thông báo",
        });
        Assert.Equal(SessionStatus.AnsweredInWriting, plan.Session(Conference).Status);
        Assert.Equal(PlanStatus.InProgress, plan.Status);

        // No conference: it cannot be held, and no answer can be given "at the session".
        await Assert.ThrowsAsync<InvalidTransitionException>(() => fixture.RunAsync(D(2021, 11, 5), new HoldSession { By = Chairman, Session = Conference }));
        var atSession = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            fixture.RunAsync(new AnswerPetition { By = Chairman, Petition = "P-001", Mode = AnswerMode.AtSession, Summary = "…" }));
        Assert.Equal("petition.session-not-held", atSession.Rule);

        foreach (var id in new[] { "P-001", "P-002" })
        {
            await fixture.RunAsync(new AnswerPetition { By = Chairman, Petition = id, Mode = AnswerMode.InWriting, Summary = "Văn bản trả lời" });
            await fixture.RunAsync(new NotifyPetitionResult { By = Clerk, Petition = id, Channel = "Gửi theo địa chỉ ghi trên phiếu đăng ký" });
            await fixture.RunAsync(new ClosePetition { By = Clerk, Petition = id });
        }

        await fixture.RunAsync(new CompleteTask { By = Chairman, Task = AtConference(InviteOrAnswerInWriting) });
        foreach (var key in new[] { AnswerAbsent, AnswerInWriting, ReportBeyondAuthority })
        {
            await fixture.RunAsync(new WaiveTask { By = Chairman, Task = AtConference(key), Reason = "Không tổ chức Hội nghị do dịch bệnh COVID-19" });
        }

        await fixture.RunAsync(D(2021, 11, 8), new ReportSession { By = ClerkByOrder, Session = Conference });
        await fixture.RunAsync(new CompleteTask { By = Clerk, Task = AtConference(ReportToDistrict) });
        await fixture.RunAsync(new CloseSession { By = Chairman, Session = Conference });

        // The plan completes only when every duty is done or waived: the preparation was done and the office records it;
        // what belongs to the conference itself is waived, with the reason.
        plan = await fixture.Engine.GetAsync(fixture.PlanId);
        foreach (var task in plan.Tasks.Where(t => t.Status == PlanTaskStatus.Open).ToList())
        {
            await fixture.RunAsync(task.Definition.Phase == TaskPhase.At
                ? new WaiveTask { By = Chairman, Task = task.Id, Reason = "Không tổ chức Hội nghị do dịch bệnh COVID-19" }
                : new CompleteTask { By = Clerk, Task = task.Id });
        }

        plan = await fixture.RunAsync(new CompletePlan { By = Chairman });

        Assert.Equal(PlanStatus.Completed, plan.Status);
        Assert.Null(plan.Session(Conference).HeldOn);
        Assert.Equal("Dịch bệnh COVID-19 diễn biến phức tạp, không tổ chức Hội nghị", plan.Session(Conference).Reason);
        Assert.All(plan.Petitions, p => Assert.Equal((AnswerMode?)AnswerMode.InWriting, p.AnswerMode));
        Assert.Single(plan.Events.OfType<SessionAnsweredInWriting>());
    }

    [Fact]
    public async Task Due_OnTuesday26October2021_ShowsTheDepartmentsWindowApproachingAndTheFormsOverdue()
    {
        // The forms' window closed at the end of Monday 25/10; the departments' window ends Thursday 28/10.
        var fixture = new AdministrativeProcedureFixture(D(2021, 10, 16));
        var plan = await fixture.CreateAsync();

        var due = fixture.Engine.Due(plan, PlanTypeHarness.At(D(2021, 10, 26)), lookAheadWorkingDays: 2);

        Assert.Equal(
        [
            (AtConference(ReceiveForms), DueState.Overdue),
            (AtConference(DepartmentAnswers), DueState.Approaching),
            (AtConference(DepartmentGuidance), DueState.Approaching),
        ], due.Select(d => (d.Task.Id, d.State)));
        Assert.Equal(2, due[1].WorkingDays); // 27/10, 28/10
    }

    private static Task<PlanInstance> ReceiveAsync(AdministrativeProcedureFixture fixture, LocalDate on, string subject, string petitioner, PetitionChannel channel) =>
        fixture.RunAsync(on, new ReceivePetition
        {
            By = Clerk, Session = Conference, Subject = subject, Petitioner = petitioner, Address = "Phường 1, quận Tân Bình", Channel = channel,
        });

    private static async Task<PlanInstance> ForwardAsync(AdministrativeProcedureFixture fixture, string petition, PetitionCategory category, string domain)
    {
        await fixture.RunAsync(new ClassifyPetition { By = Clerk, Petition = petition, Category = category, Domain = domain });
        return await fixture.RunAsync(new AssignPetition { By = Clerk, Petition = petition, Unit = "departments" });
    }

    /// <summary>III.3: the departments' 3 days for a form, from the day the engine recorded it forwarded.</summary>
    private static LocalDate? PreparationDue(AdministrativeProcedureFixture fixture, PetitionInstance petition) =>
        AdministrativeProcedurePlanType.FormAnswerDeadline
            .Compute(Anchor.On(petition.AssignedOn!.Value, "ngày nhận được văn bản", "day the form was forwarded"), fixture.Engine.Calendar).Due;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);
}
