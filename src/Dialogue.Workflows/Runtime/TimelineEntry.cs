using NodaTime;

namespace Dialogue.Workflows.Runtime;

/// <summary>One line of a plan's timeline: a session or a task, with its date, owner and status.</summary>
/// <param name="Kind">Session or task.</param>
/// <param name="Id">The session's key or the task's id.</param>
/// <param name="Title">What it is, in Vietnamese.</param>
/// <param name="EnglishTitle">What it is, in English.</param>
/// <param name="Owner">Who does it, in Vietnamese.</param>
/// <param name="Status">Its status, e.g. <c>Open</c>, <c>Done</c>, <c>Scheduled</c>.</param>
public sealed record TimelineEntry(EntityKind Kind, string Id, string Title, string EnglishTitle, string Owner, string Status)
{
    /// <summary>The session it belongs to (the session itself for a session line).</summary>
    public string? Session { get; init; }

    /// <summary>The phase: before, at or after the session (null for a session line).</summary>
    public Plans.TaskPhase? Phase { get; init; }

    /// <summary>The date: the task's due date or the session's date; null while pending.</summary>
    public LocalDate? Due { get; init; }

    /// <summary>The earliest date it can take while pending (equal to <see cref="Due"/> when fixed).</summary>
    public LocalDate? DueEarliest { get; init; }

    /// <summary>The latest date it can take while pending (equal to <see cref="Due"/> when fixed).</summary>
    public LocalDate? DueLatest { get; init; }

    /// <summary>For a window ("từ ngày … đến hết ngày …"), the day it opens.</summary>
    public LocalDate? Opens { get; init; }

    /// <summary>The day it was done or held.</summary>
    public LocalDate? DoneOn { get; init; }

    /// <summary>Whether it was done after its due date.</summary>
    public bool Late { get; init; }

    /// <summary>Whether it is still open past its due date.</summary>
    public bool Overdue { get; init; }

    /// <summary>The clause of the document it comes from.</summary>
    public string? Clause { get; init; }
}
