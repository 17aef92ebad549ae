using Dialogue.Workflows.Deadlines;

namespace Dialogue.Workflows.Plans;

/// <summary>A task a plan gives a unit, with its phase and its deadline rule.</summary>
/// <remarks>
/// A task is repeated for every session of the plan (its key becomes <c>task@session</c> in an
/// instance) unless <see cref="PerSession"/> is false. Its deadline is <see cref="Deadline"/>
/// counted from <see cref="Anchor"/>; a task without a rule has no deadline (it is done at the
/// session, or whenever needed).
/// </remarks>
/// <param name="Key">A stable key, unique in the plan, e.g. <c>front-summary</c>.</param>
/// <param name="Title">What to do, in Vietnamese, close to the document's words.</param>
/// <param name="EnglishTitle">What to do, in English.</param>
/// <param name="Owner">The key of the <see cref="ResponsibleUnit"/> that does it.</param>
/// <param name="Phase">Before, at or after the session.</param>
public sealed record TaskDefinition(string Key, string Title, string EnglishTitle, string Owner, TaskPhase Phase)
{
    /// <summary>The deadline rule, or null when the task has none.</summary>
    public DeadlineRule? Deadline { get; init; }

    /// <summary>What the deadline counts from. Default: the session's date.</summary>
    public AnchorPoint Anchor { get; init; } = AnchorPoint.SessionDate;

    /// <summary>With <see cref="AnchorPoint.TaskDone"/>: the key of the task whose completion starts the count.</summary>
    public string? AnchorTask { get; init; }

    /// <summary>Whether the task repeats for every session (default) or is done once for the plan.</summary>
    public bool PerSession { get; init; } = true;

    /// <summary>The clause of the source document, e.g. "IV.1" or "III.2, gạch đầu dòng 3".</summary>
    public string? Clause { get; init; }

    /// <summary>
    /// The engine step that does this task, or null: a notice task is done when the session is
    /// announced (<see cref="PlanAction.AnnounceSession"/>), a conclusion notice when the session is
    /// concluded (<see cref="PlanAction.ConcludeSession"/>), a report when it is reported
    /// (<see cref="PlanAction.ReportSession"/>). The step then records the task done, on its day and by
    /// its actor, so that no duty is recorded twice; the task can still be recorded by hand before.
    /// </summary>
    public PlanAction? CompletedBy { get; init; }

    /// <summary>Units that take part without owning the task ("phối hợp").</summary>
    public IReadOnlyList<string> Supporting { get; init; } = [];
}
