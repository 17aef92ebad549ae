using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Events;
using Dialogue.Workflows.Runtime.Machines;
using NodaTime;

namespace Dialogue.Workflows.Runtime;

/// <summary>Checks one command against a plan and turns it into events, applying each to the working copy as it goes.</summary>
internal sealed class CommandProcessor(DueCalculator dues, ActDateRule? actDates = null)
{
    public List<PlanEvent> Process(PlanInstance work, PlanCommand command, Instant now, CalendarChangePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(command.By);
        var today = VietnamTime.Today(now);
        (actDates ?? new ActDateRule(DialogueEngineOptions.DefaultMaxBackdatingDays)).Check(work.Id, command.On, today);

        var run = new Run(this, work, command, now, command.On ?? today);
        run.NoteCalendarChange(policy);
        run.Handle();
        return run.Events;
    }

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

    private sealed class Run(CommandProcessor processor, PlanInstance work, PlanCommand command, Instant now, LocalDate today)
    {
        // The computed due dates of the plan as it stands, kept across the command's events so each is computed once.
        private Dictionary<string, LocalDate?> _dues = [];

        public List<PlanEvent> Events { get; } = [];

        private PlanDefinition Definition => work.Definition;

        private GuardContext Context => new(work, today, processor.Calendar);

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

