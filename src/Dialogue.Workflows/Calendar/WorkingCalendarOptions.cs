using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>How a <see cref="WorkingCalendar"/> is set up: weekly rest days, schedules, schedule files, host overrides.</summary>
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

    /// <summary>
    /// Published schedules the host gives as data (a year's days off and make-up working days); one per
    /// year. They win over the shipped and added official schedules and the projection, and lose to
    /// <see cref="Overrides"/>.
    /// </summary>
    public IList<PublishedSchedule> PublishedSchedules { get; } = new List<PublishedSchedule>();

    /// <summary>
    /// Schedule files (<see cref="ScheduleFile"/>) loaded when the calendar is built, as
    /// <see cref="PublishedSchedules"/>: a bad file is refused then, with the file, the entry and what is wrong.
    /// </summary>
    /// <example>
    /// <code>
    /// services.AddDialogueWorkflows(b => b.ConfigureCalendar(o => o.ScheduleFiles.Add("calendar-2028.json")));
    /// </code>
    /// </example>
    public IList<string> ScheduleFiles { get; } = new List<string>();

    /// <summary>
    /// Whether 24 November (Ngày Văn hóa Việt Nam) falling on a weekly rest day gives a compensatory day.
    /// Default: <see cref="CultureDayOnWeekend.NoCompensatoryDay"/> (see the enum for why the choice exists).
    /// </summary>
    public CultureDayOnWeekend CultureDayOnWeekend { get; set; } = CultureDayOnWeekend.NoCompensatoryDay;

    /// <summary>The host's own days off and working days; they win over everything else. One per date.</summary>
    public IList<CalendarOverride> Overrides { get; } = new List<CalendarOverride>();
}
