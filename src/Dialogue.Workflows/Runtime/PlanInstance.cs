using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Events;
using Dialogue.Workflows.Runtime.Machines;
using NodaTime;

namespace Dialogue.Workflows.Runtime;

/// <summary>
/// A running plan: the fold of its events. Read it to show a plan; change it only through the
/// engine's commands, which record events.
/// </summary>
/// <remarks>
/// Replaying the same events always gives the same instance. The instance is not thread-safe;
/// the engine hands out a fresh one for every read.
/// </remarks>
public sealed class PlanInstance
{
    private List<SessionInstance> _sessions = [];
    private List<PlanTaskInstance> _tasks = [];
    private List<PetitionInstance> _petitions = [];
    private List<PlanEvent> _events = [];
    private List<RuleDeviated> _deviations = [];

    // A plan restored from a snapshot: the entities come from the snapshot, not from the definition.
    private PlanInstance(PlanCreated created, PlanDefinition definition, long snapshotVersion)
    {
        Id = created.PlanId;
        TenantId = created.TenantId;
        Definition = definition;
        Parameters = created.Parameters;
        CreatedAt = created.At;
        CreatedBy = created.By;
        Created = created;
        EventsFrom = snapshotVersion + 1;
        SnapshotVersion = snapshotVersion;
    }

    // A plan replayed from its first event: the entities come from the definition.
    private PlanInstance(PlanCreated created, PlanDefinition definition)
        : this(created, definition, snapshotVersion: 0)
    {
        foreach (var session in definition.Sessions)
        {
            AddSession(new SessionInstance(session.Key, session.Title, session.When, session.Venue, session.Scope, session.Topic, isAdHoc: false));
        }

        foreach (var task in definition.Tasks.Where(t => !t.PerSession))
        {
            _tasks.Add(new PlanTaskInstance(task.Key, task, null));
        }

        ApplyDueChanges(created.Deadlines);
        _events.Add(created);
    }

    /// <summary>The plan's id.</summary>
    public string Id { get; }

    /// <summary>The tenant the plan belongs to, when the host has several.</summary>
    public string? TenantId { get; }

    /// <summary>The plan type's key.</summary>
    public string TypeKey => Definition.TypeKey;

    /// <summary>The plan type's version the plan is pinned to.</summary>
    public int TypeVersion => Definition.TypeVersion;

    /// <summary>The parameter values the plan was created with.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Parameters { get; }

    /// <summary>What the plan type declared for those parameters.</summary>
    public PlanDefinition Definition { get; }

    /// <summary>The plan's status.</summary>
    public PlanStatus Status { get; private set; } = StateMachines.Plan.Initial;

    /// <summary>The number of events in the plan's history: the version the next command expects.</summary>
    public long Version => EventsFrom - 1 + _events.Count;

    /// <summary>
    /// The version of the first event in <see cref="Events"/>: 1 when they are the whole history (<see cref="DialogueEngine.GetAsync"/>),
    /// a later one when the plan was restored from a snapshot and only the events after it were read (<see cref="DialogueEngine.GetCurrentAsync"/>).
    /// </summary>
    public long EventsFrom { get; private set; } = 1;

    /// <summary>The event that created the plan: kept apart from <see cref="Events"/>, which may start after it.</summary>
    internal PlanCreated Created { get; }

    /// <summary>The version of the last snapshot this instance was restored from or written as; 0 when none.</summary>
    internal long SnapshotVersion { get; set; }

    /// <summary>When it was created.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Who created it.</summary>
    public Actor CreatedBy { get; }

    /// <summary>The issued plan's document number.</summary>
    public string? DocumentNumber { get; private set; }

    /// <summary>Why it was cancelled, if it was.</summary>
    public string? CancellationReason { get; private set; }

    /// <summary>The sessions, planned ones first, then ad-hoc ones in the order added.</summary>
    public IReadOnlyList<SessionInstance> Sessions => _sessions;

    /// <summary>The tasks: each planned session's in the document's order, then the plan-wide ones, then those of ad-hoc sessions as they are added.</summary>
    public IReadOnlyList<PlanTaskInstance> Tasks => _tasks;

    /// <summary>The petitions, in the order received.</summary>
    public IReadOnlyList<PetitionInstance> Petitions => _petitions;

    /// <summary>Every rule set aside by a recorded decision, oldest first.</summary>
    public IReadOnlyList<RuleDeviated> Deviations => _deviations;

