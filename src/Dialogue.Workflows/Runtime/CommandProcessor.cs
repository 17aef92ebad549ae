using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Events;
using Dialogue.Workflows.Runtime.Machines;
using Dialogue.Workflows.Runtime.Rules;
using NodaTime;

namespace Dialogue.Workflows.Runtime;

/// <summary>
/// Runs one command on a working copy of a plan, in the same short sequence for every command:
/// authorize the actor, let the entity's state machine and guards allow the trigger, check every
/// rule that governs the command (recording deviations), then emit the events, applying each.
/// </summary>
internal sealed class CommandProcessor(DueCalculator dues, PlanAuthorizer authorizer, IReadOnlyList<CommandRule> rules, ActDateRule actDates)
{
    public WorkingCalendar Calendar => dues.Calendar;

    public PlanAuthorizer Authorizer => authorizer;

    public IReadOnlyList<CommandRule> Rules => rules;

    public List<PlanEvent> Process(PlanInstance work, PlanCommand command, Instant now, CalendarChangePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(command.By);
        var today = VietnamTime.Today(now);
        actDates.Check(work.Id, command.On, today);

        var target = CommandTarget.Of(work, command);
        var run = new Run(this, work, command, now, command.On ?? today, target);
        run.Authorize(target.Request(work, command.By));
        run.Fire(target);
        var deviations = run.CheckRules(target);
        run.NoteCalendarChange(policy);
        run.Record(deviations, target);
        run.Handle();
        run.CompleteStepTasks(target);
        return run.Events;
    }

    /// <summary>The rules that read only the plan's state which would refuse a target's trigger now, for an actor on a day.</summary>
    public List<GuardResult> StateRuleFailures(PlanInstance plan, CommandTarget target, Actor actor, LocalDate today)
    {
        var failures = new List<GuardResult>();
        if (target.Bare(actor) is not { } command)
        {
            return failures;
        }

        var context = new RuleContext(plan, command, today, Calendar);
        foreach (var rule in Governing(command).Where(r => r.ReadsOnlyState))
        {
            if (rule.Check(context) is { Allowed: false } failure)
            {
                failures.Add(failure);
            }
        }

        return failures;
    }

    /// <summary>The rules that govern a command's type, in the order they are checked.</summary>
    public IEnumerable<CommandRule> Governing(PlanCommand command) => rules.Where(r => r.Governs.Contains(command.GetType()));

    /// <summary>
    /// The deadline changes an event causes: tasks whose computed due date differs after it, given the
    /// dates computed before it; also returns the dates after it, for the next event of the command.
    /// </summary>
    private (List<DueChange> Changes, Dictionary<string, LocalDate?> After) ChangesBy(PlanInstance work, PlanEvent e, Dictionary<string, LocalDate?> before)
    {
        var probe = work.Clone();
        probe.Apply(e);
        var after = dues.DueDates(probe);
        var changes = new List<DueChange>();
        foreach (var (id, due) in after)
        {
            if (!before.TryGetValue(id, out var old) || old != due)
            {
                changes.Add(new DueChange(id, work.Tasks.FirstOrDefault(t => t.Id == id)?.RecordedDue, due));
            }
        }

        return (changes, after);
    }

    private sealed class Run(CommandProcessor processor, PlanInstance work, PlanCommand command, Instant now, LocalDate today, CommandTarget target)
    {
        // The computed due dates of the plan as it stands, kept across the command's events so each is computed once.
        private Dictionary<string, LocalDate?> _dues = [];

        public List<PlanEvent> Events { get; } = [];

        private PlanDefinition Definition => work.Definition;

        private GuardContext Context => new(work, today, processor.Calendar) { Actor = command.By };

        public void Authorize(AuthorizationRequest request)
        {
            if (processor.Authorizer.IsUnchecked)
            {
                return;
            }

            var decision = processor.Authorizer.Authorize(request);
            if (!decision.Allowed)
            {
                throw new AuthorizationDeniedException(work.Id, request.Action, command.By, decision) { Entity = target.Entity, EntityId = EntityId };
            }
        }

