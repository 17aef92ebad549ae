using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Deadlines;

/// <summary>
/// The event a deadline is counted from — "ngày tổ chức đối thoại", "ngày nhận được văn bản" — with
/// its date, or, while the plan only names a period ("Quý III/2023", "tháng 6 năm 2024"), that period.
/// </summary>
/// <remarks>
/// <para>
/// Plans often fix the session only to a quarter or a month and give the day later. An anchor known
/// only as a period makes every deadline counted from it <em>pending</em>: the deadline is reported
/// with the earliest and latest dates it can take, computed at the period's first and last day. Once
/// the day is known, <see cref="WithDate(LocalDate)"/> gives the exact anchor, which remembers the
/// period it was planned in (<see cref="Planned"/>) so a date outside it can be reported.
/// </para>
/// <para>
/// Periods are inclusive at both ends, like NodaTime's <see cref="DateInterval"/> and like the
/// documents ("từ ngày … đến hết ngày …"). Dates are civil dates in Vietnam: no time zone is involved.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var session = Anchor.Parse("Quý III/2023", "ngày tổ chức đối thoại", "the session");
/// session.IsPending;                                  // true
/// var held = session.WithDate(new LocalDate(2023, 9, 15));
/// held.Date;                                          // 2023-09-15
/// </code>
/// </example>
public sealed record Anchor
{
    private static readonly string[] RomanQuarters = ["I", "II", "III", "IV"];

    private Anchor(AnchorKind kind, DateInterval period, string label, string englishLabel, string name, string? englishName, Anchor? planned)
    {
        Kind = kind;
        Period = period;
        Label = label;
        EnglishLabel = englishLabel;
        Name = name;
        EnglishName = englishName ?? name;
        Planned = planned;
    }

    /// <summary>How precisely the anchor is known.</summary>
    public AnchorKind Kind { get; }

    /// <summary>The event, in Vietnamese, as the plan words it: "ngày tổ chức đối thoại".</summary>
    /// <exception cref="ArgumentException">Set to a null, empty or blank name.</exception>
    public string Name { get; init => field = Guard.NotBlank(value, "name"); }

    /// <summary>The event in English: "the session". The Vietnamese name when none was given.</summary>
    /// <exception cref="ArgumentException">Set to a null, empty or blank name.</exception>
    public string EnglishName { get; init => field = Guard.NotBlank(value, "englishName"); }

    /// <summary>The dates the anchor can take; one day for an exact date. Inclusive at both ends.</summary>
    public DateInterval Period { get; }

    /// <summary>The exact date, or null while the anchor is known only as a period.</summary>
    public LocalDate? Date => Kind == AnchorKind.Date ? Period.Start : null;

    /// <summary>True while the anchor is known only as a period, so deadlines counted from it are pending.</summary>
    public bool IsPending => Kind != AnchorKind.Date;

    /// <summary>The date or period as Vietnamese write it: "Thứ Sáu 15/09/2023", "Quý III/2023", "tháng 6 năm 2024".</summary>
    public string Label { get; }

    /// <summary>The date or period in English: "Friday 2023-09-15", "Q3 2023", "June 2024".</summary>
    public string EnglishLabel { get; }

    /// <summary>The period the anchor was planned in before it got its date (see <see cref="WithDate(LocalDate)"/>); null otherwise.</summary>
    public Anchor? Planned { get; }

    /// <summary>An anchor on an exact date.</summary>
    /// <param name="date">The date of the event.</param>
    /// <param name="name">The event in Vietnamese, e.g. "ngày tổ chức đối thoại".</param>
    /// <param name="englishName">The event in English; the Vietnamese name when omitted.</param>
    /// <returns>The anchor.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="englishName"/> is empty or blank.</exception>
    /// <remarks>Exact: deadlines counted from it are fixed. The date is a civil date in Vietnam; no time zone is involved.</remarks>
    /// <example><code>var received = Anchor.On(new LocalDate(2021, 10, 25), "ngày nhận được văn bản", "receipt of the forms");</code></example>
    public static Anchor On(LocalDate date, string name, string? englishName = null) =>
        new(AnchorKind.Date, new DateInterval(date, date), DayLabel(date), EnglishDayLabel(date), Guard.NotBlank(name), OptionalName(englishName), null);

