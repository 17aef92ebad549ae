using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Commands;
using static Dialogue.Workflows.Ward.Tests.CommuneDialogue.CommuneDialogueActors;
using static Dialogue.Workflows.Ward.Tests.CommuneDialogue.CommuneDialogueHarness;

namespace Dialogue.Workflows.Ward.Tests.CommuneDialogue;

/// <summary>
/// commune-dialogue, Tân Phú commune, session 2027-03-26: who may take each step, as Art. 43 of Law 72/2025/QH15 reads — the
/// People's Committee organises (its chairman signs; a vice-chairman KT.), the chairman and the People's Council Standing Committee's
/// representative co-chair, the Front and the Council take petitions, the Party committee is invited and takes no step.
/// </summary>
public sealed class CommuneDialogueAuthorityTests
{
    private const string WrongUnit = "authorization.wrong-unit";
    private const string Form = "authorization.signing-form";
    private const string Position = "authorization.position";

    private static readonly Dictionary<string, Actor> People = new()
    {
        ["chairman"] = Chairman,
        ["vice-chairman KT."] = ViceChairman,
        ["council chair"] = CouncilChair,
        ["council vice-chair KT."] = CouncilViceChair,
        ["office clerk"] = Clerk,
        ["office clerk TL."] = ClerkByOrder,
        ["front"] = Front,
        ["party secretary"] = PartySecretary,
        ["department head"] = DepartmentHead,
        ["department officer"] = DepartmentOfficer,
        ["province"] = Province,
        ["unknown unit"] = new("x", "Cán bộ", "UBND huyện Tân Phú"),
    };

    /// <summary>Step × who → null when allowed, otherwise the refusal's reason code.</summary>
    public static TheoryData<string, string, string?> Table => new()
    {
        { "create", "office clerk", null },
        { "create", "unknown unit", "authorization.unknown-unit" },
        { "issue", "chairman", null },
        { "issue", "vice-chairman KT.", null },
        { "issue", "council chair", WrongUnit },
        { "issue", "office clerk TL.", WrongUnit },
        { "announce", "chairman", null },
        { "announce", "office clerk TL.", null },
        { "announce", "office clerk", Form },
        { "announce", "front", WrongUnit },
        // Art. 43: the chairman co-chairs with a representative of the People's Council Standing Committee.
        { "hold", "chairman", null },
        { "hold", "council chair", null },
        { "hold", "council vice-chair KT.", null },
        { "hold", "front", WrongUnit },
        // The Party committee is invited; it does not chair.
        { "hold", "party secretary", WrongUnit },
        { "conclude", "council chair", null },
        { "conclude", "chairman", null },
        { "conclude", "office clerk", WrongUnit },
        { "report", "chairman", null },
        { "report", "office clerk TL.", null },
        { "report", "council chair", WrongUnit },
        { "report", "province", WrongUnit },
        { "receive", "front", null },
        { "receive", "council chair", null },
        { "receive", "office clerk", null },
        { "receive", "party secretary", WrongUnit },
        { "answer", "chairman", null },
        { "answer", "department head", null },
        { "answer", "department officer", Position },
        { "answer", "council chair", WrongUnit },
        { "complete front's task", "front", null },
        { "complete front's task", "office clerk", null },
        { "complete front's task", "department head", WrongUnit },
        { "complete plan", "chairman", null },
        { "complete plan", "council chair", WrongUnit },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Step_ByWhoTakesIt_IsAllowedOrRefusedAsTheLawReads(string step, string who, string? denied)
    {
        var by = People[who];
        if (step == "create")
        {
            var fresh = New(Day(2027, 2, 22));
            await AuthorityAssert.OutcomeAsync(() => fresh.CreateAsync(by, With(("session", "2027-03-26"))), denied);
            return;
        }

        var (commune, command) = await PrepareAsync(step);

        await AuthorityAssert.OutcomeAsync(() => commune.RunAsync(command(by)), denied);
    }

    [Fact]
    public async Task Refusal_NamesTheCoChairs()
    {
        var (commune, command) = await PrepareAsync("hold");

        var error = await Assert.ThrowsAsync<AuthorizationDeniedException>(() => commune.RunAsync(command(PartySecretary)));

        Assert.Contains(error.MayAct, m => m.Contains("Chủ tịch UBND xã Tân Phú", StringComparison.Ordinal));
        Assert.Contains(error.MayAct, m => m.Contains("Thường trực HĐND xã Tân Phú", StringComparison.Ordinal));
    }

    private static async Task<(PlanTypeHarness Commune, Func<Actor, PlanCommand> Command)> PrepareAsync(string step)
    {
        var commune = New(Day(2027, 2, 22));
        await commune.CreateAsync(Clerk, With(("session", "2027-03-26")));
        if (step == "issue")
        {
            return (commune, by => new IssuePlan { By = by });
        }

        await commune.RunAsync(new IssuePlan { By = Chairman });
        switch (step)
        {
            case "announce":
                return (commune, by => new AnnounceSession { By = by, Session = Session });
            case "receive":
                return (commune, by => new ReceivePetition { By = by, Session = Session, Subject = "Đề nghị lắp đèn đường", Petitioner = "Ông A", Channel = PetitionChannel.Collected });
            case "answer":
                await commune.RunAsync(
                    new ReceivePetition { By = Front, Session = Session, Subject = "Cấp giấy chứng nhận quyền sử dụng đất chậm", Petitioner = "Bà B", Channel = PetitionChannel.Collected },
                    new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Petition },
                    new AssignPetition { By = Clerk, Petition = "P-001", Unit = "departments" });
                return (commune, by => new AnswerPetition { By = by, Petition = "P-001", Mode = AnswerMode.InWriting, Summary = "Hồ sơ sẽ được trả trong tháng 4/2027" });
            case "complete front's task":
                return (commune, by => new CompleteTask { By = by, Task = Task("front-gather") });
        }

        await commune.RunAsync(new AnnounceSession { By = Chairman, Session = Session });
        commune.Today(Day(2027, 3, 26));
        if (step == "hold")
        {
            return (commune, by => new HoldSession { By = by, Session = Session });
        }

        await commune.RunAsync(new HoldSession { By = Chairman, Session = Session });
        if (step == "conclude")
        {
            return (commune, by => new ConcludeSession { By = by, Session = Session });
        }

        await commune.RunAsync(new ConcludeSession { By = CouncilChair, Session = Session });
        if (step == "report")
        {
            return (commune, by => new ReportSession { By = by, Session = Session, Recipients = ["UBND tỉnh Đồng Nai"] });
        }

        await commune.RunAsync(new ReportSession { By = Chairman, Session = Session, Recipients = ["UBND tỉnh Đồng Nai"] });
        var plan = await commune.Engine.GetAsync(commune.PlanId);
        foreach (var task in plan.Tasks.Where(t => t.Status == PlanTaskStatus.Open).Select(t => t.Id).ToList())
        {
            await commune.RunAsync(new CompleteTask { By = Clerk, Task = task });
        }

        await commune.RunAsync(new CloseSession { By = Chairman, Session = Session });
        return (commune, by => new CompletePlan { By = by });
    }
}
