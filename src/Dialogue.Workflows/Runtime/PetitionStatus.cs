namespace Dialogue.Workflows.Runtime;

/// <summary>Where a petition (kiến nghị, phản ánh) is.</summary>
public enum PetitionStatus
{
    /// <summary>Received (tiếp nhận).</summary>
    Received = 1,

    /// <summary>Classified by category and domain (phân loại).</summary>
    Classified = 2,

    /// <summary>Assigned to a unit to prepare the answer (chuyển xử lý).</summary>
    Assigned = 3,

    /// <summary>Answered, at the session or in writing.</summary>
    Answered = 4,

    /// <summary>Not this body's authority: guidance to the competent body sent.</summary>
    Redirected = 5,

    /// <summary>Beyond this body's authority: reported to the level above.</summary>
    Escalated = 6,

    /// <summary>Not taken: out of scope, late, or an excluded category.</summary>
    Rejected = 7,

    /// <summary>The petitioner was told the result.</summary>
    ResultNotified = 8,

    /// <summary>Closed.</summary>
    Closed = 9,
}
