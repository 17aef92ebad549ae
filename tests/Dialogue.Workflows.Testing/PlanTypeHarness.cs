using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using NodaTime;
using NodaTime.Testing;

namespace Dialogue.Workflows.Testing;

/// <summary>
/// An engine with one plan type registered, an in-memory event store, the default Vietnamese working
/// calendar and a fake clock set to 09:00 in Vietnam (Asia/Ho_Chi_Minh) on a given day, with helpers
/// to preview, create and run one plan of that type.
/// </summary>
/// <remarks>A test project derives from it to add the actors and the plan id of its document.</remarks>
public class PlanTypeHarness
{
    /// <summary>The plan id used when none is given.</summary>
    public const string DefaultPlanId = "plan-1";

    /// <summary>Creates the engine, its clock at 09:00 on <paramref name="today"/> in Vietnam.</summary>
    /// <param name="planType">The only plan type registered.</param>
    /// <param name="today">The fake clock's day.</param>
    /// <param name="planId">The id of the plan that <see cref="CreateAsync"/> creates and <see cref="RunAsync(PlanCommand)"/> runs.</param>
    public PlanTypeHarness(IPlanType planType, LocalDate today, string planId = DefaultPlanId)
    {
        ArgumentNullException.ThrowIfNull(planType);
        PlanType = planType;
        PlanId = planId;
        Clock = new FakeClock(At(today));
        Engine = new DialogueEngine(new PlanTypeRegistry([planType]), new InMemoryEventStore(), WorkingCalendar.Default, Clock);
    }

    /// <summary>The registered plan type.</summary>
    public IPlanType PlanType { get; }

    /// <summary>The id of the plan that the harness creates and runs.</summary>
    public string PlanId { get; }

    /// <summary>The engine's clock: move it with <see cref="Today"/>.</summary>
    public FakeClock Clock { get; }

    /// <summary>The engine.</summary>
    public DialogueEngine Engine { get; }

    /// <summary>09:00 on a day in Vietnam.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The instant.</returns>
    public static Instant At(LocalDate day) => VietnamTime.Zone.AtStrictly(day.At(new LocalTime(9, 0))).ToInstant();

    /// <summary>Parameters as the engine takes them, in the order given (a key may repeat).</summary>
    /// <param name="parameters">The key–value pairs.</param>
    /// <returns>The pairs.</returns>
    public static KeyValuePair<string, string>[] Parameters(params (string Key, string Value)[] parameters) =>
        [.. parameters.Select(p => new KeyValuePair<string, string>(p.Key, p.Value))];

    /// <summary>Moves the fake clock to 09:00 on <paramref name="day"/> in Vietnam.</summary>
    /// <param name="day">The day.</param>
    public void Today(LocalDate day) => Clock.Reset(At(day));

    /// <summary>Previews a plan of the type with the given parameters, without storing it.</summary>
    /// <param name="parameters">The parameters; the type's defaults for the rest.</param>
    /// <returns>The plan as it would be created.</returns>
    public PlanInstance Preview(params (string Key, string Value)[] parameters) => Engine.Preview(PlanType.Key, Parameters(parameters));

    /// <summary>Creates the plan <see cref="PlanId"/> of the type.</summary>
    /// <param name="by">Who creates it.</param>
    /// <param name="parameters">The parameters; the type's defaults for the rest.</param>
    /// <returns>The created plan.</returns>
    public Task<PlanInstance> CreateAsync(Actor by, params (string Key, string Value)[] parameters) =>
        Engine.CreateAsync(new CreatePlan { TypeKey = PlanType.Key, By = by, PlanId = PlanId, Parameters = Parameters(parameters) });

    /// <summary>Runs a command on the plan now.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The plan after it.</returns>
    public Task<PlanInstance> RunAsync(PlanCommand command) => Engine.ExecuteAsync(PlanId, command);

    /// <summary>Runs commands on the plan now, one after the other.</summary>
    /// <param name="commands">The commands; none reads the plan.</param>
    /// <returns>The plan after the last one.</returns>
    public async Task<PlanInstance> RunAsync(params PlanCommand[] commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        PlanInstance? plan = null;
        foreach (var command in commands)
        {
            plan = await RunAsync(command);
        }

        return plan ?? await Engine.GetAsync(PlanId);
    }

    /// <summary>Runs a command on the plan on a given day: the fake clock is moved there first.</summary>
    /// <param name="day">The day.</param>
    /// <param name="command">The command.</param>
    /// <returns>The plan after it.</returns>
    public Task<PlanInstance> RunAsync(LocalDate day, PlanCommand command)
    {
        Today(day);
        return RunAsync(command);
    }
}
