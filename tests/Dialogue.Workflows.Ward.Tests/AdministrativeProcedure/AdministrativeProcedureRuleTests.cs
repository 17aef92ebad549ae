using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Commands;
using NodaTime;
using static Dialogue.Workflows.Ward.AdministrativeProcedure.AdministrativeProcedureTasks;
using static Dialogue.Workflows.Ward.Tests.AdministrativeProcedure.AdministrativeProcedureFixture;

namespace Dialogue.Workflows.Ward.Tests.AdministrativeProcedure;

/// <summary>administrative-procedure, 151/KH-UBND, conference 2021-11-05: who may act and the document's rules on its dates.</summary>
public sealed class AdministrativeProcedureRuleTests
{
    private static readonly Dictionary<string, Actor> People = new()
    {
        ["chairman"] = Chairman,
        ["vice-chairman KT."] = ViceChairman,
        ["office clerk"] = Clerk,
        ["office clerk TL."] = ClerkByOrder,
        ["department officer"] = Department,
    };

    /// <summary>Step × who → null when allowed, otherwise the refusal's reason code.</summary>
    public static TheoryData<string, string, string?> Table => new()
    {
        { "issue", "chairman", null },
        { "issue", "vice-chairman KT.", null },
        { "issue", "office clerk TL.", "authorization.wrong-unit" },
        { "receive", "office clerk", null },
        { "receive", "department officer", "authorization.wrong-unit" },
        { "answer", "chairman", null },
        { "answer", "vice-chairman KT.", null },
        // III.3: the departments only draft the answers.
        { "answer", "department officer", "authorization.wrong-unit" },
        { "answer", "office clerk TL.", "authorization.wrong-unit" },
        { "complete department task", "department officer", null },
        { "complete department task", "office clerk", null },
        { "complete committee task", "department officer", "authorization.wrong-unit" },
        { "announce", "office clerk TL.", null },
        { "announce", "office clerk", "authorization.signing-form" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Step_ByWhoTakesIt_IsAllowedOrRefusedAsTheDocumentSays(string step, string who, string? denied)
    {
        var fixture = new AdministrativeProcedureFixture(D(2021, 10, 16));
        await fixture.CreateAsync();
        Func<Actor, PlanCommand> command = step switch
        {
            "issue" => by => new IssuePlan { By = by },
            "receive" => by => new ReceivePetition { By = by, Subject = "Đăng ký khai sinh", Petitioner = "Ông A", Channel = PetitionChannel.Paper },
            "answer" => by => new AnswerPetition { By = by, Petition = "P-001", Mode = AnswerMode.InWriting, Summary = "Hướng dẫn hồ sơ" },
            "complete department task" => by => new CompleteTask { By = by, Task = AtConference(DepartmentAnswers) },
            "complete committee task" => by => new CompleteTask { By = by, Task = AtConference(InviteOrAnswerInWriting) },
            _ => by => new AnnounceSession { By = by, Session = Conference },
        };
        if (step != "issue")
        {
            await fixture.RunAsync(new IssuePlan { By = Chairman });
        }

        if (step == "answer")
        {
            await fixture.RunAsync(D(2021, 10, 18), new ReceivePetition { By = Clerk, Subject = "Đăng ký khai sinh", Petitioner = "Ông A", Channel = PetitionChannel.Paper });
            await fixture.RunAsync(new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Question, Domain = "civil-status" });
        }

        await AuthorityAssert.OutcomeAsync(() => fixture.RunAsync(command(People[who])), denied);
    }

    [Fact]
    public async Task Reschedule_ConferenceIntoTheRegistrationWindow_IsRefused()
    {
        // II.4: the conference follows the office's compilation, which ends 30/10/2021.
        var fixture = await IssuedAsync();

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            fixture.RunAsync(new RescheduleSession { By = Chairman, Session = Conference, NewDate = D(2021, 10, 22), Reason = "Đẩy sớm" }));
        var plan = await fixture.RunAsync(new RescheduleSession { By = Chairman, Session = Conference, NewDate = D(2021, 11, 8), Reason = "Lùi 01 ngày làm việc" });

        Assert.Equal("session.before-prerequisite", error.Rule);
        Assert.Equal(D(2021, 11, 8), plan.Session(Conference).Date);
    }

    [Fact]
    public async Task Classify_DenunciationReclassifiedAsProposal_IsRefusedWithoutTheChairsDeviation()
    {
        // II.3 Ghi chú: the conference excludes khiếu nại, tố cáo.
        var fixture = await IssuedAsync();
        await fixture.RunAsync(D(2021, 10, 20), new ReceivePetition { By = Clerk, Subject = "Tố cáo cán bộ nhận tiền", Petitioner = "Ông D", Channel = PetitionChannel.Paper });
        await fixture.RunAsync(new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Denunciation });
        var deviation = new RuleDeviation("petition.excluded-reclassified", "Nội dung thực chất là đề xuất cải tiến quy trình", "Ý kiến Chủ tịch ngày 21/10/2021");

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            fixture.RunAsync(new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Proposal, Domain = "improvement" }));
        await Assert.ThrowsAsync<AuthorizationDeniedException>(() => fixture.RunAsync(new ClassifyPetition
        {
            By = Clerk, Petition = "P-001", Category = PetitionCategory.Proposal, Domain = "improvement", Deviations = [deviation],
        }));

        Assert.Equal(("petition.excluded-reclassified", true), (error.Rule, error.AllowsDeviation));
        Assert.Equal(PetitionCategory.Denunciation, (await fixture.Engine.GetAsync(fixture.PlanId)).Petition("P-001").Category);

        // The chairman may, with the reason and her decision recorded.
        await Assert.ThrowsAsync<CommandRejectedException>(() => fixture.RunAsync(new ClassifyPetition
        {
            By = Chairman, Petition = "P-001", Category = PetitionCategory.Proposal, Domain = "improvement", Deviations = [deviation with { Document = "" }],
        }));
        var plan = await fixture.RunAsync(new ClassifyPetition
        {
            By = Chairman, Petition = "P-001", Category = PetitionCategory.Proposal, Domain = "improvement", Deviations = [deviation],
        });
        Assert.Equal(PetitionCategory.Proposal, plan.Petition("P-001").Category);
        Assert.Equal(("petition.excluded-reclassified", "Ý kiến Chủ tịch ngày 21/10/2021"), (plan.Deviations[0].Rule, plan.Deviations[0].Document));
    }

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static async Task<AdministrativeProcedureFixture> IssuedAsync()
    {
        var fixture = new AdministrativeProcedureFixture(D(2021, 10, 16));
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });
        return fixture;
    }
}
