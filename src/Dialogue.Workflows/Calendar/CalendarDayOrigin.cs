namespace Dialogue.Workflows.Calendar;

/// <summary>Which layer of a <see cref="WorkingCalendar"/> decided a day that is not ordinary.</summary>
/// <remarks>The layers, weakest first: rules (projection), official schedules, loaded schedules, host overrides.</remarks>
public enum CalendarDayOrigin
{
    /// <summary>The law's rules alone: a projected day, or an ordinary day.</summary>
    Rules = 1,

    /// <summary>An official schedule shipped with the library or added by the host in code.</summary>
    OfficialSchedule = 2,

    /// <summary>A published schedule the host loaded (<see cref="WorkingCalendarOptions.PublishedSchedules"/>, a schedule file).</summary>
    LoadedSchedule = 3,

    /// <summary>A host override (<see cref="WorkingCalendarOptions.Overrides"/>).</summary>
    Override = 4,
}
