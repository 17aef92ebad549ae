namespace Dialogue.Workflows.Calendar;

/// <summary>Where a year of a <see cref="WorkingCalendar"/> comes from.</summary>
public enum CalendarYearSource
{
    /// <summary>Projected from the rules: no published schedule is known, and the dates may still move.</summary>
    Projected = 1,

    /// <summary>An official schedule the library ships (or the host adds in code): the Government's documents.</summary>
    Official = 2,

    /// <summary>A published schedule the host loaded (a schedule file): it wins over the shipped and projected days.</summary>
    Loaded = 3,
}
