namespace Dialogue.Workflows.Calendar;

/// <summary>
/// What the Government decided for one year's holidays of civil servants (cán bộ, công chức,
/// viên chức): how the 5 Tết days are split around the lunar new year, which day next to 2 September
/// is the second Quốc khánh day, and the swapped days, each with the issuing document.
/// </summary>
/// <remarks>
/// <para>
/// Only the Government's choices are data: the statutory days and the compensatory days follow from
/// the law (<see cref="HolidayLaw"/>). The library ships the schedules it knows
/// (<see cref="OfficialSchedules.All"/>); a host adds the next year's as soon as it is published,
/// through <see cref="WorkingCalendarOptions.Schedules"/>, and its schedule replaces a shipped one.
/// A year without a schedule is projected from the rules and reported as projected.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// new OfficialSchedule(2027, "TB 1234/TB-BNV")
/// {
///     LunarNewYearDaysBefore = 2,
///     NationalDayAdjacentDay = NationalDayAdjacentDay.Before,
/// };
/// </code>
/// </example>
public sealed record OfficialSchedule
{
    private readonly int? _lunarNewYearDaysBefore;

    /// <summary>Creates a year's schedule.</summary>
    /// <param name="year">The year it governs.</param>
    /// <param name="source">The main document (number and date), cited for every day it fixes.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1995–2199.</exception>
    /// <exception cref="ArgumentException">The source is empty.</exception>
    public OfficialSchedule(int year, string source)
    {
        if (year is < 1995 or > 2199)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "An official schedule's year must be in 1995..2199.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Year = year;
        Source = source;
    }

    /// <summary>The year the schedule governs.</summary>
    public int Year { get; }

    /// <summary>The main document, e.g. "TB 9441/TB-BNV, 16/10/2025".</summary>
    public string Source { get; }

    /// <summary>
    /// How many of the Tết days come before the lunar new year's day (mùng 1): 1 for "30 Tết to
    /// mùng 4", 2 for "29 Tết to mùng 3". Null keeps the projection's default of 2.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0..4.</exception>
    public int? LunarNewYearDaysBefore
    {
        get => _lunarNewYearDaysBefore;
        init
        {
            if (value is < 0 or > 4)
            {
                throw new ArgumentOutOfRangeException(nameof(LunarNewYearDaysBefore), value, "The Tết days before the new year must be 0..4.");
            }

            _lunarNewYearDaysBefore = value;
        }
    }

    /// <summary>The second Quốc khánh day (from 2021); null keeps the projection's choice.</summary>
    public NationalDayAdjacentDay? NationalDayAdjacentDay { get; init; }

    /// <summary>The swapped days (day off and make-up working day) the Government approved for the year.</summary>
    public IReadOnlyList<DaySwap> Swaps { get; init; } = [];

    /// <summary>
    /// The document cited for each holiday when it is not <see cref="Source"/>: another notice, or the
    /// law itself for a holiday the schedule did not touch ("theo Bộ luật Lao động").
    /// </summary>
    public IReadOnlyDictionary<HolidayKind, string> HolidaySources { get; init; } = new Dictionary<HolidayKind, string>();

    /// <summary>
    /// The holidays the schedule's documents do not fix: their days stay projected from the law
    /// (<see cref="DayOff.IsOfficial"/> is false) and say so, while the rest of the year is official.
    /// </summary>
    public IReadOnlyList<HolidayKind> ProjectedHolidays { get; init; } = [];

    /// <summary>Whether the schedule fixes a holiday's days (it is not in <see cref="ProjectedHolidays"/>).</summary>
    /// <param name="kind">The holiday.</param>
    /// <returns>True when the schedule's documents fix it.</returns>
    public bool Fixes(HolidayKind kind) => !ProjectedHolidays.Contains(kind);

    /// <summary>The document cited for a holiday of the year.</summary>
    /// <param name="kind">The holiday.</param>
    /// <returns>The holiday's own source if given, else <see cref="Source"/>.</returns>
    public string SourceFor(HolidayKind kind) => HolidaySources.TryGetValue(kind, out var source) ? source : Source;
}
