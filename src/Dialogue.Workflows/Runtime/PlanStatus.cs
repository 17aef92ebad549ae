namespace Dialogue.Workflows.Runtime;

/// <summary>Where a plan is in its life.</summary>
public enum PlanStatus
{
    /// <summary>Being prepared (dự thảo).</summary>
    Draft = 1,

    /// <summary>Issued (đã ban hành); sessions can be announced.</summary>
    Issued = 2,

    /// <summary>A session has been announced or held.</summary>
    InProgress = 3,

    /// <summary>Every session is finished (hoàn thành).</summary>
    Completed = 4,

    /// <summary>Cancelled (hủy bỏ).</summary>
    Cancelled = 5,
}
