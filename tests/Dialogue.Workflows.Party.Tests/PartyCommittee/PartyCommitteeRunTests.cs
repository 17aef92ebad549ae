using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Events;
using NodaTime;
using static Dialogue.Workflows.Party.Tests.PartyCommittee.PartyCommitteeFixture;

namespace Dialogue.Workflows.Party.Tests.PartyCommittee;

/// <summary>The whole plan driven through the engine with a fake clock, with petitions routed to the three co-chairs by domain (III.4, footnote 1).</summary>
public sealed class PartyCommitteeRunTests
{
    [Fact]
    public async Task Run_FromIssueToClose_RoutesPetitionsToTheThreeDomainsAndFollowsTheConclusionNotice()
    {
        var fixture = new PartyCommitteeFixture(new LocalDate(2023, 9, 21));
        var plan = await fixture.CreateAsync();
        Assert.Equal(new LocalDate(2023, 10, 4), plan.Task("front-survey@conference").Due);
        await fixture.RunAsync(new IssuePlan { By = Secretary, Document = "179-KH/ĐU" });

        // III.1: "sẽ có giấy mời sau" — the date is set, then the invitations go out.
        fixture.Today(new LocalDate(2023, 9, 25));
        await fixture.RunAsync(
            new ScheduleSession { By = Secretary, Session = "conference", Date = new LocalDate(2023, 10, 12) },
            new CompleteTask { By = Council, Task = "council-select-issues@conference" },
            new CompleteTask { By = FrontOfficer, Task = "front-monitor@conference" });

        // IV.6: the Front's survey reaches the Party committee on 3/10, before 4/10, with three opinions of three domains.
        fixture.Today(new LocalDate(2023, 10, 3));
        plan = await fixture.RunAsync(
            new ReceivePetition { By = Office, Session = "conference", Subject = "Góp ý về công tác phát triển đảng viên ở khu phố", Petitioner = "Hội Cựu chiến binh Phường", Channel = PetitionChannel.Collected },
            new ReceivePetition { By = Office, Session = "conference", Subject = "Đề nghị HĐND giám sát việc thu phí vệ sinh môi trường", Petitioner = "Ban Công tác Mặt trận khu phố 2", Channel = PetitionChannel.Collected },
            new ReceivePetition { By = Office, Session = "conference", Subject = "Đề nghị nâng cấp hẻm 12 đường Nguyễn Trãi", Petitioner = "Hội Phụ nữ Phường", Channel = PetitionChannel.Collected },
            new CompleteTask { By = FrontOfficer, Task = "front-survey@conference" });
        Assert.False(plan.Task("front-survey@conference").DoneLate);

        // Footnote 1: a domain outside the three is refused.
        var unknown = await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(
            new ClassifyPetition { By = Office, Petition = "P-001", Category = PetitionCategory.Proposal, Domain = "security" }));
        Assert.Equal("petition.unknown-domain", unknown.Rule);
        await fixture.RunAsync(
            new ClassifyPetition { By = Office, Petition = "P-001", Category = PetitionCategory.Proposal, Domain = "party-leadership" },
            new ClassifyPetition { By = Office, Petition = "P-002", Category = PetitionCategory.Petition, Domain = "council-activity" },
            new ClassifyPetition { By = Office, Petition = "P-003", Category = PetitionCategory.Petition, Domain = "administration" },
            new AssignPetition { By = Office, Petition = "P-001", Unit = "secretary" },
            new AssignPetition { By = Office, Petition = "P-002", Unit = "council-chair" },
            new AssignPetition { By = Office, Petition = "P-003", Unit = "pc-chair" });
        await fixture.RunAsync([.. new[] { "front-delegates", "party-office-preparation", "government-office-preparation", "prepare-answers", "propaganda-before" }
            .Select(step => new CompleteTask { By = Office, Task = $"{step}@conference" })]);
        fixture.Today(new LocalDate(2023, 10, 5));
        await fixture.RunAsync(new AnnounceSession { By = OfficeByOrder, Session = "conference", Document = "Giấy mời số 12-GM/ĐU" });

