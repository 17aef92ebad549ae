using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using Dialogue.Workflows.Ward.AdministrativeProcedure;
using NodaTime;
using NodaTime.Testing;

namespace Dialogue.Workflows.Ward.Tests.AdministrativeProcedure;

/// <summary>
/// The engine with only the administrative-procedure plan type registered, an in-memory store, the
/// default Vietnamese working calendar and a fake clock set to 09:00 on a day in Vietnam.
/// </summary>
internal sealed class AdministrativeProcedureFixture
{
    public const string PlanId = "p1-tthc-2021";
    public const string Conference = AdministrativeProcedurePlanType.SessionKey;

    public static readonly Actor Clerk = new("vp-thongke", "Công chức Văn phòng – Thống kê", "UBND phường 1");
    public static readonly Actor Department = new("tu-phap-ho-tich", "Công chức Tư pháp – Hộ tịch", "UBND phường 1");
    public static readonly Actor Chairman = new("chu-tich", "Chủ tịch UBND phường", "UBND phường 1");

    public AdministrativeProcedureFixture(LocalDate today)
    {
        Clock = new FakeClock(At(today));
        Engine = new DialogueEngine(new PlanTypeRegistry([new AdministrativeProcedurePlanType()]), new InMemoryEventStore(), WorkingCalendar.Default, Clock);
    }

    public FakeClock Clock { get; }

    public DialogueEngine Engine { get; }

    public static Instant At(LocalDate day) => VietnamTime.Zone.AtStrictly(day.At(new LocalTime(9, 0))).ToInstant();

    /// <summary>The id of a task repeated for the conference.</summary>
    public static string AtConference(string taskKey) => $"{taskKey}@{Conference}";

    public static KeyValuePair<string, string>[] Pairs(params (string Key, string Value)[] parameters) =>
        [.. parameters.Select(p => new KeyValuePair<string, string>(p.Key, p.Value))];

    public void Today(LocalDate day) => Clock.Reset(At(day));

    public PlanInstance Preview(params (string Key, string Value)[] parameters) =>
        Engine.Preview(AdministrativeProcedurePlanType.TypeKey, Pairs(parameters));

    public Task<PlanInstance> CreateAsync(params (string Key, string Value)[] parameters) =>
        Engine.CreateAsync(new CreatePlan
        {
            TypeKey = AdministrativeProcedurePlanType.TypeKey, By = Clerk, PlanId = PlanId, Parameters = Pairs(parameters),
        });

    public Task<PlanInstance> RunAsync(PlanCommand command) => Engine.ExecuteAsync(PlanId, command);

    /// <summary>Runs a command on a given day: the fake clock is moved there first.</summary>
    public Task<PlanInstance> RunOnAsync(LocalDate day, PlanCommand command)
    {
        Today(day);
        return RunAsync(command);
    }
}
