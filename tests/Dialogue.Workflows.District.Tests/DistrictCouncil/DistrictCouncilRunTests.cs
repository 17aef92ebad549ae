using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Events;
using NodaTime;
using static Dialogue.Workflows.District.Tests.DistrictCouncil.DistrictCouncilFixture;

namespace Dialogue.Workflows.District.Tests.DistrictCouncil;

/// <summary>A whole year of the plan driven through the engine with a fake clock: both quarterly sessions, petitions and every after-session duty (III.3).</summary>
public sealed class DistrictCouncilRunTests
{
    [Fact]
    public async Task Run_BothSessionsFromIssueToClose_RecordsEveryStepPetitionAndReport_III()
    {
        var fixture = new DistrictCouncilFixture(new LocalDate(2024, 1, 15));
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });
        // IV.2 and IV, last paragraph: once for the whole plan.
        fixture.Today(new LocalDate(2024, 2, 1));
        await fixture.RunAsync(
            new CompleteTask { By = Clerk, Task = "propaganda" },
            new CompleteTask { By = Clerk, Task = "agency-implementation-plans" },
            new CompleteTask { By = Clerk, Task = "commune-implementation-plans" });

        // Q2 (II.2): Thursday 16/5/2024 at An Châu.
        fixture.Today(new LocalDate(2024, 4, 22));
        var plan = await fixture.RunAsync(new ScheduleSession { By = Chairman, Session = "q2", Date = new LocalDate(2024, 5, 16), Venue = "Hội trường UBND thị trấn An Châu" });
        Assert.Equal(new LocalDate(2024, 5, 16), plan.Task("answer-at-session@q2").Due);
        // IV.3: the communes' petitions come in before the session.
        await fixture.RunAsync(
            new CompleteTask { By = Clerk, Task = "commune-petitions@q2" },
            new ReceivePetition { By = Clerk, Session = "q2", Subject = "Đề nghị sửa chữa đường liên xã An Bá – Vĩnh An", Petitioner = "UBND xã An Bá", Channel = PetitionChannel.Collected },
            new ReceivePetition { By = Clerk, Session = "q2", Subject = "Đề nghị hỗ trợ giống cây trồng rừng sản xuất", Petitioner = "UBND xã Lệ Viễn", Channel = PetitionChannel.Collected });
        await fixture.RunAsync([.. new[] { "invitations", "time-and-venue", "classify-petitions", "prepare-content", "opening-report" }
            .Select(step => new CompleteTask { By = Clerk, Task = $"{step}@q2" })]);
        fixture.Today(new LocalDate(2024, 5, 6));
        await fixture.RunAsync(new AnnounceSession { By = Clerk, Session = "q2", Document = "Giấy mời số 45/GM-HĐND" });

        fixture.Today(new LocalDate(2024, 5, 16));
        await fixture.RunAsync(
            new HoldSession { By = Chairman, Session = "q2" },
            new ReceivePetition { By = Clerk, Session = "q2", Subject = "Đề nghị nâng mức hỗ trợ hộ nghèo vùng đặc biệt khó khăn", Petitioner = "Ông Hoàng Văn Sinh, thôn Biểu", Channel = PetitionChannel.AtSession },
            new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Petition },
            new ClassifyPetition { By = Clerk, Petition = "P-002", Category = PetitionCategory.Proposal },
            new ClassifyPetition { By = Clerk, Petition = "P-003", Category = PetitionCategory.Petition },
            // I.2: answered at the session, or the agencies are directed to resolve it; I.1: beyond the district, proposed upwards.
            new AnswerPetition { By = Chairman, Petition = "P-001", Mode = AnswerMode.AtSession, Summary = "Đưa vào kế hoạch duy tu quý III/2024" },
            new AssignPetition { By = Chairman, Petition = "P-002", Unit = "agencies" },
            new EscalatePetition { By = Chairman, Petition = "P-003", To = "Thường trực HĐND tỉnh Bắc Giang" },
            new CompleteTask { By = Chairman, Task = "answer-at-session@q2" },
            new CompleteTask { By = Chairman, Task = "conclude-session@q2" });
        // The document does not provide for sending a citizen to another body.
        var redirect = await Assert.ThrowsAsync<ActionBlockedException>(() => fixture.RunAsync(
            new RedirectPetition { By = Chairman, Petition = "P-002", CompetentBody = "Sở Nông nghiệp", Guidance = "Gửi đơn đến Sở" }));
        Assert.Equal("petition.redirect-not-allowed", Assert.Single(redirect.Reasons).Code);

        // III.3, IV.1: conclusion notice, assignment of what was not answered, follow-up, reports, dossier; the Front supervises.
        fixture.Today(new LocalDate(2024, 5, 20));
        await fixture.RunAsync(
            new ConcludeSession { By = Chairman, Session = "q2", Document = "Thông báo kết luận số 21/TB-HĐND" },
            new CompleteTask { By = Clerk, Task = "conclusion-notice@q2" },
            new CompleteTask { By = Clerk, Task = "assign-unanswered@q2" });
        fixture.Today(new LocalDate(2024, 6, 14));
        await fixture.RunAsync(
            new AnswerPetition { By = AgencyHead, Petition = "P-002", Mode = AnswerMode.InWriting, Summary = "Hỗ trợ 20.000 cây keo giống vụ thu" },
            new NotifyPetitionResult { By = Clerk, Petition = "P-002", Channel = "Văn bản gửi UBND xã Lệ Viễn" },
            new NotifyPetitionResult { By = Clerk, Petition = "P-003", Channel = "Văn bản trả lời cử tri" },
            new ClosePetition { By = Clerk, Petition = "P-001" },
            new ClosePetition { By = Clerk, Petition = "P-002" },
            new ClosePetition { By = Clerk, Petition = "P-003" },
            new CompleteTask { By = Clerk, Task = "resolve-petitions@q2" },
            new CompleteTask { By = Clerk, Task = "follow-up@q2" },
            new CompleteTask { By = Clerk, Task = "results-report@q2" },
            new CompleteTask { By = Clerk, Task = "dossier@q2" });
        plan = await fixture.RunAsync(new ReportSession { By = ClerkByOrder, Session = "q2", Document = "Báo cáo số 30/BC-HĐND" });
        Assert.Equal(["Thường trực HĐND tỉnh Bắc Giang", "Ban Thường vụ Huyện ủy Sơn Động"], plan.Session("q2").ReportedTo);

        // III.3: the session cannot close while the Front's supervision is open.
        var blocked = await Assert.ThrowsAsync<ActionBlockedException>(() => fixture.RunAsync(new CloseSession { By = Chairman, Session = "q2" }));
        Assert.Contains("front-supervision@q2", Assert.Single(blocked.Reasons).Reason, StringComparison.Ordinal);
        await fixture.RunAsync(
            new CompleteTask { By = FrontOfficer, Task = "front-supervision@q2" },
            new CloseSession { By = Chairman, Session = "q2" });

        // Q3 (II.2): Thursday 22/8/2024 at Tây Yên Tử, the same steps.
        fixture.Today(new LocalDate(2024, 7, 15));
        await fixture.RunAsync(new ScheduleSession { By = Chairman, Session = "q3", Date = new LocalDate(2024, 8, 22) });
        await fixture.RunAsync([.. Steps(TaskPhase.Before, plan).Select(step => new CompleteTask { By = Clerk, Task = $"{step}@q3" })]);
        await fixture.RunAsync(new AnnounceSession { By = Clerk, Session = "q3" });
        fixture.Today(new LocalDate(2024, 8, 22));
        await fixture.RunAsync(new HoldSession { By = Chairman, Session = "q3" });
        await fixture.RunAsync([.. Steps(TaskPhase.At, plan).Select(step => new CompleteTask { By = Chairman, Task = $"{step}@q3" })]);
        fixture.Today(new LocalDate(2024, 8, 26));
        await fixture.RunAsync(new ConcludeSession { By = Chairman, Session = "q3" });
        await fixture.RunAsync([.. Steps(TaskPhase.After, plan).Select(step => new CompleteTask { By = Clerk, Task = $"{step}@q3" })]);
        await fixture.RunAsync(new ReportSession { By = ClerkByOrder, Session = "q3" }, new CloseSession { By = Chairman, Session = "q3" });

        fixture.Today(new LocalDate(2024, 12, 20));
        plan = await fixture.RunAsync(
            new CompleteTask { By = Chairman, Task = "attend-secretary-dialogues" },
            new CompletePlan { By = Chairman });

        Assert.Equal(PlanStatus.Completed, plan.Status);
        Assert.All(plan.Sessions, s => Assert.Equal(SessionStatus.Closed, s.Status));
        Assert.All(plan.Tasks, t => Assert.Equal(PlanTaskStatus.Done, t.Status));
        Assert.DoesNotContain(plan.Tasks, t => t.DoneLate);
        Assert.Equal("Thông báo kết luận số 21/TB-HĐND", plan.Session("q2").ConclusionNotice);
        Assert.Equal(
            [(PetitionStatus.Closed, AnswerMode.AtSession, null), (PetitionStatus.Closed, AnswerMode.InWriting, "agencies"), (PetitionStatus.Closed, null, null)],
            plan.Petitions.Select(p => (p.Status, p.AnswerMode, p.AssignedTo)));
        Assert.Equal("Thường trực HĐND tỉnh Bắc Giang", plan.Petition("P-003").Outcome);
        Assert.Equal(Chairman, plan.Events.OfType<SessionHeld>().First().By);
        Assert.Equal(2, plan.Events.OfType<SessionReported>().Count());
    }

    [Fact]
    public async Task Hold_BeforeTheSessionIsAnnounced_IsBlocked_III1()
    {
        var fixture = new DistrictCouncilFixture(new LocalDate(2024, 4, 1));
        await fixture.CreateAsync();
        await fixture.RunAsync(
            new IssuePlan { By = Chairman },
            new ScheduleSession { By = Chairman, Session = "q2", Date = new LocalDate(2024, 5, 16) });
        fixture.Today(new LocalDate(2024, 5, 16));

        // III.1: the office informs the participants of the time before the session.
        var error = await Assert.ThrowsAsync<ActionBlockedException>(() => fixture.RunAsync(new HoldSession { By = Chairman, Session = "q2" }));

        Assert.Equal("session.announcement-required", Assert.Single(error.Reasons).Code);
    }

    [Fact]
    public async Task Report_BeforeTheConclusionNotice_IsBlocked_III3()
    {
        var fixture = new DistrictCouncilFixture(new LocalDate(2024, 4, 1));
        await fixture.CreateAsync();
        await fixture.RunAsync(
            new IssuePlan { By = Chairman },
            new ScheduleSession { By = Chairman, Session = "q2", Date = new LocalDate(2024, 5, 16) },
            new AnnounceSession { By = Clerk, Session = "q2" });
        fixture.Today(new LocalDate(2024, 5, 16));
        await fixture.RunAsync(new HoldSession { By = Chairman, Session = "q2" });

        var error = await Assert.ThrowsAsync<ActionBlockedException>(() => fixture.RunAsync(new ReportSession { By = ClerkByOrder, Session = "q2" }));

        Assert.Equal("session.conclusion-required", Assert.Single(error.Reasons).Code);
    }

    private static IEnumerable<string> Steps(TaskPhase phase, PlanInstance plan) =>
        plan.Definition.Tasks.Where(t => t.PerSession && t.Phase == phase).Select(t => t.Key);
}
