namespace Dialogue.Workflows.Plans;

/// <summary>What a task's deadline is counted from.</summary>
public enum AnchorPoint
{
    /// <summary>Nothing: the rule carries its own dates ("chậm nhất ngày 04/10/2023"), or the task has no deadline.</summary>
    None = 0,

    /// <summary>The session's date (or its planned period while it has no date): "trước 10 ngày tổ chức đối thoại".</summary>
    SessionDate = 1,

    /// <summary>The day the session was actually held.</summary>
    SessionHeld = 2,

    /// <summary>The day the conclusion notice (thông báo kết luận) was issued.</summary>
    ConclusionIssued = 3,

    /// <summary>The day another task was done: "sau 03 ngày kể từ ngày nhận được văn bản".</summary>
    TaskDone = 4,

    /// <summary>The day a petition was forwarded to the unit that answers it; only a <see cref="PetitionDuty"/> counts from it.</summary>
    PetitionAssigned = 5,
}
