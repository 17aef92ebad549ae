namespace Dialogue.Workflows.Runtime.Machines;

/// <summary>The transition tables of plans, sessions, tasks and petitions: the same for every plan type; plan types add guards.</summary>
public static class StateMachines
{
    /// <summary>Plan: Draft → Issued → InProgress → Completed; Cancelled from any open state.</summary>
    public static TransitionTable<PlanStatus, PlanTrigger> Plan { get; } = new(PlanStatus.Draft,
    [
        new(PlanStatus.Draft, PlanTrigger.Issue, PlanStatus.Issued),
        new(PlanStatus.Issued, PlanTrigger.Start, PlanStatus.InProgress),
        new(PlanStatus.InProgress, PlanTrigger.Complete, PlanStatus.Completed),
        new(PlanStatus.Draft, PlanTrigger.Cancel, PlanStatus.Cancelled),
        new(PlanStatus.Issued, PlanTrigger.Cancel, PlanStatus.Cancelled),
        new(PlanStatus.InProgress, PlanTrigger.Cancel, PlanStatus.Cancelled),
    ]);

    /// <summary>
    /// Session: Planned → Scheduled → Announced → Held → Concluded → Reported → Closed, with
    /// rescheduling, postponement, cancellation and written answers instead of a meeting.
    /// </summary>
    public static TransitionTable<SessionStatus, SessionTrigger> Session { get; } = new(SessionStatus.Planned,
    [
        new(SessionStatus.Planned, SessionTrigger.Schedule, SessionStatus.Scheduled),
        new(SessionStatus.Postponed, SessionTrigger.Schedule, SessionStatus.Scheduled),
        new(SessionStatus.Scheduled, SessionTrigger.Reschedule, SessionStatus.Scheduled),
        new(SessionStatus.Announced, SessionTrigger.Reschedule, SessionStatus.Scheduled),
        new(SessionStatus.Planned, SessionTrigger.Postpone, SessionStatus.Postponed),
        new(SessionStatus.Scheduled, SessionTrigger.Postpone, SessionStatus.Postponed),
        new(SessionStatus.Announced, SessionTrigger.Postpone, SessionStatus.Postponed),
        new(SessionStatus.Planned, SessionTrigger.Cancel, SessionStatus.Cancelled),
        new(SessionStatus.Scheduled, SessionTrigger.Cancel, SessionStatus.Cancelled),
        new(SessionStatus.Announced, SessionTrigger.Cancel, SessionStatus.Cancelled),
        new(SessionStatus.Postponed, SessionTrigger.Cancel, SessionStatus.Cancelled),
        new(SessionStatus.Scheduled, SessionTrigger.Announce, SessionStatus.Announced),
        new(SessionStatus.Announced, SessionTrigger.Hold, SessionStatus.Held),
        new(SessionStatus.Scheduled, SessionTrigger.Hold, SessionStatus.Held),
        new(SessionStatus.Planned, SessionTrigger.AnswerInWriting, SessionStatus.AnsweredInWriting),
        new(SessionStatus.Scheduled, SessionTrigger.AnswerInWriting, SessionStatus.AnsweredInWriting),
        new(SessionStatus.Announced, SessionTrigger.AnswerInWriting, SessionStatus.AnsweredInWriting),
        new(SessionStatus.Postponed, SessionTrigger.AnswerInWriting, SessionStatus.AnsweredInWriting),
        new(SessionStatus.Held, SessionTrigger.Conclude, SessionStatus.Concluded),
        new(SessionStatus.Held, SessionTrigger.Report, SessionStatus.Reported),
        new(SessionStatus.Concluded, SessionTrigger.Report, SessionStatus.Reported),
        new(SessionStatus.AnsweredInWriting, SessionTrigger.Report, SessionStatus.Reported),
        new(SessionStatus.Reported, SessionTrigger.Report, SessionStatus.Reported),
        new(SessionStatus.Concluded, SessionTrigger.Close, SessionStatus.Closed),
        new(SessionStatus.Reported, SessionTrigger.Close, SessionStatus.Closed),
    ]);

    /// <summary>Task: Open → Done or Waived; an extension keeps it open.</summary>
    public static TransitionTable<PlanTaskStatus, PlanTaskTrigger> Task { get; } = new(PlanTaskStatus.Open,
    [
        new(PlanTaskStatus.Open, PlanTaskTrigger.Complete, PlanTaskStatus.Done),
        new(PlanTaskStatus.Open, PlanTaskTrigger.Waive, PlanTaskStatus.Waived),
        new(PlanTaskStatus.Open, PlanTaskTrigger.Extend, PlanTaskStatus.Open),
    ]);

    /// <summary>
    /// Petition: Received → Classified → Assigned → Answered | Redirected | Escalated | Rejected →
    /// ResultNotified → Closed.
    /// </summary>
    public static TransitionTable<PetitionStatus, PetitionTrigger> Petition { get; } = new(PetitionStatus.Received,
    [
        new(PetitionStatus.Received, PetitionTrigger.Classify, PetitionStatus.Classified),
        new(PetitionStatus.Classified, PetitionTrigger.Classify, PetitionStatus.Classified),
        new(PetitionStatus.Classified, PetitionTrigger.Assign, PetitionStatus.Assigned),
        new(PetitionStatus.Assigned, PetitionTrigger.Assign, PetitionStatus.Assigned),
        new(PetitionStatus.Classified, PetitionTrigger.Answer, PetitionStatus.Answered),
        new(PetitionStatus.Assigned, PetitionTrigger.Answer, PetitionStatus.Answered),
        new(PetitionStatus.Classified, PetitionTrigger.Redirect, PetitionStatus.Redirected),
        new(PetitionStatus.Assigned, PetitionTrigger.Redirect, PetitionStatus.Redirected),
        new(PetitionStatus.Classified, PetitionTrigger.Escalate, PetitionStatus.Escalated),
        new(PetitionStatus.Assigned, PetitionTrigger.Escalate, PetitionStatus.Escalated),
        new(PetitionStatus.Received, PetitionTrigger.Reject, PetitionStatus.Rejected),
        new(PetitionStatus.Classified, PetitionTrigger.Reject, PetitionStatus.Rejected),
        new(PetitionStatus.Assigned, PetitionTrigger.Reject, PetitionStatus.Rejected),
        new(PetitionStatus.Answered, PetitionTrigger.Notify, PetitionStatus.ResultNotified),
        new(PetitionStatus.Redirected, PetitionTrigger.Notify, PetitionStatus.ResultNotified),
        new(PetitionStatus.Escalated, PetitionTrigger.Notify, PetitionStatus.ResultNotified),
        new(PetitionStatus.Rejected, PetitionTrigger.Notify, PetitionStatus.ResultNotified),
        new(PetitionStatus.Answered, PetitionTrigger.Close, PetitionStatus.Closed),
        new(PetitionStatus.ResultNotified, PetitionTrigger.Close, PetitionStatus.Closed),
    ]);
}
