using System.Text.Json;
using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Events;
using Dialogue.Workflows.Runtime.Machines;
using Dialogue.Workflows.Runtime.Rules;
using Dialogue.Workflows.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Dialogue.Workflows.Runtime;

/// <summary>
/// Runs dialogue plans: creates them from registered plan types, checks every command against the
/// plan's state machines and rules, records the resulting events in the store, and answers what is
/// due, what is permitted and why a date is the deadline.
/// </summary>
/// <remarks>
/// <para>
/// A plan is its event stream: every read folds it (from its latest snapshot on, where the store keeps
/// snapshots: see <see cref="GetCurrentAsync"/>), every command appends to it with the version
/// it read, so two hosts can never both record a command against the same state. A command without
/// an expected version is retried on a fresh read when another writer got there first
/// (<see cref="DialogueEngineOptions.ConcurrencyRetries"/>); one with an expected version is not.
/// </para>
/// <para>"Today" is the date in Asia/Ho_Chi_Minh by the injected <see cref="IClock"/>.</para>
/// <para>
/// Every command passes the same steps: the actor is authorized against the plan's authority (and
/// the host's handlers), the entity's state machine and guards must allow it, every
/// <see cref="CommandRule"/> that governs it must hold (or be set aside by a recorded deviation),
/// and only then are its events recorded.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var plan = await engine.CreateAsync(new CreatePlan { TypeKey = "ward-chairman", By = clerk, Parameters = [new("session", "2023-09-15")] });
/// plan = await engine.ExecuteAsync(plan.Id, new IssuePlan { By = chairman, Document = "45/KH-UBND" });
/// foreach (var line in engine.Timeline(plan)) Console.WriteLine($"{line.Due} {line.Title} ({line.Owner})");
/// </code>
/// </example>
public sealed partial class DialogueEngine
{
    private readonly PlanTypeRegistry _registry;
    private readonly IEventStore _store;
    private readonly IClock _clock;
    private readonly DialogueEngineOptions _options;
    private readonly ILogger _logger;
    private readonly PlanEventSerializer _serializer = new();
    private readonly DueCalculator _dues;
    private readonly CommandProcessor _processor;

    /// <summary>Creates an engine.</summary>
    /// <param name="registry">The registered plan types.</param>
    /// <param name="store">Where plans are kept.</param>
    /// <param name="calendar">The working calendar deadlines are counted on.</param>
    /// <param name="clock">The clock "today" comes from.</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <param name="logger">A logger; none when null.</param>
    /// <param name="authorizer">Who may act; null for the plans' declared authority (<see cref="PlanAuthorizer.PlanDefinitions"/>).
    /// Running without checks takes <see cref="PlanAuthorizer.Unchecked"/>, explicitly.</param>
    /// <param name="rules">Rules of the host's own, checked after the library's; one with a library rule's code replaces it.</param>
    public DialogueEngine(PlanTypeRegistry registry, IEventStore store, WorkingCalendar calendar, IClock clock,
        DialogueEngineOptions? options = null, ILogger<DialogueEngine>? logger = null,
        PlanAuthorizer? authorizer = null, IEnumerable<CommandRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(clock);
        _registry = registry;
        _store = store;
        _clock = clock;
        _options = options ?? new DialogueEngineOptions();
        _options.Validate();
        _logger = logger ?? (ILogger)NullLogger.Instance;
        Calendar = calendar;
        _dues = new DueCalculator(calendar);
        _calendarFingerprint = new Lazy<string>(() => CalendarFingerprint.Of(calendar, _options.CalendarChangePolicy));
        var own = (rules ?? []).ToList();
        Rules = [.. LibraryRules.All.Select(r => own.Find(o => o.Code == r.Code) ?? r), .. own.Where(o => LibraryRules.All.All(r => r.Code != o.Code))];
        Authorizer = authorizer ?? PlanAuthorizer.PlanDefinitions;
        _processor = new CommandProcessor(_dues, Authorizer, Rules, new ActDateRule(_options.MaxBackdatingDays));
    }

