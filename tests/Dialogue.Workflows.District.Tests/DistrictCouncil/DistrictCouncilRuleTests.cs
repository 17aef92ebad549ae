using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using NodaTime;
using static Dialogue.Workflows.District.Tests.DistrictCouncil.DistrictCouncilFixture;

namespace Dialogue.Workflows.District.Tests.DistrictCouncil;

/// <summary>district-council, Sơn Động 2024, Q2 and Q3 sessions: who may act (TM. Thường trực HĐND, Chủ tịch) and the rules.</summary>
public sealed class DistrictCouncilRuleTests
{
    private static readonly Dictionary<string, Actor> People = new()
    {
        ["council chairman TM."] = Chairman,
        ["council vice-chairman KT."] = ViceChairman,
        ["office clerk"] = Clerk,
        ["office clerk TL."] = ClerkByOrder,
        ["committee chairman"] = CommitteeChairman,
        ["agency head"] = AgencyHead,
        ["agency officer"] = AgencyOfficer,
        ["front"] = FrontOfficer,
        ["commune officer"] = CommuneOfficer,
    };

    /// <summary>Step × who → null when allowed, otherwise the refusal's reason code.</summary>
    public static TheoryData<string, string, string?> Table => new()
    {
        { "issue", "council chairman TM.", null },
        { "issue", "council vice-chairman KT.", null },
        { "issue", "office clerk TL.", "authorization.wrong-unit" },
        { "issue", "committee chairman", "authorization.wrong-unit" },
        { "schedule", "council chairman TM.", null },
        { "schedule", "office clerk", "authorization.wrong-unit" },
        { "announce", "office clerk", null },
        { "announce", "front", "authorization.wrong-unit" },
        { "receive", "commune officer", null },
        { "receive", "front", "authorization.wrong-unit" },
        { "answer", "committee chairman", null },
        { "answer", "agency head", null },
        { "answer", "agency officer", "authorization.position" },
        { "answer", "office clerk TL.", "authorization.wrong-unit" },
        { "complete front task", "front", null },
        { "complete front task", "office clerk", null },
        { "complete front task", "agency head", "authorization.wrong-unit" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Step_ByWhoTakesIt_IsAllowedOrRefusedAsTheDocumentSays(string step, string who, string? denied)
    {
        var fixture = new DistrictCouncilFixture(new LocalDate(2024, 4, 1));
        await fixture.CreateAsync(("session", "2024-05-16"), ("session", "2024-Q3"));
        if (step != "issue")
        {
            await fixture.RunAsync(new IssuePlan { By = Chairman });
        }

        if (step == "answer")
        {
            await fixture.RunAsync(
                new ReceivePetition { By = Clerk, Session = "q2", Subject = "Đề nghị sửa đường liên xã", Petitioner = "UBND xã An Bá", Channel = PetitionChannel.Collected },
                new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Petition });
        }

        Func<Actor, PlanCommand> command = step switch
        {
            "issue" => by => new IssuePlan { By = by },
            "schedule" => by => new ScheduleSession { By = by, Session = "q3", Date = new LocalDate(2024, 8, 22) },
            "announce" => by => new AnnounceSession { By = by, Session = "q2" },
            "receive" => by => new ReceivePetition { By = by, Session = "q2", Subject = "Kiến nghị", Petitioner = "Cử tri", Channel = PetitionChannel.Collected },
            "answer" => by => new AnswerPetition { By = by, Petition = "P-001", Mode = AnswerMode.InWriting, Summary = "Đưa vào kế hoạch" },
            _ => by => new CompleteTask { By = by, Task = "commune-implementation-plans" },
        };
        if (step == "complete front task")
        {
            command = by => new CompleteTask { By = by, Task = "front-supervision@q2" };
            await fixture.RunAsync(new AnnounceSession { By = Clerk, Session = "q2" });
            await fixture.RunAsync(new LocalDate(2024, 5, 16), new HoldSession { By = Chairman, Session = "q2" });
            await fixture.RunAsync(new ConcludeSession { By = Chairman, Session = "q2" });
        }

        await AuthorityAssert.OutcomeAsync(() => fixture.RunAsync(command(People[who])), denied);
    }

    [Fact]
    public async Task Schedule_ThirdQuarterSessionBeforeTheSecond_IsRefusedAndAcceptedOnlyByDecision()
    {
        var fixture = new DistrictCouncilFixture(new LocalDate(2024, 4, 1));
        await fixture.CreateAsync(("session", "2024-06-20"), ("session", "2024-Q3"));
        await fixture.RunAsync(new IssuePlan { By = Chairman });

        var early = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            fixture.RunAsync(new ScheduleSession { By = Chairman, Session = "q3", Date = new LocalDate(2024, 6, 10) }));
        var plan = await fixture.RunAsync(new ScheduleSession { By = Chairman, Session = "q3", Date = new LocalDate(2024, 7, 18) });

        Assert.Contains(early.Rule, new[] { "session.order", "session.outside-period" });
        Assert.True(early.AllowsDeviation);
        Assert.Equal(new LocalDate(2024, 7, 18), plan.Session("q3").Date);
    }

    [Fact]
    public async Task ReportAndClose_ToTheNamedBodiesOnly_AndToBothBeforeClosing_III3()
    {
        var fixture = new DistrictCouncilFixture(new LocalDate(2024, 4, 1));
        await fixture.CreateAsync(("session", "2024-05-16"), ("session", "2024-Q3"));
        await fixture.RunAsync(new IssuePlan { By = Chairman }, new AnnounceSession { By = Clerk, Session = "q2" });
        await fixture.RunAsync(new LocalDate(2024, 5, 16), new HoldSession { By = Chairman, Session = "q2" });
        await fixture.RunAsync(new ConcludeSession { By = Chairman, Session = "q2" });

        var unknown = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            fixture.RunAsync(new ReportSession { By = ClerkByOrder, Session = "q2", Recipients = ["Chủ tịch UBND xã An Bá"] }));
        await fixture.RunAsync(new ReportSession { By = ClerkByOrder, Session = "q2", Recipients = ["Thường trực HĐND tỉnh Bắc Giang"] });
        var plan = await fixture.Engine.GetAsync(fixture.PlanId);
        foreach (var task in plan.Tasks.Where(t => t.Status == PlanTaskStatus.Open && t.Session == "q2").Select(t => t.Id).ToList())
        {
            await fixture.RunAsync(new CompleteTask { By = Clerk, Task = task });
        }

        var missing = await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(new CloseSession { By = Chairman, Session = "q2" }));
        await fixture.RunAsync(new ReportSession { By = ClerkByOrder, Session = "q2", Recipients = ["Ban Thường vụ Huyện ủy Sơn Động"] });
        plan = await fixture.RunAsync(new CloseSession { By = Chairman, Session = "q2" });

        Assert.Equal(("session.report-recipient-unknown", true), (unknown.Rule, unknown.AllowsDeviation));
        Assert.Equal("session.recipients-not-reported", missing.Rule);
        Assert.Equal(SessionStatus.Closed, plan.Session("q2").Status);
    }
}
