namespace Dialogue.Workflows.Runtime;

/// <summary>What a plan does when the working calendar changes after its deadlines were computed (a new official schedule, a host override).</summary>
/// <remarks>
/// Either way the change is recorded in the plan's history (<see cref="Events.DeadlinesRecalculated"/>)
/// with every old and new date, on the next command the plan receives.
/// </remarks>
public enum CalendarChangePolicy
{
    /// <summary>Recompute the deadlines from the new calendar (the default: a deadline follows the days actually worked).</summary>
    Recompute = 1,

    /// <summary>Keep the deadlines as first computed (what was announced to units stands), and record what the new calendar would give.</summary>
    Keep = 2,
}
