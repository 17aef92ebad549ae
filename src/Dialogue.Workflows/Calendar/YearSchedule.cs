namespace Dialogue.Workflows.Calendar;

/// <summary>A year of a <see cref="WorkingCalendar"/>: its holidays, days off and make-up working days.</summary>
/// <param name="Year">The year.</param>
/// <param name="IsOfficial">True when a published schedule (official or loaded) fixes the year; false when it is projected from the rules.</param>
/// <param name="Source">The schedule's main document, or null for a projected year.</param>
/// <param name="Holidays">Every statutory holiday day, in date order, whatever day of the week.</param>
/// <param name="DaysOff">Every day off that is not a weekly rest day (holiday, compensatory, swapped, host), in date order.</param>
/// <param name="MakeUpWorkingDays">Every weekly rest day that is a working day, in date order.</param>
/// <param name="WorkingDayCount">How many working days the year has.</param>
public sealed record YearSchedule(
    int Year,
    bool IsOfficial,
    string? Source,
    IReadOnlyList<StatutoryHoliday> Holidays,
    IReadOnlyList<DayOff> DaysOff,
    IReadOnlyList<MakeUpWorkingDay> MakeUpWorkingDays,
    int WorkingDayCount)
{
    /// <summary>Where the year comes from and what of it is still projected.</summary>
    public CalendarYearStatus Status { get; init; } = new(Year, IsOfficial ? CalendarYearSource.Official : CalendarYearSource.Projected, Source, null, []);
}