        /// <summary>The entity's state machine must allow the trigger and its guards must pass; nothing changes yet.</summary>
        public void Fire(CommandTarget target)
        {
            switch (target.Entity)
            {
                case EntityKind.Plan when target.Trigger is null:
                    RequirePlanOpen();
                    break;
                case EntityKind.Plan:
                    Fire(StateMachines.Plan, work.Status, Enum.Parse<PlanTrigger>(target.Trigger), GuardCatalog.ForPlan(Context), target);
                    break;
                case EntityKind.Session:
                    var session = work.Session(target.Id);
                    Fire(StateMachines.Session, session.Status, Enum.Parse<SessionTrigger>(target.Trigger!),
                        GuardCatalog.ForSession(Context with { Session = session }), target);
                    break;
                case EntityKind.Task:
                    var task = work.Task(target.Id);
                    Fire(StateMachines.Task, task.Status, Enum.Parse<PlanTaskTrigger>(target.Trigger!), GuardCatalog.ForTask(Context with { Task = task }), target);
                    break;
                default:
                    var petition = work.Petition(target.Id);
                    Fire(StateMachines.Petition, petition.Status, Enum.Parse<PetitionTrigger>(target.Trigger!),
                        GuardCatalog.ForPetition(Context with { Petition = petition }), target);
                    break;
            }
        }

        /// <summary>
        /// Asks every rule that governs the command. A broken rule refuses the command unless it allows a
        /// deviation and the command carries one for it; returns the deviations to record.
        /// </summary>
        public List<(RuleDeviation Deviation, GuardResult Violation)> CheckRules(CommandTarget target)
        {
            foreach (var deviation in command.Deviations)
            {
                var rule = processor.Rules.FirstOrDefault(r => r.Code == deviation.Rule);
                if (rule is null || !rule.AllowsDeviation || !rule.Governs.Contains(command.GetType()))
                {
                    Reject("deviation.not-allowed",
                        $"Không thể ghi nhận ngoại lệ đối với quy tắc '{deviation.Rule}' cho lệnh này: quy tắc {(rule is null ? "không tồn tại" : rule.AllowsDeviation ? "không áp dụng cho lệnh này" : "không cho phép ngoại lệ")}.",
                        $"No deviation from '{deviation.Rule}' can be recorded for this command: {(rule is null ? "there is no such rule" : rule.AllowsDeviation ? "the rule does not govern it" : "the rule allows none")}.");
                }
            }

            // In order, stopping at the first refusal: a later rule may rest on what an earlier one checked (a date in range).
            var context = new RuleContext(work, command, today, processor.Calendar);
            var recorded = new List<(RuleDeviation, GuardResult)>();
            foreach (var rule in processor.Governing(command))
            {
                var result = rule.Check(context);
                if (result.Allowed)
                {
                    continue;
                }

                var deviation = rule.AllowsDeviation ? command.Deviations.FirstOrDefault(d => d.Rule == rule.Code) : null;
                if (deviation is null)
                {
                    throw new CommandRejectedException(work.Id, result.Code, result.Reason, result.EnglishReason, rule.AllowsDeviation)
                    {
                        Entity = target.Entity, EntityId = EntityId,
                    };
                }

                recorded.Add((deviation, result));
            }

            if (command.Deviations.FirstOrDefault(d => recorded.All(r => r.Item1 != d)) is { } needless)
            {
                Reject("deviation.not-needed",
                    $"Lệnh này không vi phạm quy tắc '{needless.Rule}': không cần ghi nhận ngoại lệ.",
                    $"The command keeps rule '{needless.Rule}': there is no deviation to record.");
            }

            if (recorded.Count > 0)
            {
                // Setting a rule aside is an act of its own, reserved to the plan's signer unless the plan says otherwise.
                Authorize(new AuthorizationRequest(work, PlanAction.Deviate, command.By)
                {
                    Session = target.Entity == EntityKind.Session ? work.Session(target.Id) : null,
                    Task = target.Entity == EntityKind.Task ? work.Task(target.Id) : null,
                    Petition = target.Entity == EntityKind.Petition ? work.Petition(target.Id) : null,
                });
            }

            return recorded;
        }