        // The conference: each co-chair answers their own domain (III.4); the People's Committee's question on the lane needs a survey first.
        fixture.Today(new LocalDate(2023, 10, 12));
        await fixture.RunAsync(
            new HoldSession { By = Secretary, Session = "conference" },
            new ReceivePetition { By = Office, Session = "conference", Subject = "Phản ánh thái độ phục vụ tại bộ phận một cửa", Petitioner = "Bà Nguyễn Thị Lan, khu phố 4", Channel = PetitionChannel.AtSession },
            new ClassifyPetition { By = Office, Petition = "P-004", Category = PetitionCategory.Report, Domain = "administration" },
            new AssignPetition { By = Office, Petition = "P-004", Unit = "pc-chair" },
            new AnswerPetition { By = Secretary, Petition = "P-001", Mode = AnswerMode.AtSession, Summary = "Tiếp thu, chỉ đạo các chi bộ khu phố rà soát nguồn phát triển đảng viên" },
            new AnswerPetition { By = CouncilChair, Petition = "P-002", Mode = AnswerMode.AtSession, Summary = "Thường trực HĐND đưa vào chương trình giám sát quý IV" },
            new AnswerPetition { By = CommitteeChair, Petition = "P-004", Mode = AnswerMode.AtSession, Summary = "Tiếp thu, chấn chỉnh ngay tác phong công chức" });
        await fixture.RunAsync([.. plan.Definition.Tasks.Where(t => t.Phase == TaskPhase.At).Select(t => new CompleteTask { By = Office, Task = $"{t.Key}@conference" })]);

        // IV.3: the conclusions go out after the conference; IV.2: right after them the People's Committee answers what was not cleared and sends it to the Front.
        fixture.Today(new LocalDate(2023, 10, 16));
        plan = await fixture.RunAsync(
            new ConcludeSession { By = Secretary, Session = "conference", Document = "Thông báo số 25-TB/ĐU" },
            new CompleteTask { By = Office, Task = "conclusion-notice@conference" });
        Assert.Equal(new LocalDate(2023, 10, 16), plan.Session("conference").ConcludedOn);
        fixture.Today(new LocalDate(2023, 10, 20));
        await fixture.RunAsync(
            new AnswerPetition { By = CommitteeChair, Petition = "P-003", Mode = AnswerMode.InWriting, Summary = "Đưa hẻm 12 vào danh mục nâng cấp năm 2024" },
            new NotifyPetitionResult { By = Office, Petition = "P-003", Channel = "Văn bản gửi Hội Phụ nữ Phường" },
            new CompleteTask { By = PeoplesCommittee, Task = "answer-outstanding@conference" },
            new CompleteTask { By = PeoplesCommittee, Task = "send-answers-to-front@conference" });
        await fixture.RunAsync([.. Enumerable.Range(1, 4).Select(n => new ClosePetition { By = Office, Petition = $"P-{n:000}" })]);

        // IV.1, IV.4, IV.6: supervision and publicity after the conference.
        fixture.Today(new LocalDate(2023, 11, 30));
        await fixture.RunAsync(
            new CompleteTask { By = Council, Task = "council-supervision@conference" },
            new CompleteTask { By = FrontOfficer, Task = "front-supervision@conference" },
            new CompleteTask { By = FrontOfficer, Task = "front-mobilisation@conference" },
            new CompleteTask { By = Office, Task = "propaganda-after@conference" });
        // The document names no one to report the results to: the conference closes from its conclusion.
        plan = await fixture.RunAsync(new CloseSession { By = Secretary, Session = "conference" }, new CompletePlan { By = Secretary });

