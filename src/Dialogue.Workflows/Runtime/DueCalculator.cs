using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Deadlines;

namespace Dialogue.Workflows.Runtime;

/// <summary>Computes a plan's task deadlines from its rules, its anchors as they stand and the working calendar.</summary>
internal sealed class DueCalculator(WorkingCalendar calendar)
{
    public WorkingCalendar Calendar { get; } = calendar;

    /// <summary>The deadline of a task as the plan stands, or null when it has no rule (or its anchor is not known at all).</summary>
    public Deadline? Compute(PlanInstance plan, PlanTaskInstance task)
    {
        var rule = task.Definition.Deadline;
        if (rule is null)
        {
            return null;
        }

        if (!rule.UsesAnchor)
        {
            return rule.Compute(Calendar);
        }

        var anchor = plan.AnchorOf(task);
        return anchor is null ? null : rule.Compute(anchor, Calendar);
    }

    /// <summary>A task's computed due date alone (null while pending or without a rule), without building its explanation.</summary>
    public NodaTime.LocalDate? DueOf(PlanInstance plan, PlanTaskInstance task)
    {
        var rule = task.Definition.Deadline;
        return rule?.DueOnly(rule.UsesAnchor ? plan.AnchorOf(task) : null, Calendar);
    }

    /// <summary>Every task's computed due date (null while pending or without a rule), by task id.</summary>
    public Dictionary<string, NodaTime.LocalDate?> DueDates(PlanInstance plan)
    {
        var dues = new Dictionary<string, NodaTime.LocalDate?>(plan.Tasks.Count, StringComparer.Ordinal);
        foreach (var task in plan.Tasks)
        {
            dues[task.Id] = DueOf(plan, task);
        }

        return dues;
    }
}