        public void Record(List<(RuleDeviation Deviation, GuardResult Violation)> deviations, CommandTarget target)
        {
            foreach (var (deviation, violation) in deviations)
            {
                Emit(new RuleDeviated
                {
                    At = now, By = command.By, Document = Text(deviation.Document, "deviation document"), Rule = deviation.Rule,
                    Command = command.GetType().Name, Entity = target.Entity == EntityKind.Plan ? null : target.Id,
                    Violation = violation.Reason, EnglishViolation = violation.EnglishReason, Reason = Text(deviation.Reason, "deviation reason"),
                }, withDues: false);
            }
        }

        public void NoteCalendarChange(CalendarChangePolicy policy)
        {
            var fresh = _dues = processor.Dues.DueDates(work);
            var changes = new List<DueChange>();
            foreach (var task in work.Tasks)
            {
                var baseline = policy == CalendarChangePolicy.Keep ? task.NotedDue ?? task.RecordedDue : task.RecordedDue;
                var now = fresh[task.Id];
                if (baseline != now && (baseline is not null || now is not null))
                {
                    changes.Add(new DueChange(task.Id, baseline, now));
                }
            }

            if (changes.Count > 0)
            {
                Emit(new DeadlinesRecalculated { At = now, By = command.By, Policy = policy, Deadlines = changes }, withDues: false);
            }
        }

