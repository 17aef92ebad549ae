namespace Dialogue.Workflows.Calendar;

/// <summary>
/// A year's schedule as data: every weekday day off and every make-up working day of the year, each
/// with its name and document, as a host loads it from a schedule file (<see cref="ScheduleFile"/>)
/// when the Government announces a year or a province decrees a day off.
/// </summary>
/// <remarks>
/// A published schedule replaces everything the calendar would otherwise say about the dates of its
/// year: a weekday not listed as a day off is a working day, a weekly rest day listed as a make-up
/// working day is worked. It wins over the shipped official schedules and the projection, and loses
/// to the host's overrides.
/// </remarks>
/// <example>
/// <code>
/// var options = new WorkingCalendarOptions();
/// options.PublishedSchedules.Add(ScheduleFile.Load("calendar-2028.json"));
/// var calendar = new WorkingCalendar(options);
/// </code>
/// </example>
public sealed record PublishedSchedule
{
    /// <summary>Creates a schedule.</summary>
    /// <param name="year">The year it governs, 1995–2199.</param>
    /// <param name="document">The main document.</param>
    /// <param name="daysOff">The days off (weekdays; a weekly rest day listed here stays a rest day).</param>
    /// <param name="makeUpWorkingDays">The weekly rest days that are worked.</param>
    /// <exception cref="ArgumentException">
    /// The year is out of range, a day is outside the year, a date is listed twice, or a name is empty;
    /// the message names the day.
    /// </exception>
    public PublishedSchedule(int year, DocumentReference document, IReadOnlyList<ScheduledDay> daysOff, IReadOnlyList<ScheduledDay> makeUpWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(daysOff);
        ArgumentNullException.ThrowIfNull(makeUpWorkingDays);
        if (year is < 1995 or > 2199)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "A published schedule's year must be in 1995..2199 (năm phải trong khoảng 1995–2199).");
        }

        var seen = new HashSet<NodaTime.LocalDate>();
        foreach (var day in daysOff.Concat(makeUpWorkingDays))
        {
            ArgumentNullException.ThrowIfNull(day, nameof(daysOff));
            if (day.Date.Year != year)
            {
                throw new ArgumentException($"{DayNames.IsoDate(day.Date)} is outside the schedule's year {year} (ngày nằm ngoài năm {year}).", nameof(daysOff));
            }

            if (!seen.Add(day.Date))
            {
                throw new ArgumentException($"{DayNames.IsoDate(day.Date)} is listed twice in the {year} schedule (ngày được liệt kê hai lần).", nameof(daysOff));
            }

            ArgumentException.ThrowIfNullOrWhiteSpace(day.Name, nameof(daysOff));
        }

        Year = year;
        Document = document;
        DaysOff = [.. daysOff.OrderBy(d => d.Date)];
        MakeUpWorkingDays = [.. makeUpWorkingDays.OrderBy(d => d.Date)];
    }

    /// <summary>The year it governs.</summary>
    public int Year { get; }

    /// <summary>The main document, cited for every day without its own.</summary>
    public DocumentReference Document { get; }

    /// <summary>The days off, in date order.</summary>
    public IReadOnlyList<ScheduledDay> DaysOff { get; }

    /// <summary>The make-up working days, in date order.</summary>
    public IReadOnlyList<ScheduledDay> MakeUpWorkingDays { get; }

    /// <summary>The file it was loaded from, if any (shown in the calendar's status and in explanations).</summary>
    public string? File { get; init; }

    /// <summary>The document cited for a day: its own, else the schedule's.</summary>
    /// <param name="day">A day of this schedule.</param>
    /// <returns>The citation.</returns>
    public string SourceOf(ScheduledDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return (day.Document ?? Document).ToString();
    }
}
