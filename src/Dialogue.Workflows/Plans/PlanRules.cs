using Dialogue.Workflows.Deadlines;

namespace Dialogue.Workflows.Plans;

/// <summary>Rules a plan type enforces on its sessions.</summary>
/// <remarks>
/// The engine checks them on every command that can break them (scheduling, moving, adding,
/// announcing, cancelling sessions; completing the plan). Which of them a recorded deviation may set
/// aside is listed in the README's "Rules and deviations".
/// </remarks>
public sealed record PlanRules
{
    /// <summary>The least number of sessions a year the plan must hold (2 for an urban-government ward); 0 for no minimum.</summary>
    public int MinimumSessionsPerYear { get; init; }

    /// <summary>
    /// How long before a session its time and place must be announced ("ít nhất 07 ngày làm việc"),
    /// or null. Scheduling a session too late to meet it is refused.
    /// </summary>
    public DeadlineRule? AnnouncementLeadTime { get; init; }

    /// <summary>Whether sessions can be added as issues arise ("đối thoại đột xuất"). Default: false.</summary>
    public bool AllowsAdHocSessions { get; init; }

    /// <summary>Whether a session can be replaced by written answers to every registrant when no meeting can be held. Default: false.</summary>
    public bool AllowsWrittenAnswersInsteadOfSession { get; init; }

    /// <summary>Whether a session must be announced before it is held. Default: true.</summary>
    public bool RequiresAnnouncement { get; init; } = true;

    /// <summary>Whether a held session needs a conclusion notice before its report. Default: true.</summary>
    public bool RequiresConclusionNotice { get; init; } = true;

    /// <summary>
    /// Keys of tasks whose due date must fall before a session's date: the preparation the session
    /// rests on ("the conference follows the office's compilation"). A session scheduled or moved to
    /// a day on or before such a due date is refused, as <c>Define</c> refuses it as a parameter.
    /// </summary>
    public IReadOnlyList<string> SessionPrerequisites { get; init; } = [];
}
