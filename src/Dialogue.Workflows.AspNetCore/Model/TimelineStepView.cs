namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>A line of a plan's timeline: a session or a task, with its date, owner and status.</summary>
/// <param name="Kind">The kind of line: <c>session</c> or <c>task</c>.</param>
/// <param name="Id">The session's key or the task's id: <c>front-summary@session-1</c>.</param>
/// <param name="Title">What it is.</param>
/// <param name="Owner">Who does it.</param>
/// <param name="Status">Its state, camel case: <c>open</c>, <c>done</c>, <c>scheduled</c> ….</param>
public sealed record TimelineStepView(string Kind, string Id, LocalizedText Title, string Owner, string Status)
{
    /// <summary>The session it belongs to, if any.</summary>
    public string? Session { get; init; }

    /// <summary>Its phase around the session: <c>before</c>, <c>at</c>, <c>after</c>; null for a session.</summary>
    public string? Phase { get; init; }

    /// <summary>The due date (the session's date for a session); null while pending.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>The earliest it can be due while pending; the due date once known.</summary>
    public DateOnly? DueEarliest { get; init; }

    /// <summary>The latest it can be due while pending; the due date once known.</summary>
    public DateOnly? DueLatest { get; init; }

    /// <summary>The first day of a window (<c>từ ngày … đến hết ngày …</c>), if the deadline is one.</summary>
    public DateOnly? Opens { get; init; }

    /// <summary>The day it was done or held.</summary>
    public DateOnly? DoneOn { get; init; }

    /// <summary>Whether it was done after its due date.</summary>
    public bool Late { get; init; }

    /// <summary>Whether it is open past its due date today.</summary>
    public bool Overdue { get; init; }

    /// <summary>How close it is, for an open task: <c>overdue</c>, <c>dueToday</c>, <c>approaching</c>; null otherwise.</summary>
    public string? DueState { get; init; }

    /// <summary>The clause of the plan's document it comes from.</summary>
    public string? Clause { get; init; }

    /// <summary>The deadline's one-line summary, when the task has a deadline rule; <c>GET …/explain/{task}</c> gives the whole explanation.</summary>
    public LocalizedText? Deadline { get; init; }
}