    /// <summary>An anchor known only as a quarter of a year ("Quý III/2023").</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <param name="name">The event in Vietnamese.</param>
    /// <param name="englishName">The event in English; the Vietnamese name when omitted.</param>
    /// <returns>A pending anchor covering the quarter, first and last day included.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or the quarter is out of range.</exception>
    /// <exception cref="ArgumentException">A name is empty or blank.</exception>
    /// <remarks>
    /// Both the quarter's first and last day are included, because the session may be held on either;
    /// a deadline counted from it is pending between the rule applied at those two days.
    /// </remarks>
    /// <example><code>Anchor.InQuarter(2023, 3, "ngày tổ chức đối thoại"); // 2023-07-01..2023-09-30</code></example>
    public static Anchor InQuarter(int year, int quarter, string name, string? englishName = null)
    {
        CheckYear(year);
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, $"A quarter is 1 to 4; got {quarter} (quý phải từ 1 đến 4).");
        }

        var start = new LocalDate(year, (3 * quarter) - 2, 1);
        var period = new DateInterval(start, start.PlusMonths(3).PlusDays(-1));
        return new(AnchorKind.Quarter, period, $"Quý {RomanQuarters[quarter - 1]}/{year}", $"Q{quarter} {year}",
            Guard.NotBlank(name), OptionalName(englishName), null);
    }

    /// <summary>An anchor known only as a month ("tháng 6 năm 2024").</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="name">The event in Vietnamese.</param>
    /// <param name="englishName">The event in English; the Vietnamese name when omitted.</param>
    /// <returns>A pending anchor covering the month, first and last day included.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or the month is out of range.</exception>
    /// <exception cref="ArgumentException">A name is empty or blank.</exception>
    /// <remarks>
    /// Both the month's first and last day are included, because the session may be held on either;
    /// a deadline counted from it is pending between the rule applied at those two days.
    /// </remarks>
    /// <example><code>Anchor.InMonth(2024, 6, "ngày tổ chức đối thoại"); // 2024-06-01..2024-06-30</code></example>
    public static Anchor InMonth(int year, int month, string name, string? englishName = null)
    {
        CheckYear(year);
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, $"A month is 1 to 12; got {month} (tháng phải từ 1 đến 12).");
        }

        var start = new LocalDate(year, month, 1);
        var period = new DateInterval(start, start.PlusMonths(1).PlusDays(-1));
        var englishMonth = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        return new(AnchorKind.Month, period, $"tháng {month} năm {year}", $"{englishMonth} {year}",
            Guard.NotBlank(name), OptionalName(englishName), null);
    }

    /// <summary>An anchor known only to fall somewhere in a span of dates.</summary>
    /// <param name="period">The dates the event can take, first and last included.</param>
    /// <param name="name">The event in Vietnamese.</param>
    /// <param name="englishName">The event in English; the Vietnamese name when omitted.</param>
    /// <returns>A pending anchor, even for a one-day span: use <see cref="On"/> once the date is decided.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is empty or blank.</exception>
    /// <remarks>The interval is inclusive at both ends, like every NodaTime <see cref="DateInterval"/>.</remarks>
    /// <example><code>Anchor.Within(new DateInterval(new(2023, 10, 2), new(2023, 10, 13)), "ngày tổ chức hội nghị");</code></example>
    public static Anchor Within(DateInterval period, string name, string? englishName = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new(AnchorKind.Interval, period,
            $"từ {DayNames.ViDate(period.Start)} đến {DayNames.ViDate(period.End)}",
            $"{DayNames.IsoDate(period.Start)} to {DayNames.IsoDate(period.End)}",
            Guard.NotBlank(name), OptionalName(englishName), null);
    }

    /// <summary>Reads a date or a period as plans and hosts write them.</summary>
    /// <param name="text">
    /// A quarter ("Quý III/2023", "quý 3 năm 2023", "2023-Q3"), a month ("tháng 6 năm 2024",
    /// "tháng 06/2024", "2024-06") or a date ("15/09/2023", "ngày 15/09/2023", "2023-09-15").
    /// Letter case does not matter; Vietnamese accents may be composed, decomposed or left out.
    /// </param>
    /// <param name="name">The event in Vietnamese.</param>
    /// <param name="englishName">The event in English; the Vietnamese name when omitted.</param>
    /// <returns>The anchor: exact for a date, pending for a quarter or a month.</returns>
    /// <exception cref="FormatException">The text is none of the forms above, or names no real date.</exception>
    /// <exception cref="ArgumentException">A name is empty or blank.</exception>
    /// <remarks>
    /// A quarter or a month gives a pending anchor covering all its days, first and last included; a
    /// date gives an exact one. Roman (I–IV) and Arabic quarter numbers are both accepted, as plans use both.
    /// </remarks>
    /// <example><code>Anchor.Parse("tháng 6 năm 2024", "ngày tổ chức đối thoại").Period; // [2024-06-01, 2024-06-30]</code></example>
    public static Anchor Parse(string text, string name, string? englishName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var anchor = AnchorParser.Parse(text, Guard.NotBlank(name), OptionalName(englishName));
        return anchor ?? throw new FormatException(
            $"'{text}' is not a quarter (Quý III/2023, 2023-Q3), a month (tháng 6 năm 2024, 2024-06) or a date (15/09/2023, 2023-09-15) " +
            $"(không đọc được mốc thời gian '{text}').");
    }

    /// <summary>Reads a date or a period like <see cref="Parse"/>, without throwing on bad text.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="name">The event in Vietnamese.</param>
    /// <param name="anchor">The anchor read, or null.</param>
    /// <returns>True when the text was read.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or blank.</exception>
    /// <remarks>For input typed by a clerk, where bad text is expected rather than exceptional.</remarks>
    /// <example><code>if (Anchor.TryParse(input, "ngày tổ chức đối thoại", out var session)) { … }</code></example>
    public static bool TryParse(string? text, string name, [NotNullWhen(true)] out Anchor? anchor)
    {
        var checkedName = Guard.NotBlank(name);
        anchor = text is null ? null : AnchorParser.Parse(text, checkedName, null);
        return anchor is not null;
    }

    /// <summary>The same event on an exact date: its deadlines stop being pending.</summary>
    /// <param name="date">The date decided.</param>
    /// <returns>An exact anchor with the same names; <see cref="Planned"/> keeps the period first planned.</returns>
    /// <remarks>
    /// A date outside the planned period is accepted — sessions are postponed — and deadlines
    /// computed from it carry the warning <see cref="DeadlineWarningCodes.AnchorOutsidePlannedPeriod"/>.
    /// </remarks>
    /// <example><code>Anchor.InQuarter(2023, 3, "ngày tổ chức đối thoại").WithDate(new LocalDate(2023, 9, 15));</code></example>
    public Anchor WithDate(LocalDate date) =>
        new(AnchorKind.Date, new DateInterval(date, date), DayLabel(date), EnglishDayLabel(date), Name, EnglishName, IsPending ? this : Planned);

    /// <summary>The name and the date or period: "ngày tổ chức đối thoại: Quý III/2023".</summary>
    /// <returns>The Vietnamese description.</returns>
    public override string ToString() => $"{Name}: {Label}";

    internal static Anchor Create(AnchorKind kind, int year, int number, string name, string? englishName) => kind switch
    {
        AnchorKind.Quarter => InQuarter(year, number, name, englishName),
        _ => InMonth(year, number, name, englishName),
    };

    internal static string DayLabel(LocalDate date) => $"{DayNames.Vi(date.DayOfWeek)} {DayNames.ViDate(date)}";

    internal static string EnglishDayLabel(LocalDate date) => $"{DayNames.En(date.DayOfWeek)} {DayNames.IsoDate(date)}";

    private static string? OptionalName(string? englishName) => englishName is null ? null : Guard.NotBlank(englishName);

    private static void CheckYear(int year)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"A year is 1 to 9999; got {year} (năm không hợp lệ).");
        }
    }
}
