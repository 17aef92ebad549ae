using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using Dialogue.Workflows.Ward.UrbanGovernment;
using Dialogue.Workflows.Ward.WardChairman;
using NodaTime;
using NodaTime.Testing;

namespace Dialogue.Workflows.Ward.Tests.Support;

/// <summary>An engine with this package's plan types, an in-memory store, the default Vietnamese calendar and a fake clock at 09:00 in Vietnam.</summary>
internal sealed class WardEngine
{
    public const string PlanId = "plan-1";

    public WardEngine(LocalDate today)
    {
        Clock = new FakeClock(At(today));
        Engine = new DialogueEngine(new PlanTypeRegistry([new WardChairmanPlanType(), new UrbanGovernmentPlanType()]),
            new InMemoryEventStore(), WorkingCalendar.Default, Clock);
    }

    public FakeClock Clock { get; }

    public DialogueEngine Engine { get; }

    public static Instant At(LocalDate day) => VietnamTime.Zone.AtStrictly(day.At(new LocalTime(9, 0))).ToInstant();

    public static KeyValuePair<string, string>[] Parameters(params (string Key, string Value)[] parameters) =>
        [.. parameters.Select(p => new KeyValuePair<string, string>(p.Key, p.Value))];

    public void Today(LocalDate day) => Clock.Reset(At(day));

    public PlanInstance Preview(string typeKey, params (string Key, string Value)[] parameters) =>
        Engine.Preview(typeKey, Parameters(parameters));

    public Task<PlanInstance> CreateAsync(string typeKey, Actor by, params (string Key, string Value)[] parameters) =>
        Engine.CreateAsync(new CreatePlan { TypeKey = typeKey, By = by, PlanId = PlanId, Parameters = Parameters(parameters) });

    public Task<PlanInstance> RunAsync(PlanCommand command) => Engine.ExecuteAsync(PlanId, command);

    /// <summary>Runs a command on a given day (the fake clock moves there first).</summary>
    public Task<PlanInstance> RunAsync(LocalDate day, PlanCommand command)
    {
        Today(day);
        return RunAsync(command);
    }
}
