using Dialogue.Workflows.Plans;
using NodaTime;

namespace Dialogue.Workflows.Runtime;

/// <summary>A task of a running plan: the definition's task for one session (or for the whole plan), with its status and due date.</summary>
public sealed class PlanTaskInstance
{
    internal PlanTaskInstance(string id, TaskDefinition definition, string? session)
    {
        Id = id;
        Definition = definition;
        Session = session;
    }

    /// <summary>The task's id in the plan: <c>key@session</c> for a task repeated per session, else its key.</summary>
    public string Id { get; }

    /// <summary>What the plan says about the task.</summary>
    public TaskDefinition Definition { get; }

    /// <summary>The session the task belongs to, or null for a plan-wide task.</summary>
    public string? Session { get; }

    /// <summary>For a petition's answer proposal (<see cref="PetitionDuty"/>), the petition's id; else null.</summary>
    public string? Petition { get; internal init; }

    /// <summary>Its status.</summary>
    public PlanTaskStatus Status { get; internal set; } = PlanTaskStatus.Open;

    /// <summary>The due date recorded when it was last computed (null while it depends on a date not yet known).</summary>
    public LocalDate? RecordedDue { get; internal set; }

    /// <summary>The due date after an extension (gia hạn), if any.</summary>
    public LocalDate? ExtendedDue { get; internal set; }

    /// <summary>The due date in force: the extension if any, else the recorded one.</summary>
    public LocalDate? Due => ExtendedDue ?? RecordedDue;

    /// <summary>The date a changed calendar would give, noted under <see cref="CalendarChangePolicy.Keep"/>.</summary>
    public LocalDate? NotedDue { get; internal set; }

    /// <summary>The day it was done.</summary>
    public LocalDate? DoneOn { get; internal set; }

    /// <summary>Whether it was done after its due date.</summary>
    public bool DoneLate { get; internal set; }

    /// <summary>Why it was waived or extended, if it was.</summary>
    public string? Reason { get; internal set; }

    /// <summary>The last move of its due date a change of the working calendar recorded (old and new date both known); null when none.</summary>
    internal Events.DueChange? CalendarMove { get; set; }

    /// <summary>The policy <see cref="CalendarMove"/> was recorded under.</summary>
    internal CalendarChangePolicy CalendarMovePolicy { get; set; }

    internal PlanTaskInstance Clone() => (PlanTaskInstance)MemberwiseClone();

    internal static string IdFor(TaskDefinition definition, string? session) =>
        definition.PerSession && session is not null ? $"{definition.Key}@{session}" : definition.Key;
}
