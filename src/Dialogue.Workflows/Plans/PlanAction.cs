namespace Dialogue.Workflows.Plans;

/// <summary>
/// Something a person does to a plan, as a plan type's authority names it: who may issue the plan,
/// hold a session, answer a petition, complete a task, set a rule aside.
/// </summary>
/// <remarks>Each engine command is one action; <see cref="Deviate"/> is the authority to record a deviation from a rule.</remarks>
public enum PlanAction
{
    /// <summary>Draw up the plan (dự thảo kế hoạch): create it in the engine.</summary>
    Create = 1,

    /// <summary>Issue (sign) the plan (ban hành kế hoạch).</summary>
    Issue = 2,

    /// <summary>Declare the plan completed.</summary>
    Complete = 3,

    /// <summary>Cancel the plan.</summary>
    Cancel = 4,

    /// <summary>Give a session its date and venue.</summary>
    ScheduleSession = 5,

    /// <summary>Move a session to another date.</summary>
    RescheduleSession = 6,

    /// <summary>Postpone a session without a new date.</summary>
    PostponeSession = 7,

    /// <summary>Cancel a session.</summary>
    CancelSession = 8,

    /// <summary>Add an ad-hoc or replacement session.</summary>
    AddSession = 9,

    /// <summary>Announce a session's time and place (thông báo).</summary>
    AnnounceSession = 10,

    /// <summary>Hold (chair) a session.</summary>
    HoldSession = 11,

    /// <summary>Answer every registrant in writing instead of a meeting.</summary>
    AnswerSessionInWriting = 12,

    /// <summary>Issue the session's conclusion notice (thông báo kết luận).</summary>
    ConcludeSession = 13,

    /// <summary>Report the session's results to the plan's recipients.</summary>
    ReportSession = 14,

    /// <summary>Close a session.</summary>
    CloseSession = 15,

    /// <summary>Record a task as done.</summary>
    CompleteTask = 16,

    /// <summary>Waive a task, with its reason.</summary>
    WaiveTask = 17,

    /// <summary>Extend a task's deadline (gia hạn).</summary>
    ExtendDeadline = 18,

    /// <summary>Record a petition received (tiếp nhận).</summary>
    ReceivePetition = 19,

    /// <summary>Classify a petition by category and domain.</summary>
    ClassifyPetition = 20,

    /// <summary>Forward a petition to the unit that proposes its answer.</summary>
    AssignPetition = 21,

    /// <summary>Answer a petition, at the session or in writing.</summary>
    AnswerPetition = 22,

    /// <summary>Guide a petitioner to the competent body.</summary>
    RedirectPetition = 23,

    /// <summary>Report a petition beyond the body's authority to the level above.</summary>
    EscalatePetition = 24,

    /// <summary>Reject a petition (out of scope, late).</summary>
    RejectPetition = 25,

    /// <summary>Send a petition's result to the petitioner.</summary>
    NotifyPetitionResult = 26,

    /// <summary>Close a petition.</summary>
    ClosePetition = 27,

    /// <summary>Set a rule aside by a recorded decision (a deviation with its reason and document).</summary>
    Deviate = 28,
}
