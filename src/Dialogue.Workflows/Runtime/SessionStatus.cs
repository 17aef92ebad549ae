namespace Dialogue.Workflows.Runtime;

/// <summary>Where a session is.</summary>
public enum SessionStatus
{
    /// <summary>Planned for a period ("Quý III/2023"), no date yet.</summary>
    Planned = 1,

    /// <summary>Has a date (and a venue).</summary>
    Scheduled = 2,

    /// <summary>Time and place announced to the public.</summary>
    Announced = 3,

    /// <summary>Held.</summary>
    Held = 4,

    /// <summary>No meeting: every registrant answered in writing instead.</summary>
    AnsweredInWriting = 5,

    /// <summary>The conclusion notice (thông báo kết luận) is out.</summary>
    Concluded = 6,

    /// <summary>Reported to the named superiors.</summary>
    Reported = 7,

    /// <summary>Closed: follow-up done, dossier filed.</summary>
    Closed = 8,

    /// <summary>Postponed: it needs a new date.</summary>
    Postponed = 9,

    /// <summary>Cancelled.</summary>
    Cancelled = 10,
}
