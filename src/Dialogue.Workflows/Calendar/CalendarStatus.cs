using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>Where each year of a <see cref="WorkingCalendar"/> comes from, seen on a day, with the warnings due.</summary>
/// <param name="Today">The day the status was taken.</param>
/// <param name="Years">Each year from the first published one to the coming year (or the last known one), oldest first.</param>
/// <param name="Warnings">What to act on: a coming year still projected close to its start.</param>
public sealed record CalendarStatus(LocalDate Today, IReadOnlyList<CalendarYearStatus> Years, IReadOnlyList<CalendarStatusWarning> Warnings)
{
    /// <summary>How many days before a year starts a still projected year is warned about: 60.</summary>
    public const int ComingYearWarningDays = 60;
}
