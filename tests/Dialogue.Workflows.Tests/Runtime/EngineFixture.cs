using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using NodaTime;
using NodaTime.Testing;

namespace Dialogue.Workflows.Tests.Runtime;

/// <summary>An engine on an in-memory store, the neighbourhood plan type and a fake clock set to a day in Vietnam.</summary>
internal sealed class EngineFixture
{
    public static readonly Actor Clerk = new("clerk-01", "Văn phòng", "office");
    public static readonly Actor Chairman = new("chairman", "Chủ tịch UBND phường", "chairman") { Position = UnitPosition.Head };
    public static readonly Actor ViceChairman = new("pct", "Phó Chủ tịch UBND phường", "chairman") { Position = UnitPosition.Deputy, Signing = SigningForm.ForTheHead };
    public static readonly Actor Front = new("mttq", "Cán bộ Ủy ban MTTQ phường", "front");
    public static readonly Actor Justice = new("tp", "Công chức Tư pháp", "justice");

    public EngineFixture(LocalDate today, WorkingCalendar? calendar = null, IEventStore? store = null, DialogueEngineOptions? options = null,
        IPlanType? planType = null)
    {
        Clock = new FakeClock(At(today));
        Store = store ?? new InMemoryEventStore();
        PlanType = planType ?? new NeighbourhoodPlanType();
        Engine = new DialogueEngine(new PlanTypeRegistry([PlanType]), Store, calendar ?? WorkingCalendar.Default, Clock, options);
    }

    /// <summary>A fixture whose plan type is the neighbourhood type with one change to its definition.</summary>
    public static EngineFixture Variant(LocalDate today, Func<PlanDefinition, PlanDefinition> change) =>
        new(today, planType: new NeighbourhoodVariant("neighbourhood-variant", change));

    public IPlanType PlanType { get; }

    public FakeClock Clock { get; }

    public IEventStore Store { get; }

    public DialogueEngine Engine { get; }

    public static Instant At(LocalDate day) => VietnamTime.Zone.AtStrictly(day.At(new LocalTime(9, 0))).ToInstant();

    public void Today(LocalDate day) => Clock.Reset(At(day));

    public Task<PlanInstance> CreateAsync(params (string Key, string Value)[] parameters) =>
        Engine.CreateAsync(new CreatePlan
        {
            TypeKey = PlanType.Key, By = Clerk, PlanId = "plan-1",
            Parameters = [.. parameters.Select(p => new KeyValuePair<string, string>(p.Key, p.Value))],
        });

    public Task<PlanInstance> RunAsync(PlanCommand command) => Engine.ExecuteAsync("plan-1", command);
}
