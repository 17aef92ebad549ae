using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Events;
using Dialogue.Workflows.Runtime.Machines;
using Dialogue.Workflows.Runtime.Rules;
using NodaTime;

namespace Dialogue.Workflows.Export;

/// <summary>
/// The guard and rule codes on each move of a plan type's machines, taken from <see cref="GuardCatalog"/>
/// and the library's rules themselves so that a diagram can never show other rules than the engine checks.
/// </summary>
/// <remarks>
/// The catalogue builds its guards for a <see cref="GuardContext"/>; here the context is an unsaved
/// plan of the definition and a stand-in entity put in the move's source state, because some guards
/// apply only from some states (a hold needs an announcement only when the session was not announced).
/// Guards are lazy, so building them reads nothing of the stand-ins: only their codes are used. The
/// library's rules that govern the move's command and bear on the definition follow the guards; a
/// host's own rules are registered with its engine and are not shown.
/// </remarks>
internal sealed class DiagramGuards
{
    // Never read: guards are built, not evaluated.
    private static readonly LocalDate Day = new(2000, 1, 1);

    private readonly GuardContext _context;

    public DiagramGuards(PlanDefinition definition)
    {
        var created = new PlanCreated
        {
            At = Instant.FromUtc(2000, 1, 1, 0, 0), By = new Actor("diagram", string.Empty, string.Empty), PlanId = "diagram",
            TypeKey = definition.TypeKey, TypeVersion = definition.TypeVersion, Parameters = new Dictionary<string, IReadOnlyList<string>>(),
        };
        _context = new GuardContext(PlanInstance.Replay([created], _ => definition), Day, WorkingCalendar.Default);
    }

    public IEnumerable<string> Plan(Transition<PlanStatus, PlanTrigger> move) =>
        Codes(GuardCatalog.ForPlan(_context), move.Trigger).Concat(Rules(EntityKind.Plan, move.Trigger.ToString()));

    public IEnumerable<string> Session(Transition<SessionStatus, SessionTrigger> move)
    {
        var session = new SessionInstance("diagram", string.Empty, Anchor.On(Day, "ngày tổ chức đối thoại", "day of the session"), null, [], null, isAdHoc: false) { Status = move.From };
        return Codes(GuardCatalog.ForSession(_context with { Session = session }), move.Trigger).Concat(Rules(EntityKind.Session, move.Trigger.ToString()));
    }

    // The task guards do not depend on the task, so none is made up.
    public IEnumerable<string> Task(Transition<PlanTaskStatus, PlanTaskTrigger> move) =>
        Codes(GuardCatalog.ForTask(_context), move.Trigger).Concat(Rules(EntityKind.Task, move.Trigger.ToString()));

    public IEnumerable<string> Petition(Transition<PetitionStatus, PetitionTrigger> move)
    {
        var petition = new PetitionInstance("diagram", null, string.Empty, string.Empty, null, PetitionChannel.Paper, Day, onTime: true) { Status = move.From };
        return Codes(GuardCatalog.ForPetition(_context with { Petition = petition }), move.Trigger).Concat(Rules(EntityKind.Petition, move.Trigger.ToString()));
    }

    private IEnumerable<string> Rules(EntityKind entity, string trigger)
    {
        var command = CommandTarget.Of(_context.Plan, entity, trigger);
        return command is null ? []
            : LibraryRules.All.Where(r => r.Governs.Contains(command) && r.AppliesTo(_context.Plan.Definition)).Select(r => r.Code);
    }

    private static IEnumerable<string> Codes<TTrigger>(IReadOnlyDictionary<TTrigger, IReadOnlyList<TriggerGuard>> guards, TTrigger trigger)
        where TTrigger : struct, Enum =>
        guards.TryGetValue(trigger, out var list) ? list.Select(g => g.Code) : [];
}