    /// <summary>The events from version <see cref="EventsFrom"/> on, oldest first: the plan's whole history when <see cref="EventsFrom"/> is 1.</summary>
    public IReadOnlyList<PlanEvent> Events => _events;

    /// <summary>Finds a session.</summary>
    /// <param name="key">The session's key.</param>
    /// <returns>The session.</returns>
    /// <exception cref="EntityNotFoundException">The plan has no such session.</exception>
    public SessionInstance Session(string key) =>
        FindSession(key) ?? throw new EntityNotFoundException(Id, EntityKind.Session, key, [.. _sessions.Select(s => s.Key)]);

    /// <summary>Finds a task.</summary>
    /// <param name="id">The task's id (<c>key@session</c>, or the key of a plan-wide task).</param>
    /// <returns>The task.</returns>
    /// <exception cref="EntityNotFoundException">The plan has no such task.</exception>
    public PlanTaskInstance Task(string id) =>
        FindTask(id) ?? throw new EntityNotFoundException(Id, EntityKind.Task, id, [.. _tasks.Select(t => t.Id)]);

    /// <summary>Finds a petition.</summary>
    /// <param name="id">The petition's id.</param>
    /// <returns>The petition.</returns>
    /// <exception cref="EntityNotFoundException">The plan has no such petition.</exception>
    public PetitionInstance Petition(string id) =>
        FindPetition(id) ?? throw new EntityNotFoundException(Id, EntityKind.Petition, id, [.. _petitions.Select(p => p.Id)]);

    /// <summary>The anchor a task's deadline counts from, as the plan stands now; null for a task whose rule needs none.</summary>
    /// <param name="task">The task.</param>
    /// <returns>An exact anchor once its date is known, else a pending one with the dates it can take.</returns>
    public Anchor? AnchorOf(PlanTaskInstance task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var session = task.Session is null ? null : _sessions.Find(s => s.Key == task.Session);
        var definition = task.Definition;
        switch (definition.Anchor)
        {
            case AnchorPoint.SessionDate when session is not null:
                return session.Anchor;
            case AnchorPoint.SessionHeld when session is not null:
                return session.HeldOn is { } held
                    ? Anchor.On(held, "ngày tổ chức đối thoại", "day of the session")
                    : Expected(session.Anchor.Period, "ngày tổ chức đối thoại", "day of the session");
            case AnchorPoint.ConclusionIssued when session is not null:
                return session.ConcludedOn is { } concluded
                    ? Anchor.On(concluded, "ngày ban hành thông báo kết luận", "day of the conclusion notice")
                    : Expected(session.HeldOn is { } h ? new DateInterval(h, h) : session.Anchor.Period, "ngày ban hành thông báo kết luận", "day of the conclusion notice");
            case AnchorPoint.PetitionAssigned when task.Petition is not null:
                return FindPetition(task.Petition)?.AssignedOn is { } forwarded
                    ? Anchor.On(forwarded, "ngày nhận được văn bản", "day the petition was forwarded")
                    : null;
            case AnchorPoint.TaskDone when definition.AnchorTask is not null:
                var anchorDefinition = Definition.Tasks.First(d => d.Key == definition.AnchorTask);
                var other = _tasks.Find(t => t.Id == PlanTaskInstance.IdFor(anchorDefinition, task.Session));
                if (other?.DoneOn is { } done)
                {
                    return Anchor.On(done, "ngày nhận được văn bản", "day the preceding task was done");
                }

                return other?.Due is { } due ? Expected(new DateInterval(due, due), "ngày nhận được văn bản", "day the preceding task is done") : null;
            default:
                return null;
        }

        // Until the event happens, its day is expected from what is known: the session's date or period.
        static Anchor Expected(DateInterval period, string name, string englishName) => Anchor.Within(period, name, englishName);
    }

    internal static PlanInstance Replay(IReadOnlyList<PlanEvent> events, Func<PlanCreated, PlanDefinition> define)
    {
        if (events.Count == 0 || events[0] is not PlanCreated created)
        {
            throw new ArgumentException("A plan's history starts with its creation.", nameof(events));
        }

        var instance = new PlanInstance(created, define(created));
        for (var i = 1; i < events.Count; i++)
        {
            instance.Apply(events[i]);
        }

        return instance;
    }

    /// <summary>A plan as a snapshot at <paramref name="version"/> recorded it, with no events: those after it are applied next.</summary>
    internal static PlanInstance Restore(PlanCreated created, PlanDefinition definition, long version, Action<PlanInstance> fill)
    {
        var instance = new PlanInstance(created, definition, version);
        fill(instance);
        return instance;
    }

