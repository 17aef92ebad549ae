using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>How a <see cref="WorkingCalendar"/> is set up: weekly rest days, schedules, host overrides.</summary>
/// <remarks>
/// The defaults are those of state bodies: Saturday and Sunday off (Quyết định 188/1999/QĐ-TTg),
/// the shipped official schedules, no overrides. The calendar copies and validates the options when
/// it is built; changing them afterwards does not change a built calendar.
/// </remarks>
public sealed class WorkingCalendarOptions
{
    /// <summary>The weekly rest days. Default: Saturday and Sunday.</summary>
    /// <remarks>
    /// Swaps in the official schedules are decided for a Saturday–Sunday week; with other rest days
    /// they are not applied (the notices leave such bodies to arrange their own), while the holidays
    /// and compensatory days still are.
    /// </remarks>
    public ICollection<IsoDayOfWeek> WeeklyRestDays { get; } = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday };

    /// <summary>Whether the schedules shipped in <see cref="OfficialSchedules.All"/> are used. Default: true.</summary>
    public bool UseShippedSchedules { get; set; } = true;

    /// <summary>Schedules the host adds (a newly published year); one per year, replacing a shipped one.</summary>
    public IList<OfficialSchedule> Schedules { get; } = new List<OfficialSchedule>();

    /// <summary>The host's own days off and working days; they win over everything else. One per date.</summary>
    public IList<CalendarOverride> Overrides { get; } = new List<CalendarOverride>();
}