        /// <summary>Emits the command's events; the machine and the rules have allowed it, only the command's own values are checked here.</summary>
        public void Handle()
        {
            switch (command)
            {
                case IssuePlan:
                    Emit(new PlanIssued { At = now, By = command.By, Document = command.Document });
                    break;
                case CompletePlan:
                    Emit(new PlanCompleted { At = now, By = command.By, Document = command.Document });
                    break;
                case CancelPlan c:
                    Emit(new PlanCancelled { At = now, By = command.By, Document = command.Document, Reason = Text(c.Reason, "reason") });
                    break;
                case ScheduleSession c:
                    Emit(new SessionScheduled { At = now, By = command.By, Document = command.Document, Session = c.Session, Date = c.Date, Venue = c.Venue });
                    break;
                case RescheduleSession c:
                    Emit(new SessionRescheduled
                    {
                        At = now, By = command.By, Document = command.Document, Session = c.Session,
                        OldDate = work.Session(c.Session).Date!.Value, NewDate = c.NewDate, Reason = Text(c.Reason, "reason"),
                    });
                    break;
                case PostponeSession c:
                    Emit(new SessionPostponed { At = now, By = command.By, Document = command.Document, Session = c.Session, Reason = Text(c.Reason, "reason") });
                    break;
                case CancelSession c:
                    Emit(new SessionCancelled { At = now, By = command.By, Document = command.Document, Session = c.Session, Reason = Text(c.Reason, "reason") });
                    break;
                case AddAdHocSession c:
                    AddAdHoc(c);
                    break;
                case AnnounceSession c:
                    Emit(new SessionAnnounced { At = now, By = command.By, Document = command.Document, Session = c.Session, On = today });
                    StartPlan();
                    break;
                case HoldSession c:
                    Emit(new SessionHeld { At = now, By = command.By, Document = command.Document, Session = c.Session, On = today });
                    StartPlan();
                    break;
                case AnswerSessionInWriting c:
                    Emit(new SessionAnsweredInWriting { At = now, By = command.By, Document = command.Document, Session = c.Session, On = today, Reason = Text(c.Reason, "reason") });
                    StartPlan();
                    break;
                case ConcludeSession c:
                    Emit(new SessionConcluded { At = now, By = command.By, Document = command.Document, Session = c.Session, On = today });
                    break;
                case ReportSession c:
                    {
                        // Recipients are recorded by the names the plan gives them; an unnamed recipient (a recorded deviation) as given.
                        var recipients = c.Recipients.Count > 0
                            ? c.Recipients.Select(r => ReportRecipientsRule.Find(Definition.ReportRecipients, r)?.Name ?? r.Trim()).Distinct(StringComparer.Ordinal).ToList()
                            : [.. Definition.ReportRecipients.Select(r => r.Name)];
                        Emit(new SessionReported { At = now, By = command.By, Document = command.Document, Session = c.Session, On = today, Recipients = recipients });
                        break;
                    }

                case CloseSession c:
                    Emit(new SessionClosed { At = now, By = command.By, Document = command.Document, Session = c.Session, On = today });
                    break;
                case CompleteTask c:
                    {
                        var task = work.Task(c.Task);
                        Emit(new TaskCompleted
                        {
                            At = now, By = command.By, Document = command.Document, Task = task.Id, On = today, Due = task.Due,
                            Late = task.Due is { } due && today > due,
                        });
                        break;
                    }

                case WaiveTask c:
                    Emit(new TaskWaived { At = now, By = command.By, Document = command.Document, Task = c.Task, Reason = Text(c.Reason, "reason") });
                    break;
                case ExtendDeadline c:
                    Emit(new DeadlineExtended
                    {
                        At = now, By = command.By, Document = command.Document, Task = c.Task, OldDue = work.Task(c.Task).Due, NewDue = c.NewDue,
                        Reason = Text(c.Reason, "reason"),
                    });
                    break;
                case ReceivePetition c:
                    Receive(c);
                    break;
                case ClassifyPetition c:
                    if (!Enum.IsDefined(c.Category))
                    {
                        Reject("petition.unknown-category", $"Loại kiến nghị '{c.Category}' không hợp lệ.", $"'{c.Category}' is not a petition category.");
                    }

                    Emit(new PetitionClassified { At = now, By = command.By, Document = command.Document, Petition = c.Petition, Category = c.Category, Domain = c.Domain });
                    break;
                case AssignPetition c:
                    Assign(c);
                    break;
                case AnswerPetition c:
                    {
                        if (!Enum.IsDefined(c.Mode))
                        {
                            Reject("petition.unknown-mode", $"Hình thức trả lời '{c.Mode}' không hợp lệ.", $"'{c.Mode}' is not an answer mode.");
                        }

                        var petition = work.Petition(c.Petition);
                        Emit(new PetitionAnswered
                        {
                            At = now, By = command.By, Document = command.Document, Petition = petition.Id, Mode = c.Mode, Summary = Text(c.Summary, "summary"),
                            On = today, Late = petition.AnswerDue is { } due && today > due,
                        });
                        break;
                    }

                case RedirectPetition c:
                    Emit(new PetitionRedirected
                    {
                        At = now, By = command.By, Document = command.Document, Petition = c.Petition,
                        CompetentBody = Text(c.CompetentBody, "competent body"), Guidance = Text(c.Guidance, "guidance"), On = today,
                    });
                    break;
                case EscalatePetition c:
                    Emit(new PetitionEscalated { At = now, By = command.By, Document = command.Document, Petition = c.Petition, To = Text(c.To, "to"), On = today });
                    break;
                case RejectPetition c:
                    if (!Enum.IsDefined(c.Reason))
                    {
                        Reject("petition.unknown-rejection-reason", $"Lý do từ chối '{c.Reason}' không hợp lệ.", $"'{c.Reason}' is not a rejection reason.");
                    }

                    Emit(new PetitionRejected
                    {
                        At = now, By = command.By, Document = command.Document, Petition = c.Petition, Reason = c.Reason,
                        Explanation = Text(c.Explanation, "explanation"), On = today,
                    });
                    break;
                case NotifyPetitionResult c:
                    Emit(new PetitionResultNotified { At = now, By = command.By, Document = command.Document, Petition = c.Petition, On = today, Channel = c.Channel });
                    break;
                case ClosePetition c:
                    Emit(new PetitionClosed { At = now, By = command.By, Document = command.Document, Petition = c.Petition, On = today });
                    break;
                default:
                    throw new ArgumentException($"Unknown command {command.GetType().Name}.", nameof(command));
            }
        }

