using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using NodaTime;
using static Dialogue.Workflows.Party.Tests.PartyCommittee.PartyCommitteeFixture;

namespace Dialogue.Workflows.Party.Tests.PartyCommittee;

/// <summary>
/// party-committee, Phường IV 179-KH/ĐU, conference 2023-10-12: who may act — the secretary signs T/M Đảng ủy, the three
/// co-chairs hold the conference and each answers his own domain (footnote 1), the Party office records and signs TL.
/// </summary>
public sealed class PartyCommitteeAuthorityTests
{
    private static readonly Dictionary<string, Actor> People = new()
    {
        ["secretary T/M"] = Secretary,
        ["deputy secretary KT."] = DeputySecretary,
        ["council chair"] = CouncilChair,
        ["pc chair"] = CommitteeChair,
        ["party office clerk"] = Office,
        ["party office clerk TL."] = OfficeByOrder,
        ["front"] = FrontOfficer,
        ["people's committee"] = PeoplesCommittee,
    };

    /// <summary>Step × who → null when allowed, otherwise the refusal's reason code.</summary>
    public static TheoryData<string, string, string?> Table => new()
    {
        { "issue", "secretary T/M", null },
        { "issue", "deputy secretary KT.", null },
        { "issue", "party office clerk TL.", "authorization.wrong-unit" },
        { "issue", "pc chair", "authorization.wrong-unit" },
        { "announce", "party office clerk TL.", null },
        { "announce", "party office clerk", "authorization.signing-form" },
        { "hold", "council chair", null },
        { "hold", "pc chair", null },
        { "hold", "party office clerk", "authorization.wrong-unit" },
        { "answer party-leadership", "secretary T/M", null },
        // Footnote 1: a Party-leadership petition answered by the People's Committee chair is refused.
        { "answer party-leadership", "pc chair", "authorization.wrong-unit" },
        { "answer council-activity", "council chair", null },
        // Footnote 1: a Council petition answered by the Party secretary is refused.
        { "answer council-activity", "secretary T/M", "authorization.wrong-unit" },
        { "answer administration", "pc chair", null },
        { "answer administration", "council chair", "authorization.wrong-unit" },
        { "complete survey", "front", null },
        { "complete survey", "party office clerk", null },
        { "complete survey", "people's committee", "authorization.wrong-unit" },
        { "receive", "front", null },
        { "receive", "people's committee", "authorization.wrong-unit" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Step_ByWhoTakesIt_IsAllowedOrRefusedAsTheDocumentSays(string step, string who, string? denied)
    {
        var fixture = new PartyCommitteeFixture(new LocalDate(2023, 9, 21));
        await fixture.CreateAsync(("session", "2023-10-12"));
        Func<Actor, PlanCommand> command;
        if (step == "issue")
        {
            command = by => new IssuePlan { By = by };
        }
        else
        {
            await fixture.RunAsync(new IssuePlan { By = Secretary });
            command = await PrepareAsync(fixture, step);
        }

        await AuthorityAssert.OutcomeAsync(() => fixture.RunAsync(command(People[who])), denied);
    }

    private static async Task<Func<Actor, PlanCommand>> PrepareAsync(PartyCommitteeFixture fixture, string step)
    {
        switch (step)
        {
            case "announce":
                return by => new AnnounceSession { By = by, Session = "conference" };
            case "complete survey":
                return by => new CompleteTask { By = by, Task = "front-survey@conference" };
            case "receive":
                return by => new ReceivePetition { By = by, Session = "conference", Subject = "Góp ý", Petitioner = "Hội Nông dân", Channel = PetitionChannel.Collected };
            case "hold":
                await fixture.RunAsync(new AnnounceSession { By = OfficeByOrder, Session = "conference" });
                fixture.Today(new LocalDate(2023, 10, 12));
                return by => new HoldSession { By = by, Session = "conference" };
        }

        var domain = step["answer ".Length..];
        await fixture.RunAsync(
            new ReceivePetition { By = FrontOfficer, Session = "conference", Subject = "Kiến nghị", Petitioner = "Hội Phụ nữ", Channel = PetitionChannel.Collected },
            new ClassifyPetition { By = Office, Petition = "P-001", Category = PetitionCategory.Petition, Domain = domain });
        return by => new AnswerPetition { By = by, Petition = "P-001", Mode = AnswerMode.InWriting, Summary = "Trả lời" };
    }
}
