using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Commands;

namespace Dialogue.Workflows.Runtime;

/// <summary>What a command acts on: the entity, the trigger its state machine must allow (none for adding a session or a petition), and the action the plan's authority names.</summary>
internal sealed record CommandTarget(EntityKind Entity, string Id, string? Trigger, PlanAction Action)
{
    public static CommandTarget Of(PlanInstance plan, PlanCommand command) => command switch
    {
        IssuePlan => Plan(plan, PlanTrigger.Issue, PlanAction.Issue),
        CompletePlan => Plan(plan, PlanTrigger.Complete, PlanAction.Complete),
        CancelPlan => Plan(plan, PlanTrigger.Cancel, PlanAction.Cancel),
        AddAdHocSession => new(EntityKind.Plan, plan.Id, null, PlanAction.AddSession),
        ReceivePetition => new(EntityKind.Plan, plan.Id, null, PlanAction.ReceivePetition),
        ScheduleSession c => Session(c.Session, SessionTrigger.Schedule, PlanAction.ScheduleSession),
        RescheduleSession c => Session(c.Session, SessionTrigger.Reschedule, PlanAction.RescheduleSession),
        PostponeSession c => Session(c.Session, SessionTrigger.Postpone, PlanAction.PostponeSession),
        CancelSession c => Session(c.Session, SessionTrigger.Cancel, PlanAction.CancelSession),
        AnnounceSession c => Session(c.Session, SessionTrigger.Announce, PlanAction.AnnounceSession),
        HoldSession c => Session(c.Session, SessionTrigger.Hold, PlanAction.HoldSession),
        AnswerSessionInWriting c => Session(c.Session, SessionTrigger.AnswerInWriting, PlanAction.AnswerSessionInWriting),
        ConcludeSession c => Session(c.Session, SessionTrigger.Conclude, PlanAction.ConcludeSession),
        ReportSession c => Session(c.Session, SessionTrigger.Report, PlanAction.ReportSession),
        CloseSession c => Session(c.Session, SessionTrigger.Close, PlanAction.CloseSession),
        CompleteTask c => Task(c.Task, PlanTaskTrigger.Complete, PlanAction.CompleteTask),
        WaiveTask c => Task(c.Task, PlanTaskTrigger.Waive, PlanAction.WaiveTask),
        ExtendDeadline c => Task(c.Task, PlanTaskTrigger.Extend, PlanAction.ExtendDeadline),
        ClassifyPetition c => Petition(c.Petition, PetitionTrigger.Classify, PlanAction.ClassifyPetition),
        AssignPetition c => Petition(c.Petition, PetitionTrigger.Assign, PlanAction.AssignPetition),
        AnswerPetition c => Petition(c.Petition, PetitionTrigger.Answer, PlanAction.AnswerPetition),
        RedirectPetition c => Petition(c.Petition, PetitionTrigger.Redirect, PlanAction.RedirectPetition),
        EscalatePetition c => Petition(c.Petition, PetitionTrigger.Escalate, PlanAction.EscalatePetition),
        RejectPetition c => Petition(c.Petition, PetitionTrigger.Reject, PlanAction.RejectPetition),
        NotifyPetitionResult c => Petition(c.Petition, PetitionTrigger.Notify, PlanAction.NotifyPetitionResult),
        ClosePetition c => Petition(c.Petition, PetitionTrigger.Close, PlanAction.ClosePetition),
        _ => throw new ArgumentException($"Unknown command {command.GetType().Name}.", nameof(command)),
    };

    /// <summary>The command type a trigger of an entity is fired by; null for a trigger no command fires (the plan's start).</summary>
    public static Type? Of(PlanInstance plan, EntityKind entity, string trigger) =>
        new CommandTarget(entity, plan.Id, trigger, ActionOf(entity, trigger)).Bare(plan.CreatedBy)?.GetType()
        ?? (entity == EntityKind.Petition ? PetitionCommand(trigger) : null);

    private static Type? PetitionCommand(string trigger) => trigger switch
    {
        nameof(PetitionTrigger.Classify) => typeof(ClassifyPetition),
        nameof(PetitionTrigger.Assign) => typeof(AssignPetition),
        nameof(PetitionTrigger.Answer) => typeof(AnswerPetition),
        nameof(PetitionTrigger.Redirect) => typeof(RedirectPetition),
        nameof(PetitionTrigger.Escalate) => typeof(EscalatePetition),
        nameof(PetitionTrigger.Reject) => typeof(RejectPetition),
        nameof(PetitionTrigger.Notify) => typeof(NotifyPetitionResult),
        nameof(PetitionTrigger.Close) => typeof(ClosePetition),
        _ => null,
    };

