using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Party.PartyCommittee;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using NodaTime;
using NodaTime.Testing;

namespace Dialogue.Workflows.Party.Tests.PartyCommittee;

/// <summary>An engine with the party-committee plan type on an in-memory store, the default working calendar and a fake clock.</summary>
internal sealed class PartyCommitteeFixture
{
    public const string PlanId = "phuong-iv-2023";

    public static readonly Actor Office = new("vp-du", "Văn phòng Đảng ủy", "Đảng ủy Phường IV");
    public static readonly Actor Secretary = new("bt-du", "Bí thư Đảng ủy", "Đảng ủy Phường IV");
    public static readonly Actor CouncilChair = new("ct-hdnd", "Chủ tịch HĐND Phường", "HĐND Phường IV");
    public static readonly Actor CommitteeChair = new("ct-ubnd", "Chủ tịch UBND Phường", "UBND Phường IV");
    public static readonly Actor FrontOfficer = new("mttq", "Chủ tịch Ủy ban MTTQ Phường", "UBMTTQ Phường IV");

    public PartyCommitteeFixture(LocalDate today)
    {
        Clock = new FakeClock(At(today));
        Engine = new DialogueEngine(new PlanTypeRegistry([new PartyCommitteePlanType()]), new InMemoryEventStore(), WorkingCalendar.Default, Clock);
    }

    public FakeClock Clock { get; }

    public DialogueEngine Engine { get; }

    public static Instant At(LocalDate day) => VietnamTime.Zone.AtStrictly(day.At(new LocalTime(9, 0))).ToInstant();

    public static KeyValuePair<string, string> Parameter(string key, string value) => new(key, value);

    public void Today(LocalDate day) => Clock.Reset(At(day));

    public PlanInstance Preview(params KeyValuePair<string, string>[] parameters) => Engine.Preview(PartyCommitteePlanType.TypeKey, parameters);

    public Task<PlanInstance> CreateAsync(params KeyValuePair<string, string>[] parameters) =>
        Engine.CreateAsync(new CreatePlan { TypeKey = PartyCommitteePlanType.TypeKey, By = Office, PlanId = PlanId, Parameters = parameters });

    public async Task<PlanInstance> RunAsync(params PlanCommand[] commands)
    {
        PlanInstance? plan = null;
        foreach (var command in commands)
        {
            plan = await Engine.ExecuteAsync(PlanId, command);
        }

        return plan ?? await Engine.GetAsync(PlanId);
    }
}