    /// <summary>Every rule the engine checks on commands: the library's (or the host's replacements) and the host's own.</summary>
    public IReadOnlyList<CommandRule> Rules { get; }

    /// <summary>Who decides whether an actor may take an action.</summary>
    public PlanAuthorizer Authorizer { get; }

    /// <summary>The working calendar deadlines are counted on.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The registered plan types.</summary>
    public PlanTypeRegistry PlanTypes => _registry;

    /// <summary>Declares a plan without saving it: the plan <see cref="CreateAsync"/> would start, to preview its timeline and lint it.</summary>
    /// <param name="typeKey">The plan type.</param>
    /// <param name="parameters">Parameter values.</param>
    /// <param name="typeVersion">The version; null for the latest.</param>
    /// <returns>An unsaved plan with the id <c>preview</c>; <see cref="Timeline"/> and <see cref="Lint"/> work on it.</returns>
    /// <exception cref="UnknownPlanTypeException">The type is not registered.</exception>
    /// <exception cref="InvalidPlanParameterException">A parameter is wrong.</exception>
    /// <exception cref="PlanDefinitionException">The type declared an inconsistent plan.</exception>
    public PlanInstance Preview(string typeKey, IEnumerable<KeyValuePair<string, string>> parameters, int? typeVersion = null)
    {
        var type = _registry.Get(typeKey, typeVersion);
        var bound = PlanParameters.Bind(type, parameters);
        var definition = type.Define(bound);
        definition.Validate();
        return Start("preview", null, type, bound, definition, new Actor("preview", string.Empty, string.Empty));
    }

    /// <summary>
    /// Checks a plan's dates: a deadline or window that ends on a day off, a session on a day off, a notice the plan's issue date
    /// can no longer meet, a session outside the days its type's legal basis is in force (<c>plan.law-not-in-force</c>, naming the
    /// reform) or planned in a period that basis ends within (<c>plan.law-ends-within-period</c>), and a plan under the two-tier
    /// local government that keeps a default naming a unit or place as it was before the 2025 arrangement
    /// (<c>plan.pre-reform-default</c>, see <see cref="PlanParameter.DefaultPredatesReform"/>).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The warnings, in timeline order; empty when the dates are clean.</returns>
    public IReadOnlyList<PlanWarning> Lint(PlanInstance plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var warnings = new List<PlanWarning>();
        foreach (var session in plan.Sessions.Where(s => s.Date is not null))
        {
            var date = session.Date!.Value;
            if (!Calendar.IsWorkingDay(date))
            {
                var day = Calendar.Describe(date);
                warnings.Add(new PlanWarning("session.on-day-off", session.Key,
                    $"Buổi '{session.Title}' ngày {DayNames.ViDate(date)} rơi vào ngày nghỉ: {day.Name}.",
                    $"Session '{session.Title}' on {DayNames.IsoDate(date)} falls on a day off: {day.EnglishName}.", date));
            }

            if (plan.Definition.Rules.AnnouncementLeadTime is { } lead && plan.Definition.IssuedOn is { } issued
                && lead.Compute(session.Anchor, Calendar).Due is { } noticeDue && noticeDue < issued)
            {
                warnings.Add(new PlanWarning("session.lead-time-unmet", session.Key,
                    $"Buổi '{session.Title}' ngày {DayNames.ViDate(date)} cần thông báo trước ngày {DayNames.ViDate(noticeDue)}, trước cả ngày ban hành kế hoạch {DayNames.ViDate(issued)}.",
                    $"Session '{session.Title}' on {DayNames.IsoDate(date)} needs its notice by {DayNames.IsoDate(noticeDue)}, before the plan itself is issued on {DayNames.IsoDate(issued)}.", noticeDue));
            }
        }

        foreach (var task in plan.Tasks)
        {
            foreach (var warning in _dues.Compute(plan, task)?.Warnings ?? [])
            {
                warnings.Add(new PlanWarning(warning.Code, task.Id, $"{task.Definition.Title}: {warning.Message}", $"{task.Definition.EnglishTitle}: {warning.EnglishMessage}", warning.Date));
            }
        }

        warnings.AddRange(LegalBasisCheck.Warnings(plan));
        warnings.AddRange(PreReformDefaultCheck.Warnings(plan, _registry.Get(plan.TypeKey, plan.TypeVersion)));
        if (plan.Definition.Petitions.RegistrationWindow is { UsesAnchor: false } window)
        {
            foreach (var warning in window.Compute(Calendar).Warnings)
            {
                warnings.Add(new PlanWarning(warning.Code, "registration", $"Thời gian đăng ký: {warning.Message}", $"Registration window: {warning.EnglishMessage}", warning.Date));
            }
        }

        return [.. warnings.OrderBy(w => w.Date ?? LocalDate.MaxIsoValue)];
    }