    /// <summary>The action a trigger of an entity stands for, for listing who may take it.</summary>
    public static PlanAction ActionOf(EntityKind entity, string trigger) => (entity, trigger) switch
    {
        (EntityKind.Plan, nameof(PlanTrigger.Issue)) => PlanAction.Issue,
        (EntityKind.Plan, nameof(PlanTrigger.Complete)) => PlanAction.Complete,
        (EntityKind.Plan, nameof(PlanTrigger.Cancel)) => PlanAction.Cancel,
        (EntityKind.Plan, _) => PlanAction.Issue,
        (EntityKind.Session, nameof(SessionTrigger.Schedule)) => PlanAction.ScheduleSession,
        (EntityKind.Session, nameof(SessionTrigger.Reschedule)) => PlanAction.RescheduleSession,
        (EntityKind.Session, nameof(SessionTrigger.Postpone)) => PlanAction.PostponeSession,
        (EntityKind.Session, nameof(SessionTrigger.Cancel)) => PlanAction.CancelSession,
        (EntityKind.Session, nameof(SessionTrigger.Announce)) => PlanAction.AnnounceSession,
        (EntityKind.Session, nameof(SessionTrigger.Hold)) => PlanAction.HoldSession,
        (EntityKind.Session, nameof(SessionTrigger.AnswerInWriting)) => PlanAction.AnswerSessionInWriting,
        (EntityKind.Session, nameof(SessionTrigger.Conclude)) => PlanAction.ConcludeSession,
        (EntityKind.Session, nameof(SessionTrigger.Report)) => PlanAction.ReportSession,
        (EntityKind.Session, _) => PlanAction.CloseSession,
        (EntityKind.Task, nameof(PlanTaskTrigger.Complete)) => PlanAction.CompleteTask,
        (EntityKind.Task, nameof(PlanTaskTrigger.Waive)) => PlanAction.WaiveTask,
        (EntityKind.Task, _) => PlanAction.ExtendDeadline,
        (_, nameof(PetitionTrigger.Classify)) => PlanAction.ClassifyPetition,
        (_, nameof(PetitionTrigger.Assign)) => PlanAction.AssignPetition,
        (_, nameof(PetitionTrigger.Answer)) => PlanAction.AnswerPetition,
        (_, nameof(PetitionTrigger.Redirect)) => PlanAction.RedirectPetition,
        (_, nameof(PetitionTrigger.Escalate)) => PlanAction.EscalatePetition,
        (_, nameof(PetitionTrigger.Reject)) => PlanAction.RejectPetition,
        (_, nameof(PetitionTrigger.Notify)) => PlanAction.NotifyPetitionResult,
        _ => PlanAction.ClosePetition,
    };

    /// <summary>
    /// The command this target's trigger stands for, with placeholders for its own values: enough to ask
    /// the rules that read only the plan's state (<see cref="Rules.CommandRule.ReadsOnlyState"/>); null for a trigger no command fires.
    /// </summary>
    public PlanCommand? Bare(Actor actor) => (Entity, Trigger) switch
    {
        (EntityKind.Plan, nameof(PlanTrigger.Issue)) => new IssuePlan { By = actor },
        (EntityKind.Plan, nameof(PlanTrigger.Complete)) => new CompletePlan { By = actor },
        (EntityKind.Plan, nameof(PlanTrigger.Cancel)) => new CancelPlan { By = actor, Reason = string.Empty },
        (EntityKind.Session, nameof(SessionTrigger.Schedule)) => new ScheduleSession { By = actor, Session = Id, Date = default },
        (EntityKind.Session, nameof(SessionTrigger.Reschedule)) => new RescheduleSession { By = actor, Session = Id, NewDate = default, Reason = string.Empty },
        (EntityKind.Session, nameof(SessionTrigger.Postpone)) => new PostponeSession { By = actor, Session = Id, Reason = string.Empty },
        (EntityKind.Session, nameof(SessionTrigger.Cancel)) => new CancelSession { By = actor, Session = Id, Reason = string.Empty },
        (EntityKind.Session, nameof(SessionTrigger.Announce)) => new AnnounceSession { By = actor, Session = Id },
        (EntityKind.Session, nameof(SessionTrigger.Hold)) => new HoldSession { By = actor, Session = Id },
        (EntityKind.Session, nameof(SessionTrigger.AnswerInWriting)) => new AnswerSessionInWriting { By = actor, Session = Id, Reason = string.Empty },
        (EntityKind.Session, nameof(SessionTrigger.Conclude)) => new ConcludeSession { By = actor, Session = Id },
        (EntityKind.Session, nameof(SessionTrigger.Report)) => new ReportSession { By = actor, Session = Id },
        (EntityKind.Session, nameof(SessionTrigger.Close)) => new CloseSession { By = actor, Session = Id },
        (EntityKind.Task, nameof(PlanTaskTrigger.Complete)) => new CompleteTask { By = actor, Task = Id },
        (EntityKind.Task, nameof(PlanTaskTrigger.Waive)) => new WaiveTask { By = actor, Task = Id, Reason = string.Empty },
        (EntityKind.Task, nameof(PlanTaskTrigger.Extend)) => new ExtendDeadline { By = actor, Task = Id, NewDue = default, Reason = string.Empty },
        _ => null,
    };

    /// <summary>The request to authorize this target's action for an actor, with the entity it acts on.</summary>
    public Authorization.AuthorizationRequest Request(PlanInstance plan, Actor actor) => new(plan, Action, actor)
    {
        Session = Entity == EntityKind.Session ? plan.Session(Id) : null,
        Task = Entity == EntityKind.Task ? plan.Task(Id) : null,
        Petition = Entity == EntityKind.Petition ? plan.Petition(Id) : null,
    };

    private static CommandTarget Plan(PlanInstance plan, PlanTrigger trigger, PlanAction action) => new(EntityKind.Plan, plan.Id, trigger.ToString(), action);

    private static CommandTarget Session(string key, SessionTrigger trigger, PlanAction action) => new(EntityKind.Session, key, trigger.ToString(), action);

    private static CommandTarget Task(string id, PlanTaskTrigger trigger, PlanAction action) => new(EntityKind.Task, id, trigger.ToString(), action);

    private static CommandTarget Petition(string id, PetitionTrigger trigger, PlanAction action) => new(EntityKind.Petition, id, trigger.ToString(), action);
}
