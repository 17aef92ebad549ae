using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Ward.WardChairman;
using NodaTime;
using static Dialogue.Workflows.Ward.Tests.WardChairman.WardChairmanActors;

namespace Dialogue.Workflows.Ward.Tests.WardChairman;

/// <summary>
/// ward-chairman, Chánh Lộ 2023, session 2023-09-15: who may take each step, as the plan signed "CHỦ TỊCH" gives it —
/// the chairman signs and chairs (a vice-chairman KT.), the city announces (II.4), the office records and signs reports TL.
/// </summary>
public sealed class WardChairmanAuthorityTests
{
    private const string Session = "session-1";
    private const string WrongUnit = "authorization.wrong-unit";
    private const string Form = "authorization.signing-form";
    private const string Position = "authorization.position";

    private static readonly Dictionary<string, Actor> People = new()
    {
        ["chairman"] = Chairman,
        ["vice-chairman KT."] = ViceChairman,
        ["vice-chairman without KT."] = ViceChairman with { Signing = SigningForm.Direct },
        ["office clerk"] = Clerk,
        ["office clerk TL."] = ClerkByOrder,
        ["city chairman"] = City,
        ["front"] = Front,
        ["justice officer"] = Justice,
        ["police chief"] = Police,
        ["land section head"] = LandHead,
        ["unknown unit"] = new("x", "Cán bộ", "UBND phường Chánh Lộ"),
    };

    /// <summary>Step × who → null when allowed, otherwise the refusal's reason code.</summary>
    public static TheoryData<string, string, string?> Table => new()
    {
        { "create", "office clerk", null },
        { "create", "unknown unit", "authorization.unknown-unit" },
        { "issue", "chairman", null },
        { "issue", "vice-chairman KT.", null },
        { "issue", "vice-chairman without KT.", Form },
        // The issue's example: a clerk issuing the plan the chairman signs is refused, even by order (no TL. for the plan).
        { "issue", "office clerk", WrongUnit },
        { "issue", "office clerk TL.", WrongUnit },
        { "schedule", "chairman", null },
        { "schedule", "city chairman", WrongUnit },
        { "announce", "city chairman", null },
        { "announce", "chairman", WrongUnit },
        { "hold", "chairman", null },
        { "hold", "office clerk", WrongUnit },
        { "report", "chairman", null },
        { "report", "office clerk TL.", null },
        { "report", "office clerk", Form },
        { "report", "police chief", WrongUnit },
        { "receive", "front", null },
        { "receive", "office clerk", null },
        { "receive", "police chief", WrongUnit },
        { "answer", "land section head", null },
        { "answer", "chairman", null },
        { "answer", "justice officer", Position },
        { "answer", "front", WrongUnit },
        { "complete justice's task", "justice officer", null },
        { "complete justice's task", "office clerk", null },
        // The issue's example: the ward police completing the justice section's task is refused.
        { "complete justice's task", "police chief", WrongUnit },
        { "complete plan", "chairman", null },
        { "complete plan", "office clerk TL.", WrongUnit },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Step_ByWhoTakesIt_IsAllowedOrRefusedAsTheDocumentSays(string step, string who, string? denied)
    {
        var by = People[who];
        if (step == "create")
        {
            var fresh = new PlanTypeHarness(new WardChairmanPlanType(), Day(8, 21));
            await AuthorityAssert.OutcomeAsync(() => fresh.CreateAsync(by, ("session", "2023-09-15")), denied);
            return;
        }

        var (ward, command) = await PrepareAsync(step);

        await AuthorityAssert.OutcomeAsync(() => ward.RunAsync(command(by)), denied);
    }

    [Fact]
    public async Task Refusal_NamesWhoMayAct()
    {
        var (ward, command) = await PrepareAsync("issue");

        var error = await Assert.ThrowsAsync<AuthorizationDeniedException>(() => ward.RunAsync(command(Clerk)));

        Assert.Equal("authorization.denied", AuthorizationDeniedException.Code);
        Assert.Contains(error.MayAct, m => m.Contains("Chủ tịch UBND phường", StringComparison.Ordinal));
    }

    private static LocalDate Day(int month, int day) => new(2023, month, day);

    private static async Task<(PlanTypeHarness Ward, Func<Actor, PlanCommand> Command)> PrepareAsync(string step)
    {
        var ward = new PlanTypeHarness(new WardChairmanPlanType(), Day(8, 21));
        var dated = step != "schedule";
        await ward.CreateAsync(Clerk, dated ? [("session", "2023-09-15")] : []);
        if (step == "issue")
        {
            return (ward, by => new IssuePlan { By = by });
        }

        await ward.RunAsync(new IssuePlan { By = Chairman });
        switch (step)
        {
            case "schedule":
                return (ward, by => new ScheduleSession { By = by, Session = Session, Date = Day(9, 15) });
            case "announce":
                return (ward, by => new AnnounceSession { By = by, Session = Session });
            case "receive":
                return (ward, by => new ReceivePetition { By = by, Session = Session, Subject = "Đề nghị sửa đường", Petitioner = "Ông A", Channel = PetitionChannel.Collected });
            case "answer":
                await ward.RunAsync(
                    new ReceivePetition { By = Clerk, Session = Session, Subject = "Tranh chấp ranh giới đất", Petitioner = "Bà B", Channel = PetitionChannel.Paper },
                    new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Petition },
                    new AssignPetition { By = Clerk, Petition = "P-001", Unit = "land" });
                return (ward, by => new AnswerPetition { By = by, Petition = "P-001", Mode = AnswerMode.InWriting, Summary = "Đo đạc lại ranh giới" });
            case "complete justice's task":
                return (ward, by => new CompleteTask { By = by, Task = $"justice-report@{Session}" });
        }

        await ward.RunAsync(new AnnounceSession { By = City, Session = Session });
        ward.Today(Day(9, 15));
        if (step == "hold")
        {
            return (ward, by => new HoldSession { By = by, Session = Session });
        }

        await ward.RunAsync(new HoldSession { By = Chairman, Session = Session });

        await ward.RunAsync(new ConcludeSession { By = Chairman, Session = Session });
        if (step == "report")
        {
            return (ward, by => new ReportSession { By = by, Session = Session });
        }

        // complete plan: every duty done by the office, the session closed.
        var plan = await ward.Engine.GetAsync(ward.PlanId);
        foreach (var task in plan.Tasks.Where(t => t.Status == PlanTaskStatus.Open).Select(t => t.Id).ToList())
        {
            await ward.RunAsync(new CompleteTask { By = Clerk, Task = task });
        }

        await ward.RunAsync(new CloseSession { By = Chairman, Session = Session });
        return (ward, by => new CompletePlan { By = by });
    }
}