        public void Handle()
        {
            switch (command)
            {
                case IssuePlan:
                    FirePlan(PlanTrigger.Issue);
                    Emit(new PlanIssued { At = now, By = command.By, Document = command.Document });
                    break;
                case CompletePlan:
                    FirePlan(PlanTrigger.Complete);
                    Emit(new PlanCompleted { At = now, By = command.By, Document = command.Document });
                    break;
                case CancelPlan c:
                    FirePlan(PlanTrigger.Cancel);
                    Emit(new PlanCancelled { At = now, By = command.By, Document = command.Document, Reason = Text(c.Reason, "reason") });
                    break;
                case ScheduleSession c:
                    {
                        var session = FireSession(c.Session, SessionTrigger.Schedule);
                        CheckSessionDate(session.Key, c.Date);
                        Emit(new SessionScheduled { At = now, By = command.By, Document = command.Document, Session = session.Key, Date = c.Date, Venue = c.Venue });
                        break;
                    }

                case RescheduleSession c:
                    {
                        var session = FireSession(c.Session, SessionTrigger.Reschedule);
                        if (session.Date == c.NewDate)
                        {
                            Reject("session.same-date", $"Buổi đối thoại đã có ngày {Vi(c.NewDate)}.", $"The session is already on {Iso(c.NewDate)}.");
                        }

                        CheckSessionDate(session.Key, c.NewDate);
                        Emit(new SessionRescheduled
                        {
                            At = now, By = command.By, Document = command.Document, Session = session.Key,
                            OldDate = session.Date!.Value, NewDate = c.NewDate, Reason = Text(c.Reason, "reason"),
                        });
                        break;
                    }

                case PostponeSession c:
                    FireSession(c.Session, SessionTrigger.Postpone);
                    Emit(new SessionPostponed { At = now, By = command.By, Document = command.Document, Session = c.Session, Reason = Text(c.Reason, "reason") });
                    break;
                case CancelSession c:
                    FireSession(c.Session, SessionTrigger.Cancel);
                    Emit(new SessionCancelled { At = now, By = command.By, Document = command.Document, Session = c.Session, Reason = Text(c.Reason, "reason") });
                    break;
                case AddAdHocSession c:
                    AddAdHoc(c);
                    break;
                case AnnounceSession c:
                    FireSession(c.Session, SessionTrigger.Announce);
                    Emit(new SessionAnnounced { At = now, By = command.By, Document = command.Document, Session = c.Session, On = today });
                    StartPlan();
                    break;
                case HoldSession c:
                    {
                        var session = FireSession(c.Session, SessionTrigger.Hold);
                        if (session.Date != today)
                        {
                            Reject("session.date-mismatch",
                                $"Buổi đối thoại được xếp lịch ngày {Vi(session.Date)}, không phải ngày {Vi(today)}: hãy đổi lịch trước.",
                                $"The session is scheduled for {Iso(session.Date)}, not {Iso(today)}: reschedule it first.");
                        }

                        Emit(new SessionHeld { At = now, By = command.By, Document = command.Document, Session = session.Key, On = today });
                        StartPlan();
                        break;
                    }

                case AnswerSessionInWriting c:
                    FireSession(c.Session, SessionTrigger.AnswerInWriting);
                    Emit(new SessionAnsweredInWriting { At = now, By = command.By, Document = command.Document, Session = c.Session, On = today, Reason = Text(c.Reason, "reason") });
                    StartPlan();
                    break;
                case ConcludeSession c:
                    FireSession(c.Session, SessionTrigger.Conclude);
                    Emit(new SessionConcluded { At = now, By = command.By, Document = command.Document, Session = c.Session, On = today });
                    break;
                case ReportSession c:
                    {
                        FireSession(c.Session, SessionTrigger.Report);
                        var recipients = c.Recipients.Count > 0 ? c.Recipients : [.. Definition.ReportRecipients.Select(r => r.Name)];
                        Emit(new SessionReported { At = now, By = command.By, Document = command.Document, Session = c.Session, On = today, Recipients = recipients });
                        break;
                    }

                case CloseSession c:
                    FireSession(c.Session, SessionTrigger.Close);
                    Emit(new SessionClosed { At = now, By = command.By, Document = command.Document, Session = c.Session, On = today });
                    break;
                case CompleteTask c:
                    {
                        var task = FireTask(c.Task, PlanTaskTrigger.Complete);
                        Emit(new TaskCompleted
                        {
                            At = now, By = command.By, Document = command.Document, Task = task.Id, On = today, Due = task.Due,
                            Late = task.Due is { } due && today > due,
                        });
                        break;
                    }

                case WaiveTask c:
                    FireTask(c.Task, PlanTaskTrigger.Waive);
                    Emit(new TaskWaived { At = now, By = command.By, Document = command.Document, Task = c.Task, Reason = Text(c.Reason, "reason") });
                    break;
                case ExtendDeadline c:
                    {
                        var task = FireTask(c.Task, PlanTaskTrigger.Extend);
                        if (c.NewDue < Dialogue.Workflows.Calendar.WorkingCalendar.MinDate || c.NewDue > Dialogue.Workflows.Calendar.WorkingCalendar.MaxDate)
                        {
                            Reject("task.extension-out-of-range",
                                $"Ngày gia hạn {Vi(c.NewDue)} nằm ngoài phạm vi lịch làm việc ({Vi(Dialogue.Workflows.Calendar.WorkingCalendar.MinDate)}–{Vi(Dialogue.Workflows.Calendar.WorkingCalendar.MaxDate)}).",
                                $"The extended due date {Iso(c.NewDue)} is outside the working calendar's range ({Iso(Dialogue.Workflows.Calendar.WorkingCalendar.MinDate)} to {Iso(Dialogue.Workflows.Calendar.WorkingCalendar.MaxDate)}).");
                        }

                        if (task.Due is { } due && c.NewDue <= due)
                        {
                            Reject("task.extension-not-later",
                                $"Ngày gia hạn {Vi(c.NewDue)} phải sau hạn hiện tại {Vi(due)}.",
                                $"The extended due date {Iso(c.NewDue)} must be after the current one, {Iso(due)}.");
                        }

                        Emit(new DeadlineExtended
                        {
                            At = now, By = command.By, Document = command.Document, Task = task.Id, OldDue = task.Due, NewDue = c.NewDue,
                            Reason = Text(c.Reason, "reason"),
                        });
                        break;
                    }

                case ReceivePetition c:
                    Receive(c);
                    break;
                case ClassifyPetition c:
                    {
                        FirePetition(c.Petition, PetitionTrigger.Classify);
                        if (!Enum.IsDefined(c.Category))
                        {
                            Reject("petition.unknown-category", $"Loại kiến nghị '{c.Category}' không hợp lệ.", $"'{c.Category}' is not a petition category.");
                        }

                        if (c.Domain is not null && Definition.Petitions.Routes.Count > 0 && Definition.Petitions.Routes.All(r => r.Domain != c.Domain))
                        {
                            Reject("petition.unknown-domain",
                                $"Lĩnh vực '{c.Domain}' không có trong kế hoạch; các lĩnh vực: {string.Join(", ", Definition.Petitions.Routes.Select(r => r.Domain))}.",
                                $"The plan routes no domain '{c.Domain}'; domains: {string.Join(", ", Definition.Petitions.Routes.Select(r => r.Domain))}.");
                        }

                        Emit(new PetitionClassified { At = now, By = command.By, Document = command.Document, Petition = c.Petition, Category = c.Category, Domain = c.Domain });
                        break;
                    }

                case AssignPetition c:
                    Assign(c);
                    break;
                case AnswerPetition c:
                    Answer(c);
                    break;
                case RedirectPetition c:
                    FirePetition(c.Petition, PetitionTrigger.Redirect);
                    Emit(new PetitionRedirected
                    {
                        At = now, By = command.By, Document = command.Document, Petition = c.Petition,
                        CompetentBody = Text(c.CompetentBody, "competent body"), Guidance = Text(c.Guidance, "guidance"), On = today,
                    });
                    break;
                case EscalatePetition c:
                    FirePetition(c.Petition, PetitionTrigger.Escalate);
                    Emit(new PetitionEscalated { At = now, By = command.By, Document = command.Document, Petition = c.Petition, To = Text(c.To, "to"), On = today });
                    break;
                case RejectPetition c:
                    FirePetition(c.Petition, PetitionTrigger.Reject);
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
                    FirePetition(c.Petition, PetitionTrigger.Notify);
                    Emit(new PetitionResultNotified { At = now, By = command.By, Document = command.Document, Petition = c.Petition, On = today, Channel = c.Channel });
                    break;
                case ClosePetition c:
                    FirePetition(c.Petition, PetitionTrigger.Close);
                    Emit(new PetitionClosed { At = now, By = command.By, Document = command.Document, Petition = c.Petition, On = today });
                    break;
                default:
                    throw new ArgumentException($"Unknown command {command.GetType().Name}.", nameof(command));
            }
        }