    internal List<SessionInstance> SessionList => _sessions;

    internal List<PlanTaskInstance> TaskList => _tasks;

    internal List<PetitionInstance> PetitionList => _petitions;

    internal List<RuleDeviated> DeviationList => _deviations;

    internal void RestoreHeader(PlanStatus status, string? documentNumber, string? cancellationReason)
    {
        Status = status;
        DocumentNumber = documentNumber;
        CancellationReason = cancellationReason;
    }

    internal PlanInstance Clone()
    {
        var copy = (PlanInstance)MemberwiseClone();
        // MemberwiseClone shares the lists: the copy gets its own, with copies of the mutable entities.
        copy._sessions = [.. _sessions.Select(s => s.Clone())];
        copy._tasks = [.. _tasks.Select(t => t.Clone())];
        copy._petitions = [.. _petitions.Select(p => p.Clone())];
        copy._events = [.. _events];
        copy._deviations = [.. _deviations];
        return copy;
    }

    internal void Apply(PlanEvent e)
    {
        switch (e)
        {
            case RuleDeviated deviated:
                _deviations.Add(deviated);
                break;
            case PlanIssued:
                Move(PlanTrigger.Issue, e);
                DocumentNumber = e.Document;
                break;
            case PlanStarted:
                Move(PlanTrigger.Start, e);
                break;
            case PlanCompleted:
                Move(PlanTrigger.Complete, e);
                break;
            case PlanCancelled cancelled:
                Move(PlanTrigger.Cancel, e);
                CancellationReason = cancelled.Reason;
                break;
            case SessionScheduled scheduled:
                {
                    var session = MoveSession(scheduled.Session, SessionTrigger.Schedule, e);
                    session.AddDateChange(new SessionDateChange(session.Date, scheduled.Date, "Xếp lịch", e.At));
                    session.Date = scheduled.Date;
                    session.Venue = scheduled.Venue ?? session.Venue;
                    ApplyDueChanges(scheduled.Deadlines);
                    break;
                }

            case SessionRescheduled rescheduled:
                {
                    var session = MoveSession(rescheduled.Session, SessionTrigger.Reschedule, e);
                    session.AddDateChange(new SessionDateChange(rescheduled.OldDate, rescheduled.NewDate, rescheduled.Reason, e.At));
                    session.Date = rescheduled.NewDate;
                    session.AnnouncedOn = null;
                    ApplyDueChanges(rescheduled.Deadlines);
                    break;
                }

            case SessionPostponed postponed:
                {
                    var session = MoveSession(postponed.Session, SessionTrigger.Postpone, e);
                    session.AddDateChange(new SessionDateChange(session.Date, null, postponed.Reason, e.At));
                    session.Date = null;
                    session.AnnouncedOn = null;
                    session.Reason = postponed.Reason;
                    ApplyDueChanges(postponed.Deadlines);
                    break;
                }

            case SessionCancelled cancelled:
                MoveSession(cancelled.Session, SessionTrigger.Cancel, e).Reason = cancelled.Reason;
                ApplyDueChanges(cancelled.Deadlines);
                break;
            case AdHocSessionAdded added:
                AddSession(new SessionInstance(added.Session, added.Title, Anchor.On(added.Date, "ngày tổ chức đối thoại", "day of the session"),
                    added.Venue, added.Scope, added.Topic, isAdHoc: true) { Replaces = added.Replaces });
                ApplyDueChanges(added.Deadlines);
                break;
            case SessionAnnounced announced:
                MoveSession(announced.Session, SessionTrigger.Announce, e).AnnouncedOn = announced.On;
                break;
            case SessionHeld held:
                MoveSession(held.Session, SessionTrigger.Hold, e).HeldOn = held.On;
                ApplyDueChanges(held.Deadlines);
                break;
            case SessionAnsweredInWriting written:
                {
                    var session = MoveSession(written.Session, SessionTrigger.AnswerInWriting, e);
                    session.Reason = written.Reason;
                    session.AnsweredInWritingOn = written.On;
                    ApplyDueChanges(written.Deadlines);
                    break;
                }

            case SessionConcluded concluded:
                {
                    var session = MoveSession(concluded.Session, SessionTrigger.Conclude, e);
                    session.ConcludedOn = concluded.On;
                    session.ConclusionNotice = e.Document;
                    ApplyDueChanges(concluded.Deadlines);
                    break;
                }

            case SessionReported reported:
                {
                    var session = MoveSession(reported.Session, SessionTrigger.Report, e);
                    session.ReportedOn = reported.On;
                    // A session may be reported to its recipients in several letters: it has been reported to all of them so far.
                    session.ReportedTo = [.. session.ReportedTo.Concat(reported.Recipients).Distinct(StringComparer.Ordinal)];
                    break;
                }

            case SessionClosed closed:
                MoveSession(closed.Session, SessionTrigger.Close, e).ClosedOn = closed.On;
                break;
            case TaskCompleted completed:
                {
                    var task = MoveTask(completed.Task, PlanTaskTrigger.Complete, e);
                    task.DoneOn = completed.On;
                    task.DoneLate = completed.Late;
                    ApplyDueChanges(completed.Deadlines);
                    break;
                }

            case TaskWaived waived:
                MoveTask(waived.Task, PlanTaskTrigger.Waive, e).Reason = waived.Reason;
                break;
            case DeadlineExtended extended:
                {
                    var task = MoveTask(extended.Task, PlanTaskTrigger.Extend, e);
                    task.ExtendedDue = extended.NewDue;
                    task.Reason = extended.Reason;
                    break;
                }

            case PetitionReceived received:
                _petitions.Add(new PetitionInstance(received.Petition, received.Session, received.Subject, received.Petitioner, received.Address,
                    received.Channel, received.On, received.OnTime));
                break;
            case PetitionClassified classified:
                {
                    var petition = MovePetition(classified.Petition, PetitionTrigger.Classify, e);
                    petition.Category = classified.Category;
                    petition.Domain = classified.Domain;
                    break;
                }

            case PetitionAssigned assigned:
                {
                    var petition = MovePetition(assigned.Petition, PetitionTrigger.Assign, e);
                    petition.AssignedTo = assigned.Unit;
                    petition.AssignedOn = assigned.On;
                    petition.AnswerDue = assigned.AnswerDue;
                    if (Definition.Petitions.AnswerProposal is { } duty)
                    {
                        // Forwarded again, the duty passes to the new unit while it is still open.
                        var id = $"{PetitionDuty.TaskKey}@{petition.Id}";
                        var index = _tasks.FindIndex(t => t.Id == id);
                        if (index < 0 || _tasks[index].Status == PlanTaskStatus.Open)
                        {
                            var task = new PlanTaskInstance(id, duty.ForUnit(assigned.Unit), petition.Session) { Petition = petition.Id };
                            if (index < 0)
                            {
                                _tasks.Add(task);
                            }
                            else
                            {
                                task.RecordedDue = _tasks[index].RecordedDue;
                                task.ExtendedDue = _tasks[index].ExtendedDue;
                                task.CalendarMove = _tasks[index].CalendarMove;
                                task.CalendarMovePolicy = _tasks[index].CalendarMovePolicy;
                                _tasks[index] = task;
                            }
                        }
                    }

                    ApplyDueChanges(assigned.Deadlines);
                    break;
                }

            case PetitionAnswered answered:
                {
                    var petition = MovePetition(answered.Petition, PetitionTrigger.Answer, e);
                    petition.AnswerMode = answered.Mode;
                    petition.Outcome = answered.Summary;
                    petition.ResolvedOn = answered.On;
                    petition.AnsweredLate = answered.Late;
                    break;
                }

            case PetitionRedirected redirected:
                {
                    var petition = MovePetition(redirected.Petition, PetitionTrigger.Redirect, e);
                    petition.Outcome = $"{redirected.CompetentBody}: {redirected.Guidance}";
                    petition.ResolvedOn = redirected.On;
                    break;
                }

            case PetitionEscalated escalated:
                {
                    var petition = MovePetition(escalated.Petition, PetitionTrigger.Escalate, e);
                    petition.Outcome = escalated.To;
                    petition.ResolvedOn = escalated.On;
                    break;
                }

            case PetitionRejected rejected:
                {
                    var petition = MovePetition(rejected.Petition, PetitionTrigger.Reject, e);
                    petition.RejectionReason = rejected.Reason;
                    petition.Outcome = rejected.Explanation;
                    petition.ResolvedOn = rejected.On ?? DateOf(e);
                    break;
                }

            case PetitionResultNotified notified:
                MovePetition(notified.Petition, PetitionTrigger.Notify, e).NotifiedOn = notified.On;
                break;
            case PetitionClosed closed:
                MovePetition(closed.Petition, PetitionTrigger.Close, e).ClosedOn = closed.On;
                break;
            case DeadlinesRecalculated recalculated:
                foreach (var change in recalculated.Deadlines)
                {
                    var task = FindTask(change.Task, e);
                    if (change.Old is not null && change.New is not null)
                    {
                        // Kept on the task, so that the read model and the monitor need not search the history for it.
                        task.CalendarMove = change;
                        task.CalendarMovePolicy = recalculated.Policy;
                    }

                    if (recalculated.Policy == CalendarChangePolicy.Recompute)
                    {
                        task.RecordedDue = change.New;
                        task.NotedDue = null;
                    }
                    else
                    {
                        task.NotedDue = change.New;
                    }
                }

                break;
            default:
                throw new PlanHistoryException(Id, Version + 1, $"unknown event {e.GetType().Name}");
        }

        _events.Add(e);
    }