        /// <summary>Records as done the session's open tasks that this step does (<see cref="TaskDefinition.CompletedBy"/>).</summary>
        public void CompleteStepTasks(CommandTarget target)
        {
            if (target.Entity != EntityKind.Session)
            {
                return;
            }

            foreach (var task in work.Tasks.Where(t => t.Session == target.Id && t.Status == PlanTaskStatus.Open && t.Definition.CompletedBy == target.Action).ToList())
            {
                Emit(new TaskCompleted
                {
                    At = now, By = command.By, Document = command.Document, Task = task.Id, On = today, Due = task.Due,
                    Late = task.Due is { } due && today > due,
                });
            }
        }

        private void AddAdHoc(AddAdHocSession c)
        {
            var number = work.Sessions.Count(s => s.IsAdHoc) + 1;
            // A planned session may already use the key: two sessions with one key would make the new one unreachable.
            while (work.Sessions.Any(s => s.Key == $"adhoc-{number}"))
            {
                number++;
            }

            Emit(new AdHocSessionAdded
            {
                At = now, By = command.By, Document = command.Document, Session = $"adhoc-{number}", Title = Text(c.Title, "title"), Date = c.Date,
                Venue = c.Venue, Scope = c.Scope, Topic = c.Topic, Replaces = c.Replaces,
            });
        }

        private void Receive(ReceivePetition c)
        {
            var policy = Definition.Petitions;
            var session = c.Session is null ? null : work.Session(c.Session);
            if (!Enum.IsDefined(c.Channel))
            {
                Reject("petition.unknown-channel", $"Kênh tiếp nhận '{c.Channel}' không hợp lệ.", $"'{c.Channel}' is not a channel.");
            }

            bool onTime;
            if (c.Channel == PetitionChannel.AtSession)
            {
                onTime = true;
            }
            else if (policy.RegistrationWindow is { } window)
            {
                var anchor = policy.RegistrationAnchor == AnchorPoint.SessionDate && session is not null ? session.Anchor : null;
                var deadline = window.UsesAnchor && anchor is null ? null : window.Compute(anchor, processor.Calendar);
                onTime = deadline is null || ((deadline.Opens is null || today >= deadline.Opens) && today <= (deadline.Due ?? deadline.Latest));
            }
            else
            {
                onTime = true;
            }

            Emit(new PetitionReceived
            {
                At = now, By = command.By, Document = command.Document, Petition = $"P-{work.Petitions.Count + 1:000}", Session = session?.Key,
                Subject = Text(c.Subject, "subject"), Petitioner = Text(c.Petitioner, "petitioner"), Address = c.Address, Channel = c.Channel,
                On = today, OnTime = onTime,
            });
        }

        private void Assign(AssignPetition c)
        {
            var petition = work.Petition(c.Petition);
            LocalDate? due = null;
            if (Definition.Petitions.AnswerDeadline is { } rule)
            {
                var session = petition.Session is null ? null : work.Session(petition.Session);
                LocalDate? from = Definition.Petitions.AnswerAnchor switch
                {
                    PetitionAnswerAnchor.Received => petition.ReceivedOn,
                    PetitionAnswerAnchor.Assigned => today,
                    PetitionAnswerAnchor.SessionHeld => session?.HeldOn,
                    _ => session?.ConcludedOn,
                };
                due = !rule.UsesAnchor ? rule.Compute(processor.Calendar).Due
                    : from is { } date ? rule.Compute(Anchor.On(date, "ngày nhận được văn bản", "day the petition was forwarded"), processor.Calendar).Due
                    : null;
            }

            // The rule has found the unit by key or name; the plan records its key.
            var unit = Definition.FindUnit(c.Unit)!.Key;
            Emit(new PetitionAssigned { At = now, By = command.By, Document = command.Document, Petition = petition.Id, Unit = unit, On = today, AnswerDue = due });
        }