        Assert.Equal(PlanStatus.Completed, plan.Status);
        Assert.Equal(SessionStatus.Closed, plan.Session("conference").Status);
        Assert.Empty(plan.Events.OfType<SessionReported>());
        Assert.All(plan.Tasks, t => Assert.Equal(PlanTaskStatus.Done, t.Status));
        Assert.DoesNotContain(plan.Tasks, t => t.DoneLate);
        Assert.Equal(
        [
            ("party-leadership", "secretary", AnswerMode.AtSession),
            ("council-activity", "council-chair", AnswerMode.AtSession),
            ("administration", "pc-chair", AnswerMode.InWriting),
            ("administration", "pc-chair", AnswerMode.AtSession),
        ], plan.Petitions.Select(p => (p.Domain!, p.AssignedTo!, p.AnswerMode!.Value)));
        Assert.All(plan.Petitions, p => Assert.Equal(PetitionStatus.Closed, p.Status));
        Assert.Equal("179-KH/ĐU", plan.DocumentNumber);
    }

    [Fact]
    public async Task CompleteTask_SurveySentAfter4October2023_IsRecordedLate_IV6()
    {
        var fixture = new PartyCommitteeFixture(new LocalDate(2023, 9, 21));
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Secretary });
        fixture.Today(new LocalDate(2023, 10, 5));

        var plan = await fixture.RunAsync(new CompleteTask { By = FrontOfficer, Task = "front-survey@conference" });

        Assert.True(plan.Task("front-survey@conference").DoneLate);
        var completed = plan.Events.OfType<TaskCompleted>().Single();
        Assert.Equal((new LocalDate(2023, 10, 4), true), (completed.Due!.Value, completed.Late));
    }

    [Fact]
    public async Task Due_OnThe3October2023_ShowsTheSurveyApproaching()
    {
        var fixture = new PartyCommitteeFixture(new LocalDate(2023, 9, 21));
        var plan = await fixture.CreateAsync();

        var due = fixture.Engine.Due(plan, PlanTypeHarness.At(new LocalDate(2023, 10, 3)));

        var item = Assert.Single(due);
        Assert.Equal(("front-survey@conference", DueState.Approaching, 1), (item.Task.Id, item.State, item.WorkingDays));
    }

    [Fact]
    public async Task AddAdHocSession_IsRefused_TheDocumentPlansOneConference_III1()
    {
        var fixture = new PartyCommitteeFixture(new LocalDate(2023, 9, 21));
        await fixture.CreateAsync();

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(
            new AddAdHocSession { By = Secretary, Title = "Hội nghị bổ sung", Date = new LocalDate(2023, 11, 20) }));

        Assert.Equal("session.ad-hoc-not-allowed", error.Rule);
    }

    [Fact]
    public async Task Redirect_IsBlocked_TheConclusionsGoToTheBodiesConcerned_IV3()
    {
        var fixture = new PartyCommitteeFixture(new LocalDate(2023, 9, 21));
        await fixture.CreateAsync();
        await fixture.RunAsync(
            new IssuePlan { By = Secretary },
            new ReceivePetition { By = Office, Subject = "Tranh chấp hợp đồng thuê nhà", Petitioner = "Ông Trần Văn Bình", Channel = PetitionChannel.Collected },
            new ClassifyPetition { By = Office, Petition = "P-001", Category = PetitionCategory.Question, Domain = "administration" });

        var error = await Assert.ThrowsAsync<ActionBlockedException>(() => fixture.RunAsync(
            new RedirectPetition { By = CommitteeChair, Petition = "P-001", CompetentBody = "Tòa án nhân dân thành phố", Guidance = "Khởi kiện theo thủ tục dân sự" }));

        Assert.Equal("petition.redirect-not-allowed", Assert.Single(error.Reasons).Code);
        var plan = await fixture.RunAsync(new EscalatePetition { By = CommitteeChair, Petition = "P-001", To = "UBND Thành phố Tây Ninh" });
        Assert.Equal(PetitionStatus.Escalated, plan.Petition("P-001").Status);
    }
}