    private static LocalDate DateOf(PlanEvent e) => VietnamTime.Today(e.At);

    private void AddSession(SessionInstance session)
    {
        _sessions.Add(session);
        foreach (var task in Definition.Tasks.Where(t => t.PerSession))
        {
            _tasks.Add(new PlanTaskInstance(PlanTaskInstance.IdFor(task, session.Key), task, session.Key));
        }
    }

    private void ApplyDueChanges(IReadOnlyList<DueChange> changes)
    {
        foreach (var change in changes)
        {
            var task = FindTask(change.Task)
                ?? throw new PlanHistoryException(Id, Version + 1, $"a deadline change names unknown task '{change.Task}'");
            task.RecordedDue = change.New;
            // The new date is computed on the calendar in force: a date noted under the Keep policy no longer applies.
            task.NotedDue = null;
        }
    }

    private void Move(PlanTrigger trigger, PlanEvent e) => Status = Next(StateMachines.Plan, Status, trigger, "the plan", e);

    // Replay trusts the history but not blindly: a move the machine does not allow means the stored events are wrong.
    private TState Next<TState, TTrigger>(TransitionTable<TState, TTrigger> table, TState from, TTrigger trigger, string what, PlanEvent e)
        where TState : struct, Enum
        where TTrigger : struct, Enum =>
        table.TryMove(from, trigger, out var next)
            ? next
            : throw new PlanHistoryException(Id, Version + 1, $"{what} cannot {trigger} from {from} ({e.GetType().Name})");