        private void AddAdHoc(AddAdHocSession c)
        {
            if (!Definition.Rules.AllowsAdHocSessions)
            {
                Reject("session.ad-hoc-not-allowed", "Kế hoạch này không quy định đối thoại đột xuất.", "This plan does not provide for ad-hoc sessions.");
            }

            RequirePlanOpen();
            var number = work.Sessions.Count(s => s.IsAdHoc) + 1;
            // A planned session may already use the key: two sessions with one key would make the new one unreachable.
            while (work.Sessions.Any(s => s.Key == $"adhoc-{number}"))
            {
                number++;
            }

            var key = $"adhoc-{number}";
            CheckSessionDate(key, c.Date);
            Emit(new AdHocSessionAdded
            {
                At = now, By = command.By, Document = command.Document, Session = key, Title = Text(c.Title, "title"), Date = c.Date,
                Venue = c.Venue, Scope = c.Scope, Topic = c.Topic,
            });
        }

        private void Receive(ReceivePetition c)
        {
            RequirePlanOpen();
            var policy = Definition.Petitions;
            SessionInstance? session = c.Session is null ? null : work.Session(c.Session);
            if (session?.Status is SessionStatus.Cancelled or SessionStatus.Closed)
            {
                Reject("petition.session-closed",
                    $"Buổi đối thoại '{session.Key}' đã {(session.Status == SessionStatus.Cancelled ? "bị hủy" : "kết thúc")}: không nhận thêm kiến nghị cho buổi này.",
                    $"Session '{session.Key}' is {session.Status}: it takes no more petitions.");
            }
            if (!Enum.IsDefined(c.Channel))
            {
                Reject("petition.unknown-channel", $"Kênh tiếp nhận '{c.Channel}' không hợp lệ.", $"'{c.Channel}' is not a channel.");
            }

            bool onTime;
            if (c.Channel == PetitionChannel.AtSession)
            {
                if (!policy.AcceptsAtSession)
                {
                    Reject("petition.not-accepted-at-session", "Kế hoạch này chỉ nhận kiến nghị qua phiếu đăng ký.", "This plan takes petitions only through registration forms.");
                }

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
            var petition = FirePetition(c.Petition, PetitionTrigger.Assign);
            if (Definition.Units.All(u => u.Key != c.Unit))
            {
                Reject("petition.unknown-unit",
                    $"Kế hoạch không có đơn vị '{c.Unit}'; các đơn vị: {string.Join(", ", Definition.Units.Select(u => u.Key))}.",
                    $"The plan has no unit '{c.Unit}'; units: {string.Join(", ", Definition.Units.Select(u => u.Key))}.");
            }

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

            Emit(new PetitionAssigned { At = now, By = command.By, Document = command.Document, Petition = petition.Id, Unit = c.Unit, On = today, AnswerDue = due });
        }

        private void Answer(AnswerPetition c)
        {
            var petition = FirePetition(c.Petition, PetitionTrigger.Answer);
            if (!Enum.IsDefined(c.Mode))
            {
                Reject("petition.unknown-mode", $"Hình thức trả lời '{c.Mode}' không hợp lệ.", $"'{c.Mode}' is not an answer mode.");
            }

            if (c.Mode == AnswerMode.AtSession)
            {
                var session = petition.Session is null ? null : work.Session(petition.Session);
                if (session?.HeldOn is null)
                {
                    Reject("petition.session-not-held",
                        "Chỉ trả lời trực tiếp tại hội nghị khi buổi đối thoại của kiến nghị đã được tổ chức.",
                        "A petition is answered at the session only once its session has been held.");
                }

                if (!petition.OnTime)
                {
                    Reject("petition.late-registration",
                        "Phiếu đăng ký gửi quá thời hạn không được trả lời tại hội nghị: hãy trả lời bằng văn bản hoặc từ chối.",
                        "A form registered after the window is not answered at the session: answer it in writing or reject it.");
                }
            }
            else if (!Definition.Petitions.AnswersInWritingWhenNotAnsweredAtSession)
            {
                Reject("petition.written-answers-not-allowed", "Kế hoạch này không quy định trả lời bằng văn bản.", "This plan does not provide for written answers.");
            }

            Emit(new PetitionAnswered
            {
                At = now, By = command.By, Document = command.Document, Petition = petition.Id, Mode = c.Mode, Summary = Text(c.Summary, "summary"),
                On = today, Late = petition.AnswerDue is { } due && today > due,
            });
        }

        private void CheckSessionDate(string session, LocalDate date)
        {
            if (date < Dialogue.Workflows.Calendar.WorkingCalendar.MinDate || date > Dialogue.Workflows.Calendar.WorkingCalendar.MaxDate)
            {
                Reject("session.date-out-of-range",
                    $"Ngày {Vi(date)} nằm ngoài phạm vi lịch làm việc ({Vi(Dialogue.Workflows.Calendar.WorkingCalendar.MinDate)}–{Vi(Dialogue.Workflows.Calendar.WorkingCalendar.MaxDate)}).",
                    $"{Iso(date)} is outside the working calendar's range ({Iso(Dialogue.Workflows.Calendar.WorkingCalendar.MinDate)} to {Iso(Dialogue.Workflows.Calendar.WorkingCalendar.MaxDate)}).");
            }

            if (date < today)
            {
                Reject("session.date-in-past", $"Ngày {Vi(date)} đã qua.", $"{Iso(date)} is in the past.");
            }

            if (Definition.Rules.AnnouncementLeadTime is { } lead)
            {
                var notice = lead.Compute(Anchor.On(date, "ngày tổ chức đối thoại", "day of the session"), processor.Calendar);
                if (notice.Due is { } due && today > due)
                {
                    Reject("session.lead-time",
                        $"Buổi '{session}' ngày {Vi(date)} không còn đủ thời gian thông báo: hạn thông báo là {Vi(due)} ({notice.Explanation.RuleDescription}).",
                        $"Session '{session}' on {Iso(date)} can no longer be announced in time: the notice was due {Iso(due)} ({notice.Explanation.EnglishRuleDescription}).");
                }
            }
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

        private void FirePlan(PlanTrigger trigger) =>
            Fire(StateMachines.Plan, work.Status, trigger, GuardCatalog.ForPlan(Context), EntityKind.Plan, work.Id);

        private SessionInstance FireSession(string key, SessionTrigger trigger)
        {
            var session = work.Session(key);
            Fire(StateMachines.Session, session.Status, trigger, GuardCatalog.ForSession(Context with { Session = session }), EntityKind.Session, key);
            return session;
        }

        private PlanTaskInstance FireTask(string id, PlanTaskTrigger trigger)
        {
            var task = work.Task(id);
            Fire(StateMachines.Task, task.Status, trigger, GuardCatalog.ForTask(Context with { Task = task }), EntityKind.Task, id);
            return task;
        }

        private PetitionInstance FirePetition(string id, PetitionTrigger trigger)
        {
            var petition = work.Petition(id);
            Fire(StateMachines.Petition, petition.Status, trigger, GuardCatalog.ForPetition(Context with { Petition = petition }), EntityKind.Petition, id);
            return petition;
        }

        private void Fire<TState, TTrigger>(TransitionTable<TState, TTrigger> table, TState state, TTrigger trigger,
            IReadOnlyDictionary<TTrigger, IReadOnlyList<TriggerGuard>> guards, EntityKind entity, string id)
            where TState : struct, Enum
            where TTrigger : struct, Enum
        {
            if (!table.TryMove(state, trigger, out _))
            {
                var permitted = table.TriggersFrom(state).Where(t => guards[t].All(g => g.Check().Allowed)).Select(t => t.ToString()).ToList();
                throw new InvalidTransitionException(work.Id, entity, id, state.ToString(), trigger.ToString(), permitted);
            }

            var machine = table.Build(() => state, guards);
            if (!machine.CanFire(trigger))
            {
                var blocked = guards[trigger].Select(g => g.Check()).Where(r => !r.Allowed).ToList();
                throw new ActionBlockedException(work.Id, entity, id, state.ToString(), trigger.ToString(), blocked);
            }

            machine.Fire(trigger);
        }

        private void Emit(PlanEvent e, bool withDues = true)
        {
            if (withDues && e is SessionScheduled or SessionRescheduled or SessionPostponed or SessionCancelled or AdHocSessionAdded or SessionHeld
                or SessionAnsweredInWriting or SessionConcluded or TaskCompleted)
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
            throw new CommandRejectedException(work.Id, rule, reason, englishReason);

        private static string Vi(LocalDate? date) => date is { } d ? Dialogue.Workflows.Calendar.DayNames.ViDate(d) : "(chưa có)";

        private static string Iso(LocalDate? date) => date is { } d ? Dialogue.Workflows.Calendar.DayNames.IsoDate(d) : "(none)";
    }

    private Calendar.WorkingCalendar Calendar => dues.Calendar;

    private DueCalculator Dues => dues;
}