        private void StartPlan()
        {
            if (work.Status == PlanStatus.Issued)
            {
                Emit(new PlanStarted { At = now, By = command.By });
            }
        }

        private void RequirePlanOpen()
        {
            if (work.Status is PlanStatus.Completed or PlanStatus.Cancelled)
            {
                Reject("plan.closed", "Kế hoạch đã kết thúc hoặc bị hủy.", "The plan is completed or cancelled.");
            }
        }

        private void Fire<TState, TTrigger>(TransitionTable<TState, TTrigger> table, TState state, TTrigger trigger,
            IReadOnlyDictionary<TTrigger, IReadOnlyList<TriggerGuard>> guards, CommandTarget target)
            where TState : struct, Enum
            where TTrigger : struct, Enum
        {
            if (!table.TryMove(state, trigger, out _))
            {
                var permitted = table.TriggersFrom(state)
                    .Where(t => guards[t].All(g => g.Check().Allowed)
                        && processor.StateRuleFailures(work, target with { Trigger = t.ToString() }, command.By, today).Count == 0)
                    .Select(t => t.ToString()).ToList();
                throw new InvalidTransitionException(work.Id, target.Entity, target.Id, state.ToString(), trigger.ToString(), permitted);
            }

            var machine = table.Build(() => state, guards);
            if (!machine.CanFire(trigger))
            {
                var blocked = guards[trigger].Select(g => g.Check()).Where(r => !r.Allowed).ToList();
                throw new ActionBlockedException(work.Id, target.Entity, target.Id, state.ToString(), trigger.ToString(), blocked);
            }
        }

        private void Emit(PlanEvent e, bool withDues = true)
        {
            if (withDues && e is SessionScheduled or SessionRescheduled or SessionPostponed or SessionCancelled or AdHocSessionAdded or SessionHeld
                or SessionAnsweredInWriting or SessionConcluded or TaskCompleted or PetitionAssigned)
            {
                (var changes, _dues) = processor.ChangesBy(work, e, _dues);
                e = e switch
                {
                    SessionScheduled x => x with { Deadlines = changes },
                    SessionRescheduled x => x with { Deadlines = changes },
                    SessionPostponed x => x with { Deadlines = changes },
                    SessionCancelled x => x with { Deadlines = changes },
                    AdHocSessionAdded x => x with { Deadlines = changes },
                    SessionHeld x => x with { Deadlines = changes },
                    SessionAnsweredInWriting x => x with { Deadlines = changes },
                    SessionConcluded x => x with { Deadlines = changes },
                    TaskCompleted x => x with { Deadlines = changes },
                    PetitionAssigned x => x with { Deadlines = changes },
                    _ => e,
                };
            }

            work.Apply(e);
            Events.Add(e);
        }

        private string Text(string? value, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Reject("command.missing-value", $"Thiếu nội dung: {what}.", $"The command needs a {what}.");
            }

            return value!.Trim();
        }

        [System.Diagnostics.CodeAnalysis.DoesNotReturn]
        private void Reject(string rule, string reason, string englishReason) =>
            throw new CommandRejectedException(work.Id, rule, reason, englishReason) { Entity = target.Entity, EntityId = EntityId };

        // The plan itself has no entity id; a session, task or petition is named by its own.
        private string? EntityId => target.Entity == EntityKind.Plan ? null : target.Id;
    }

    private DueCalculator Dues => dues;
}
