using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Runtime;
using NodaTime;

namespace Dialogue.Workflows.Plans;

/// <summary>What a <see cref="PlanGuard"/> sees: the plan as it stands, the entity, who acts, today and the calendar.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Today">Today in Vietnam, by the engine's clock.</param>
/// <param name="Calendar">The working calendar.</param>
public sealed record GuardContext(PlanInstance Plan, LocalDate Today, WorkingCalendar Calendar)
{
    /// <summary>The session, for a session trigger.</summary>
    public SessionInstance? Session { get; init; }

    /// <summary>The task, for a task trigger.</summary>
    public PlanTaskInstance? Task { get; init; }

    /// <summary>The petition, for a petition trigger.</summary>
    public PetitionInstance? Petition { get; init; }

    /// <summary>Who acts, when a command is checked; null when the permitted actions are listed for nobody in particular.</summary>
    public Actor? Actor { get; init; }
}
