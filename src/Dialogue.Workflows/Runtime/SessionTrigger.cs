namespace Dialogue.Workflows.Runtime;

/// <summary>What moves a session from one <see cref="SessionStatus"/> to another.</summary>
public enum SessionTrigger
{
    /// <summary>Give the session a date.</summary>
    Schedule = 1,

    /// <summary>Move the session to another date.</summary>
    Reschedule = 2,

    /// <summary>Postpone it without a new date.</summary>
    Postpone = 3,

    /// <summary>Cancel it.</summary>
    Cancel = 4,

    /// <summary>Announce time and place.</summary>
    Announce = 5,

    /// <summary>Record that it was held.</summary>
    Hold = 6,

    /// <summary>Answer every registrant in writing instead of meeting.</summary>
    AnswerInWriting = 7,

    /// <summary>Issue the conclusion notice.</summary>
    Conclude = 8,

    /// <summary>Report the results.</summary>
    Report = 9,

    /// <summary>Close it.</summary>
    Close = 10,
}