    /// <summary>Creates a plan.</summary>
    /// <param name="command">The plan type, parameters and creator.</param>
    /// <param name="cancellationToken">Cancels the call; nothing is written when cancelled before the append.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="UnknownPlanTypeException">The type is not registered.</exception>
    /// <exception cref="InvalidPlanParameterException">A parameter is wrong.</exception>
    /// <exception cref="PlanAlreadyExistsException">The id is taken by another plan (a create repeated under its command id returns the plan it created).</exception>
    /// <exception cref="InvalidIdentifierException">The plan id or the command id breaks a rule of <see cref="Identifiers"/>.</exception>
    /// <exception cref="LawNotInForceException">A session falls outside the days the type's legal basis is in force (a district body's plan after 01/07/2025).</exception>
    public async Task<PlanInstance> CreateAsync(CreatePlan command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(command.By);
        var (activity, started) = Diagnostics.Telemetry.StartCommand(command.PlanId, command);
        try
        {
            var plan = await CreateOnceAsync(command, cancellationToken).ConfigureAwait(false);
            // A create repeated under its command id returns the plan as created; it is counted as recorded.
            Diagnostics.Telemetry.Ran(activity, started, command, repeated: false, plan.Id);
            return plan;
        }
        catch (Exception error)
        {
            Diagnostics.Telemetry.Failed(activity, started, command, error);
            throw;
        }
    }

    private async Task<PlanInstance> CreateOnceAsync(CreatePlan command, CancellationToken cancellationToken)
    {
        var commandId = command.CommandId is null ? Identifiers.NewCommandId() : Identifiers.CommandId(command.CommandId);
        var id = Identifiers.PlanId(command.PlanId ?? (command.CommandId is null ? Guid.NewGuid().ToString("N")[..12] : Identifiers.PlanIdOf(commandId)));
        if (command.CommandId is not null && await _store.FindCommandAsync(id, commandId, cancellationToken).ConfigureAwait(false) is { } recorded)
        {
            return (await OutcomeAsync(id, recorded, cancellationToken).ConfigureAwait(false)).Plan;
        }

        var type = _registry.Get(command.TypeKey, command.TypeVersion);
        var parameters = PlanParameters.Bind(type, command.Parameters);
        var definition = type.Define(parameters);
        definition.Validate();
        LegalBasisCheck.Refuse(definition);
        var plan = Start(id, command.TenantId, type, parameters, definition, command.By);
        if (!Authorizer.IsUnchecked && Authorizer.Authorize(new AuthorizationRequest(plan, PlanAction.Create, command.By)) is { Allowed: false } refusal)
        {
            throw new AuthorizationDeniedException(id, PlanAction.Create, command.By, refusal);
        }

        var created = (PlanCreated)plan.Events[0];
        try
        {
            var result = await AppendCommandAsync(id, 0, commandId, [_serializer.Serialize(created)], plan, cancellationToken).ConfigureAwait(false);
            if (result.Repeated)
            {
                return (await OutcomeAsync(id, result.Command, cancellationToken).ConfigureAwait(false)).Plan;
            }
        }
        catch (ConcurrencyException)
        {
            throw new PlanAlreadyExistsException(id);
        }

        LogCreated(id, type.Key, type.Version);
        return plan;
    }