    private SessionInstance MoveSession(string key, SessionTrigger trigger, PlanEvent e)
    {
        var session = FindSession(key) ?? throw new PlanHistoryException(Id, Version + 1, $"unknown session '{key}'");
        session.Status = Next(StateMachines.Session, session.Status, trigger, $"session '{key}'", e);
        return session;
    }

    private PlanTaskInstance FindTask(string id, PlanEvent e) =>
        FindTask(id) ?? throw new PlanHistoryException(Id, Version + 1, $"unknown task '{id}' ({e.GetType().Name})");

    // Plain loops rather than List.Find with a lambda: replay runs these once per event, and a capturing lambda allocates.
    private SessionInstance? FindSession(string key)
    {
        foreach (var session in _sessions)
        {
            if (session.Key == key)
            {
                return session;
            }
        }

        return null;
    }

    private PlanTaskInstance? FindTask(string id)
    {
        foreach (var task in _tasks)
        {
            if (task.Id == id)
            {
                return task;
            }
        }

        return null;
    }

    private PetitionInstance? FindPetition(string id)
    {
        // Petitions are numbered P-001, P-002 … in order, so the id usually gives the index directly.
        if (id.Length > 2 && int.TryParse(id.AsSpan(2), out var number) && number >= 1 && number <= _petitions.Count && _petitions[number - 1].Id == id)
        {
            return _petitions[number - 1];
        }

        foreach (var petition in _petitions)
        {
            if (petition.Id == id)
            {
                return petition;
            }
        }

        return null;
    }

    private PlanTaskInstance MoveTask(string id, PlanTaskTrigger trigger, PlanEvent e)
    {
        var task = FindTask(id, e);
        task.Status = Next(StateMachines.Task, task.Status, trigger, $"task '{id}'", e);
        return task;
    }

    private PetitionInstance MovePetition(string id, PetitionTrigger trigger, PlanEvent e)
    {
        var petition = FindPetition(id) ?? throw new PlanHistoryException(Id, Version + 1, $"unknown petition '{id}'");
        petition.Status = Next(StateMachines.Petition, petition.Status, trigger, $"petition '{id}'", e);
        return petition;
    }
}
