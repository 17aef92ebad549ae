using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.District.DistrictCouncil;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using NodaTime;
using NodaTime.Testing;

namespace Dialogue.Workflows.District.Tests.DistrictCouncil;

/// <summary>An engine with the district-council plan type on an in-memory store, the default working calendar and a fake clock.</summary>
internal sealed class DistrictCouncilFixture
{
    public const string PlanId = "son-dong-2024";

    public static readonly Actor Clerk = new("vp-01", "Chuyên viên Văn phòng HĐND và UBND huyện", "HĐND huyện Sơn Động");
    public static readonly Actor Chairman = new("ct-hdnd", "Chủ tịch HĐND huyện", "HĐND huyện Sơn Động");
    public static readonly Actor FrontOfficer = new("mttq-01", "Ủy ban MTTQ huyện", "UBMTTQ huyện Sơn Động");

    public DistrictCouncilFixture(LocalDate today)
    {
        Clock = new FakeClock(At(today));
        Engine = new DialogueEngine(new PlanTypeRegistry([new DistrictCouncilPlanType()]), new InMemoryEventStore(), WorkingCalendar.Default, Clock);
    }

    public FakeClock Clock { get; }

    public DialogueEngine Engine { get; }

    public static Instant At(LocalDate day) => VietnamTime.Zone.AtStrictly(day.At(new LocalTime(9, 0))).ToInstant();

    public static KeyValuePair<string, string> Parameter(string key, string value) => new(key, value);

    public void Today(LocalDate day) => Clock.Reset(At(day));

    public PlanInstance Preview(params KeyValuePair<string, string>[] parameters) => Engine.Preview(DistrictCouncilPlanType.TypeKey, parameters);

    public Task<PlanInstance> CreateAsync(params KeyValuePair<string, string>[] parameters) =>
        Engine.CreateAsync(new CreatePlan { TypeKey = DistrictCouncilPlanType.TypeKey, By = Clerk, PlanId = PlanId, Parameters = parameters });

    public Task<PlanInstance> RunAsync(PlanCommand command) => Engine.ExecuteAsync(PlanId, command);

    public async Task<PlanInstance> RunAsync(params PlanCommand[] commands)
    {
        PlanInstance? plan = null;
        foreach (var command in commands)
        {
            plan = await RunAsync(command);
        }

        return plan ?? await Engine.GetAsync(PlanId);
    }
}