    private PlanInstance Start(string id, string? tenantId, IPlanType type, PlanParameters parameters, PlanDefinition definition, Actor by)
    {
        var created = new PlanCreated
        {
            At = _clock.GetCurrentInstant(), By = by, PlanId = id, TenantId = tenantId, TypeKey = type.Key,
            TypeVersion = type.Version, Parameters = parameters.Values,
        };
        var probe = PlanInstance.Replay([created], _ => definition);
        created = created with
        {
            Deadlines = [.. _dues.DueDates(probe).Where(d => d.Value is not null).Select(d => new DueChange(d.Key, null, d.Value))],
        };
        return PlanInstance.Replay([created], _ => definition);
    }

    /// <summary>Runs a command on a plan.</summary>
    /// <param name="planId">The plan.</param>
    /// <param name="command">The command.</param>
    /// <param name="expectedVersion">The plan's version the caller last saw; null to run on the latest (retrying on conflicts).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The plan after the command.</returns>
    /// <exception cref="PlanNotFoundException">No such plan.</exception>
    /// <exception cref="InvalidTransitionException">The entity's state does not allow the command.</exception>
    /// <exception cref="ActionBlockedException">A rule of the plan blocks it now.</exception>
    /// <exception cref="CommandRejectedException">A value of the command breaks a rule.</exception>
    /// <exception cref="EntityNotFoundException">The command names an unknown session, task or petition.</exception>
    /// <exception cref="ConcurrencyException">The plan changed since <paramref name="expectedVersion"/>, or kept changing through every retry.</exception>
    /// <exception cref="InvalidIdentifierException">The plan id or the command id breaks a rule of <see cref="Identifiers"/>.</exception>
    /// <remarks>The same as <see cref="RunAsync"/>, returning only the plan.</remarks>
    public async Task<PlanInstance> ExecuteAsync(string planId, PlanCommand command, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        (await RunAsync(planId, command, expectedVersion, cancellationToken).ConfigureAwait(false)).Plan;

    /// <summary>Loads a plan by replaying its events.</summary>
    /// <param name="planId">The plan.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="PlanNotFoundException">No such plan.</exception>
    /// <exception cref="PlanHistoryException">A stored event cannot be read or replayed.</exception>
    /// <exception cref="InvalidIdentifierException">The plan id breaks a rule of <see cref="Identifiers"/>; it is normalised to NFC before it is looked up.</exception>
    /// <remarks>
    /// When the working calendar has changed since an open plan's deadlines were recorded (a loaded schedule, an
    /// override, a new law), the read records the move first (<see cref="DeadlinesRecalculated"/>, with the days and
    /// documents that caused it, under <see cref="DialogueEngineOptions.CalendarChangePolicy"/>) and returns the plan
    /// with it: see <see cref="FollowCalendarAsync"/>.
    /// </remarks>
    public async Task<PlanInstance> GetAsync(string planId, CancellationToken cancellationToken = default) =>
        await FollowCalendarAsync(await ReplayAsync(Identifiers.PlanId(planId), long.MaxValue, cancellationToken).ConfigureAwait(false), cancellationToken)
            .ConfigureAwait(false);

    /// <summary>The ids of every plan in the store, oldest first, without loading them.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The plan ids.</returns>
    public async Task<IReadOnlyList<string>> ListIdsAsync(CancellationToken cancellationToken = default) =>
        await _store.ListStreamsAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Loads every plan in the store, oldest first: each one is replayed, so the cost grows with every plan ever stored.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The plans.</returns>
    /// <exception cref="PlanHistoryException">A plan's history cannot be read; the message names it.</exception>
    /// <remarks>
    /// Lists and cross-plan questions are answered by the read model without replaying any plan: <see cref="ListPlansAsync"/>
    /// for a page of plans (filters, a cursor, open and overdue counts, the next due date), <see cref="DueAsync(DueRequest, CancellationToken)"/>
    /// for what is due across plans, then <see cref="GetAsync"/> for the plans a page shows.
    /// </remarks>
    [Obsolete("ListAsync replays every stored plan. Use ListPlansAsync(PlanQuery) for a page of plans, DueAsync(DueRequest) for what is due across plans, and GetAsync for one plan.")]
    public async Task<IReadOnlyList<PlanInstance>> ListAsync(CancellationToken cancellationToken = default)
    {
        var plans = new List<PlanInstance>();
        foreach (var id in await _store.ListStreamsAsync(cancellationToken).ConfigureAwait(false))
        {
            plans.Add(await GetAsync(id, cancellationToken).ConfigureAwait(false));
        }

        return plans;
    }

    /// <summary>The plan's timeline: every session and task with its date, owner and status, in date order.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The day "overdue" is judged on; null for today in Vietnam by the engine's clock. A tool that
    /// replays or records acts of an earlier day passes that day.</param>
    /// <returns>The lines; pending ones carry their earliest and latest dates.</returns>
    public IReadOnlyList<TimelineEntry> Timeline(PlanInstance plan, LocalDate? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var today = asOf ?? VietnamTime.Today(_clock);
        var lines = new List<TimelineEntry>();
        foreach (var session in plan.Sessions)
        {
            lines.Add(new TimelineEntry(EntityKind.Session, session.Key, session.Title, session.Title, plan.Definition.Issuer, session.Status.ToString())
            {
                Session = session.Key,
                Due = session.Date,
                DueEarliest = session.Date ?? session.Planned.Period.Start,
                DueLatest = session.Date ?? session.Planned.Period.End,
                DoneOn = session.HeldOn,
            });
        }

        foreach (var task in plan.Tasks)
        {
            var deadline = _dues.Compute(plan, task);
            var due = task.Due ?? deadline?.Due;
            var owner = plan.Definition.Units.FirstOrDefault(u => u.Key == task.Definition.Owner)?.Name ?? task.Definition.Owner;
            lines.Add(new TimelineEntry(EntityKind.Task, task.Id, task.Definition.Title, task.Definition.EnglishTitle, owner, task.Status.ToString())
            {
                Session = task.Session,
                Phase = task.Definition.Phase,
                Due = due,
                DueEarliest = due ?? deadline?.Earliest,
                DueLatest = due ?? deadline?.Latest,
                Opens = deadline?.Opens,
                DoneOn = task.DoneOn,
                Late = task.DoneLate,
                Overdue = plan.Status is not (PlanStatus.Completed or PlanStatus.Cancelled)
                    && task.Status == PlanTaskStatus.Open && due is { } d && today > d && !SessionCancelled(plan, task),
                Clause = task.Definition.Clause,
            });
        }

        // Each session's steps stay together around it (before, the session, at, after), sessions in date order; within a
        // phase, by date, undated steps last in the document's order. Plan-wide tasks take their place by their own date.
        var sessionStart = plan.Sessions.ToDictionary(s => s.Key, s => s.Date ?? s.Planned.Period.Start, StringComparer.Ordinal);
        var sessionIndex = plan.Sessions.Select((s, i) => (s.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        // Plan-wide preparation with no date (drawing up and publishing the plan) comes before every session, as in the documents.
        var order = lines.Select((line, index) => (line, index)).OrderBy(x => x.line.Session is { } key ? sessionStart[key]
                : x.line.DueEarliest ?? (x.line.Phase == TaskPhase.Before ? LocalDate.MinIsoValue : LocalDate.MaxIsoValue))
            .ThenBy(x => x.line.Session is null ? 1 : 0)
            .ThenBy(x => x.line.Session is { } key ? sessionIndex[key] : -1)
            .ThenBy(x => x.line.Kind == EntityKind.Session ? 1 : x.line.Phase switch { TaskPhase.Before => 0, TaskPhase.At => 2, _ => 3 })
            .ThenBy(x => x.line.DueEarliest ?? LocalDate.MaxIsoValue)
            .ThenBy(x => x.index);
        return [.. order.Select(x => x.line)];
    }

    /// <summary>The open tasks that are overdue, due today, or due within the look-ahead, at an instant.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="at">The instant; its date in Vietnam is "today".</param>
    /// <param name="lookAheadWorkingDays">How many working days ahead counts as approaching; null for the engine's setting.</param>
    /// <returns>The items, most urgent first.</returns>
    public IReadOnlyList<DueItem> Due(PlanInstance plan, Instant at, int? lookAheadWorkingDays = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var today = VietnamTime.Today(at);
        var ahead = lookAheadWorkingDays ?? _options.ApproachingWorkingDays;
        var items = new List<DueItem>();
        if (plan.Status is PlanStatus.Completed or PlanStatus.Cancelled)
        {
            return items;
        }

        foreach (var task in plan.Tasks.Where(t => t.Status == PlanTaskStatus.Open && !SessionCancelled(plan, t)))
        {
            if ((task.Due ?? _dues.DueOf(plan, task)) is not { } due)
            {
                continue;
            }

            if (today > due)
            {
                items.Add(new DueItem(plan.Id, task, due, DueState.Overdue, -Calendar.CountWorkingDays(due.PlusDays(1), today)));
            }
            else if (today == due)
            {
                items.Add(new DueItem(plan.Id, task, due, DueState.DueToday, 0));
            }
            else
            {
                var left = Calendar.CountWorkingDays(today.PlusDays(1), due);
                if (left <= ahead)
                {
                    items.Add(new DueItem(plan.Id, task, due, DueState.Approaching, left));
                }
            }
        }

        return [.. items.OrderBy(i => i.Due).ThenBy(i => i.Task.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every action the plan's entities' states allow, whether the plan's guards allow it now (with the
    /// reasons when they do not), and who may take it; for an actor, also whether that actor may.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="actor">Who asks; null to list the actions for nobody in particular.</param>
    /// <returns>The actions of the plan, its sessions, its open tasks and its petitions.</returns>
    /// <remarks>
    /// Rules on a command's own values (a session's date, a report's recipients) are checked when the
    /// command is run, since they depend on what it says; <see cref="Rules"/> lists them.
    /// </remarks>
    public IReadOnlyList<PermittedAction> PermittedActions(PlanInstance plan, Actor? actor = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var context = new GuardContext(plan, VietnamTime.Today(_clock), Calendar) { Actor = actor };
        var actions = new List<PermittedAction>();
        Collect(actions, plan, actor, StateMachines.Plan, plan.Status, GuardCatalog.ForPlan(context), EntityKind.Plan, plan.Id);
        foreach (var session in plan.Sessions)
        {
            Collect(actions, plan, actor, StateMachines.Session, session.Status, GuardCatalog.ForSession(context with { Session = session }), EntityKind.Session, session.Key);
        }

        foreach (var task in plan.Tasks)
        {
            Collect(actions, plan, actor, StateMachines.Task, task.Status, GuardCatalog.ForTask(context with { Task = task }), EntityKind.Task, task.Id);
        }

        foreach (var petition in plan.Petitions)
        {
            Collect(actions, plan, actor, StateMachines.Petition, petition.Status, GuardCatalog.ForPetition(context with { Petition = petition }), EntityKind.Petition, petition.Id);
        }

        return actions;
    }

    /// <summary>Who may take an action on a plan, as its declared authority says.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="action">The action.</param>
    /// <returns>Each way the action may be taken, in Vietnamese and English.</returns>
    /// <example>
    /// <code>
    /// foreach (var who in engine.WhoMay(plan, PlanAction.Issue)) Console.WriteLine(who.Text);
    /// // Chủ tịch UBND phường: người đứng đầu ký trực tiếp hoặc TM., cấp phó ký KT.
    /// </code>
    /// </example>
    public IReadOnlyList<WhoMayAct> WhoMay(PlanInstance plan, PlanAction action)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return PlanDefinitionAuthorization.Describe(new AuthorizationRequest(plan, action, plan.CreatedBy));
    }

    /// <summary>The rules that bear on a plan: those whose subject its definition has (a lead time, recipients, a minimum of sessions …).</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The rules, in the order they are checked.</returns>
    public IReadOnlyList<CommandRule> RulesOf(PlanInstance plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. Rules.Where(r => r.AppliesTo(plan.Definition))];
    }

    /// <summary>Why a task's due date is what it is: the rule, the anchor, each day skipped and the legal basis.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="taskId">The task's id.</param>
    /// <returns>The deadline with its explanation, or null when the task has no deadline rule.</returns>
    /// <exception cref="EntityNotFoundException">No such task.</exception>
    /// <remarks>An extension (gia hạn) or a kept deadline is recorded on the task (<see cref="PlanTaskInstance.Due"/>); the explanation is of the rule.</remarks>
    public Deadline? Explain(PlanInstance plan, string taskId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return _dues.Compute(plan, plan.Task(taskId));
    }

    private static bool SessionCancelled(PlanInstance plan, PlanTaskInstance task) =>
        task.Session is not null && plan.Sessions.Any(s => s.Key == task.Session && s.Status == SessionStatus.Cancelled);

    private void Collect<TState, TTrigger>(List<PermittedAction> actions, PlanInstance plan, Actor? actor, TransitionTable<TState, TTrigger> table, TState state,
        IReadOnlyDictionary<TTrigger, IReadOnlyList<TriggerGuard>> guards, EntityKind entity, string id)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        foreach (var trigger in table.TriggersFrom(state))
        {
            var blocked = guards[trigger].Select(g => g.Check()).Where(r => !r.Allowed).ToList();
            var target = new CommandTarget(entity, id, trigger.ToString(), CommandTarget.ActionOf(entity, trigger.ToString()));
            var request = target.Request(plan, actor ?? plan.CreatedBy);
            blocked.AddRange(_processor.StateRuleFailures(plan, target, actor ?? plan.CreatedBy, VietnamTime.Today(_clock)));
            if (actor is not null && !Authorizer.IsUnchecked && Authorizer.Authorize(request) is { Allowed: false } refusal)
            {
                blocked.Add(GuardResult.Block(refusal.Code, refusal.Reason, refusal.EnglishReason));
            }

            actions.Add(new PermittedAction(entity, id, trigger.ToString(), blocked.Count == 0, blocked)
            {
                Action = target.Action,
                MayAct = PlanDefinitionAuthorization.Describe(request),
            });
        }
    }

    private PlanDefinition Define(PlanCreated created)
    {
        var type = _registry.Get(created.TypeKey, created.TypeVersion);
        var parameters = PlanParameters.Bind(type, created.Parameters.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v))));
        var definition = type.Define(parameters);
        definition.Validate();
        return definition;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Created plan {PlanId} of type {TypeKey}@{TypeVersion}")]
    private partial void LogCreated(string planId, string typeKey, int typeVersion);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Plan {PlanId}: {Command} recorded {Events} event(s), now at version {Version}")]
    private partial void LogCommand(string planId, string command, int events, long version);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Plan {PlanId}: {Command} met a concurrent change; retry {Attempt}")]
    private partial void LogRetry(string planId, string command, int attempt);
}
