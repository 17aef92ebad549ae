namespace Dialogue.Workflows.Plans;

/// <summary>What a petition's answer deadline counts from.</summary>
public enum PetitionAnswerAnchor
{
    /// <summary>The day the petition was received.</summary>
    Received = 1,

    /// <summary>The day it was assigned (forwarded) to the answering unit: "kể từ ngày nhận được văn bản".</summary>
    Assigned = 2,

    /// <summary>The day of its session.</summary>
    SessionHeld = 3,

    /// <summary>The day the session's conclusion notice was issued.</summary>
    ConclusionIssued = 4,
}
