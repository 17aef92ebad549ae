namespace Dialogue.Workflows.Calendar;

/// <summary>What kind of day a date is in a <see cref="WorkingCalendar"/>.</summary>
public enum CalendarDayKind
{
    /// <summary>An ordinary working day.</summary>
    WorkingDay = 1,

    /// <summary>A weekly rest day (Saturday or Sunday by default).</summary>
    WeeklyRest = 2,

    /// <summary>A day off that is not a weekly rest day: see <see cref="CalendarDay.DayOff"/>.</summary>
    DayOff = 3,

    /// <summary>A weekly rest day that is a working day: see <see cref="CalendarDay.MakeUpWorkingDay"/>.</summary>
    MakeUpWorkingDay = 4,
}
