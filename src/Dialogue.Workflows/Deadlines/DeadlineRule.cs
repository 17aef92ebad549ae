using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Deadlines;

/// <summary>
/// A deadline rule as a plan declares it — "trước 10 ngày tổ chức đối thoại", "ít nhất 07 ngày làm
/// việc", "chậm nhất ngày 04/10/2023" — which computes a <see cref="Deadline"/> once its anchor is known.
/// </summary>
/// <remarks>
/// <para>
/// Rules are immutable values: two rules are equal when their kind, their parameters and their
/// <see cref="Phrase"/> are equal. They are built with the validated factories below and changed only
/// through <c>with { Phrase = … }</c>.
/// </para>
/// <para>
/// Counting, in short (each rule's documentation has the details):
/// forward periods follow Civil Code 2015 Arts. 147–148 — the anchor day is not counted, the period
/// ends at the end of its last day, and a last day off moves to the next working day; backward
/// periods, for which the Code has no rule, never become later — a day off moves the deadline to the
/// previous working day, and "at least N working days before" by default leaves N whole working
/// days strictly between the due day and the anchor; dates written in the document are kept as
/// written, with a warning when one is not a working day. Every computed deadline says which
/// convention it used (<see cref="DeadlineExplanation.Convention"/>).
/// </para>
/// <para>
/// Working days are those of the <see cref="WorkingCalendar"/> passed to <see cref="Compute(Anchor?, WorkingCalendar)"/>:
/// every day that calendar does not count as a working day (weekly rest, holiday, compensatory or
/// swapped day off, a host's day off) is treated as a day off, and a make-up Saturday as a working day.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var rule = DeadlineRule.CalendarDaysBefore(10, "trước 10 ngày tổ chức đối thoại");
/// var session = Anchor.On(new LocalDate(2023, 9, 15), "ngày tổ chức đối thoại", "the session");
/// var deadline = rule.Compute(session, WorkingCalendar.Default);
/// deadline.Due;                      // 2023-09-05
/// deadline.Explanation.EnglishText;  // Due: end of Tuesday 2023-09-05. …
/// </code>
/// </example>
public abstract record DeadlineRule
{
    /// <summary>
    /// The largest number of days a rule accepts: 75,000, more than the working calendar's whole range
    /// (1995–2199), so no computable period is refused; the bound only keeps date arithmetic from overflowing.
    /// </summary>
    public const int MaxDays = 75_000;

    private protected DeadlineRule()
    {
    }

    /// <summary>The document's own words for the rule, quoted in explanations; null when not given.</summary>
    /// <remarks>Part of the rule's value: the same rule quoting different words is a different rule. Trimmed.</remarks>
    /// <exception cref="ArgumentException">Set to an empty or blank string.</exception>
    public string? Phrase { get; init => field = value is null ? null : Guard.NotBlank(value, "phrase"); }

    /// <summary>True when the rule counts from an anchor; false for rules on dates the document fixes.</summary>
    public abstract bool UsesAnchor { get; }

    /// <summary>The counting convention the rule applies.</summary>
    public abstract CountingConvention Convention { get; }

    /// <summary>N calendar days before the anchor ("trước 10 ngày tổ chức đối thoại").</summary>
    /// <param name="days">N, from 0 to <see cref="MaxDays"/>.</param>
    /// <param name="phrase">The document's words, quoted in explanations.</param>
    /// <returns>The rule.</returns>
    /// <remarks>
    /// Due = anchor − N days: the anchor day is not counted and the due day is the N-th day before it
    /// (a session on the 15th gives the 5th for N = 10). If that is not a working day, the deadline
    /// moves back to the previous working day — a deadline counted backwards must never become later.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above <see cref="MaxDays"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="phrase"/> is empty or blank.</exception>
    /// <example><code>DeadlineRule.CalendarDaysBefore(10).Compute(session, calendar).Due; // session 2023-09-15 → 2023-09-05</code></example>
    public static CalendarDaysBeforeRule CalendarDaysBefore(int days, string? phrase = null) =>
        new(Guard.Days(days)) { Phrase = phrase };

    /// <summary>At least N working days before the anchor ("trước … ít nhất 07 ngày làm việc").</summary>
    /// <param name="days">N, from 0 to <see cref="MaxDays"/>.</param>
    /// <param name="counting">
    /// Which ends count. Default <see cref="WorkingDaysBeforeConvention.ExcludeBothEnds"/>: N whole
    /// working days strictly between the due day and the anchor, the reading that is never late.
    /// </param>
    /// <param name="phrase">The document's words, quoted in explanations.</param>
    /// <returns>The rule.</returns>
    /// <remarks>
    /// With both ends excluded the due day is the (N+1)-th working day before the anchor, whether or not
    /// the anchor is a working day. Counting the anchor day (Art. 147 style) gives the N-th working day
    /// before an anchor that is a working day, and the same day as the default when it is not. The
    /// due day is always a working day.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range, or <paramref name="counting"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="phrase"/> is empty or blank.</exception>
    /// <example><code>DeadlineRule.WorkingDaysBefore(7).Compute(session, calendar).Due; // session 2023-09-15 → 2023-09-05</code></example>
    public static WorkingDaysBeforeRule WorkingDaysBefore(int days, WorkingDaysBeforeConvention counting = WorkingDaysBeforeConvention.ExcludeBothEnds,
        string? phrase = null)
    {
        if (!Enum.IsDefined(counting))
        {
            throw new ArgumentOutOfRangeException(nameof(counting), counting, $"'{counting}' is not a {nameof(WorkingDaysBeforeConvention)}.");
        }

        return new(Guard.Days(days), counting) { Phrase = phrase };
    }

    /// <summary>Within N calendar days after the anchor ("sau 03 ngày kể từ ngày nhận được văn bản", "chậm nhất 10 ngày kể từ ngày tổ chức").</summary>
    /// <param name="days">N, from 0 to <see cref="MaxDays"/>.</param>
    /// <param name="phrase">The document's words, quoted in explanations.</param>
    /// <returns>The rule.</returns>
    /// <remarks>
    /// Civil Code 2015 Art. 147: the anchor day is not counted, so the period's last day is anchor + N
    /// and the deadline is the end of it (Art. 148(1), (6)); Art. 148(5): if that day is a weekly rest
    /// day or a holiday, the period ends at the end of the next working day. N = 0 ends with the anchor day.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above <see cref="MaxDays"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="phrase"/> is empty or blank.</exception>
    /// <example><code>DeadlineRule.WithinDaysAfter(3).Compute(received, calendar).Due; // received 2021-10-25 → 2021-10-28</code></example>
    public static WithinDaysAfterRule WithinDaysAfter(int days, string? phrase = null) =>
        new(Guard.Days(days)) { Phrase = phrase };

    /// <summary>Within N working days after the anchor ("trong 03 ngày làm việc kể từ ngày tiếp nhận").</summary>
    /// <param name="days">N, from 0 to <see cref="MaxDays"/>.</param>
    /// <param name="phrase">The document's words, quoted in explanations.</param>
    /// <returns>The rule.</returns>
    /// <remarks>
    /// The anchor day is not counted (Art. 147); the due day is the N-th working day after it, as
    /// <see cref="WorkingCalendar.AddWorkingDays"/> counts. N = 0 means the anchor day itself, or the
    /// next working day if the anchor is a day off.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above <see cref="MaxDays"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="phrase"/> is empty or blank.</exception>
    /// <example><code>DeadlineRule.WithinWorkingDaysAfter(3).Compute(received, calendar).Due; // received 2023-08-30 → 2023-09-06</code></example>
    public static WithinWorkingDaysAfterRule WithinWorkingDaysAfter(int days, string? phrase = null) =>
        new(Guard.Days(days)) { Phrase = phrase };

    /// <summary>On or before a date the document fixes ("chậm nhất ngày 04/10/2023").</summary>
    /// <param name="date">The date, included: the deadline is the end of that day.</param>
    /// <param name="phrase">The document's words, quoted in explanations.</param>
    /// <returns>The rule; it needs no anchor.</returns>
    /// <remarks>The date is kept as written; if it is not a working day the deadline carries <see cref="DeadlineWarningCodes.DeadlineOnDayOff"/>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="phrase"/> is empty or blank.</exception>
    /// <example><code>DeadlineRule.OnOrBefore(new LocalDate(2023, 10, 4)).Compute(calendar).Due; // 2023-10-04</code></example>
    public static OnOrBeforeDateRule OnOrBefore(LocalDate date, string? phrase = null) => new(date) { Phrase = phrase };

    /// <summary>Before a date the document fixes ("trước ngày 10/11/2021").</summary>
    /// <param name="date">The date, excluded.</param>
    /// <param name="phrase">The document's words, quoted in explanations.</param>
    /// <returns>The rule; it needs no anchor.</returns>
    /// <remarks>The date itself is excluded: the due day is the last working day strictly before it.</remarks>
    /// <exception cref="ArgumentException"><paramref name="phrase"/> is empty or blank.</exception>
    /// <example><code>DeadlineRule.Before(new LocalDate(2021, 11, 10)).Compute(calendar).Due; // 2021-11-09</code></example>
    public static BeforeDateRule Before(LocalDate date, string? phrase = null) => new(date) { Phrase = phrase };

    /// <summary>A window of dates ("từ ngày 18/10/2021 đến hết ngày 25/10/2021").</summary>
    /// <param name="from">The first day, included: the window opens at its start.</param>
    /// <param name="to">The last day, included: the window closes at its end. On or after <paramref name="from"/>.</param>
    /// <param name="phrase">The document's words, quoted in explanations.</param>
    /// <returns>The rule; it needs no anchor.</returns>
    /// <remarks>
    /// Both days are kept as written. A window that closes (or opens) on a day that is not a working day
    /// carries <see cref="DeadlineWarningCodes.WindowEndsOnDayOff"/> (or <see cref="DeadlineWarningCodes.WindowOpensOnDayOff"/>).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="phrase"/> is empty or blank.</exception>
    /// <example><code>DeadlineRule.Window(new LocalDate(2021, 10, 18), new LocalDate(2021, 10, 25)).Compute(calendar).Opens; // 2021-10-18</code></example>
    public static DateWindowRule Window(LocalDate from, LocalDate to, string? phrase = null)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to,
                $"The window ends ({DayNames.IsoDate(to)}) before it opens ({DayNames.IsoDate(from)}) " +
                $"(ngày kết thúc {DayNames.ViDate(to)} trước ngày bắt đầu {DayNames.ViDate(from)}).");
        }

        return new(from, to) { Phrase = phrase };
    }

    /// <summary>Computes the deadline for an anchor.</summary>
    /// <param name="anchor">
    /// The anchor; required when <see cref="UsesAnchor"/> is true, optional otherwise (kept on the
    /// deadline but not used). An anchor known only as a period gives a pending deadline.
    /// </param>
    /// <param name="calendar">The working calendar that says which days are working days.</param>
    /// <returns>
    /// A fixed deadline for an exact anchor or a rule on fixed dates; a pending one, with
    /// <see cref="Deadline.Earliest"/> and <see cref="Deadline.Latest"/> computed at the period's first
    /// and last day, for an anchor known only as a period.
    /// </returns>
    /// <remarks>
    /// Every rule is monotonic in its anchor (a later anchor never gives an earlier deadline), so the
    /// earliest and latest days of a pending deadline bound every date it can take.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null, or <paramref name="anchor"/> is null for a rule that uses one.</exception>
    /// <exception cref="CalendarRangeException">The computation leaves the calendar's range.</exception>
    /// <example><code>var pending = DeadlineRule.CalendarDaysBefore(10).Compute(Anchor.Parse("Quý III/2023", "ngày tổ chức đối thoại"), calendar);</code></example>
    public Deadline Compute(Anchor? anchor, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var rule = Words(anchor);
        if (Phrase is not null)
        {
            // A phrase that only repeats the rule's own words ("trước ngày 10/11/2021") is quoted once.
            var same = string.Equals(Phrase, rule.Vi, StringComparison.OrdinalIgnoreCase);
            rule = (same ? $"“{Phrase}”" : $"“{Phrase}”: {rule.Vi}", $"“{Phrase}”: {rule.En}");
        }

        if (!UsesAnchor)
        {
            var fixedDates = Evaluate(null, calendar);
            return Fixed(anchor, fixedDates, rule, AnchorWords(anchor), fixedDates.Warnings);
        }

        if (anchor is null)
        {
            throw new ArgumentNullException(nameof(anchor), $"This rule counts from an anchor; give one (quy định này tính từ một mốc). Rule: {rule.En}");
        }

        if (anchor.IsPending)
        {
            var first = Evaluate(anchor.Period.Start, calendar);
            var last = Evaluate(anchor.Period.End, calendar);
            var summary = (
                $"Hạn: chưa xác định vì mốc chưa có ngày; sớm nhất {Wording.Day(first.Due)}, muộn nhất {Wording.Day(last.Due)}.",
                $"Due: pending until the anchor has a date; earliest {Wording.EnglishDay(first.Due)}, latest {Wording.EnglishDay(last.Due)}.");
            var computation = (
                $"Mốc chưa có ngày. Sớm nhất, nếu mốc là {Wording.Vi(anchor.Period.Start)}: {first.Computation} " +
                $"Muộn nhất, nếu mốc là {Wording.Vi(anchor.Period.End)}: {last.Computation}",
                $"The anchor has no date yet. Earliest, if it is {Wording.Iso(anchor.Period.Start)}: {first.EnglishComputation} " +
                $"Latest, if it is {Wording.Iso(anchor.Period.End)}: {last.EnglishComputation}");
            var explanation = new DeadlineExplanation(summary, rule, Phrase, AnchorWords(anchor), Convention, computation, [], []);
            return new Deadline(this, anchor, null, first.Due, last.Due, null, [], explanation);
        }

        var date = anchor.Date!.Value;
        var evaluation = Evaluate(date, calendar);
        var warnings = evaluation.Warnings;
        if (anchor.Planned is { } planned && !planned.Period.Contains(date))
        {
            warnings = [.. warnings, new DeadlineWarning(DeadlineWarningCodes.AnchorOutsidePlannedPeriod,
                $"{anchor.Name} {Wording.Day(date)} nằm ngoài thời gian dự kiến trong kế hoạch ({planned.Label}).",
                $"The {anchor.EnglishName} on {Wording.EnglishDay(date)} falls outside the period planned for it ({planned.EnglishLabel}).",
                date)];
        }

        return Fixed(anchor, evaluation, rule, AnchorWords(anchor), warnings);
    }

    /// <summary>Computes the deadline of a rule on dates the document fixes, which needs no anchor.</summary>
    /// <param name="calendar">The working calendar.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null, or the rule counts from an anchor (<see cref="UsesAnchor"/>).</exception>
    /// <exception cref="CalendarRangeException">A date is outside the calendar's range.</exception>
    /// <remarks>Same as <see cref="Compute(Anchor?, WorkingCalendar)"/> with no anchor: the dates are the document's own.</remarks>
    /// <example><code>DeadlineRule.Before(new LocalDate(2021, 11, 10)).Compute(WorkingCalendar.Default).Due; // 2021-11-09</code></example>
    public Deadline Compute(WorkingCalendar calendar) => Compute(null, calendar);

    /// <summary>Evaluates the rule at one anchor date (null for rules that use none).</summary>
    internal abstract Evaluation Evaluate(LocalDate? anchorDate, WorkingCalendar calendar);

    /// <summary>The due date alone, without building the explanation: what <see cref="Compute(Anchor?, WorkingCalendar)"/> gives as <see cref="Deadline.Due"/>.</summary>
    internal abstract LocalDate DueDate(LocalDate? anchorDate, WorkingCalendar calendar);

    /// <summary>The due date, or null while the anchor has no date; the cheap path for recomputing a plan's deadlines on every command.</summary>
    internal LocalDate? DueOnly(Anchor? anchor, WorkingCalendar calendar)
    {
        if (!UsesAnchor)
        {
            return DueDate(null, calendar);
        }

        return anchor is { IsPending: false, Date: { } date } ? DueDate(date, calendar) : null;
    }

    /// <summary>The rule in words, naming the anchor's event.</summary>
    internal abstract (string Vi, string En) Words(Anchor? anchor);

    private static (string Vi, string En) AnchorWords(Anchor? anchor)
    {
        if (anchor is null)
        {
            return ("không dùng mốc: ngày do văn bản ấn định.", "none: the document fixes the date.");
        }

        if (anchor.IsPending)
        {
            var (range, englishRange) = anchor.Kind == AnchorKind.Interval
                ? (string.Empty, string.Empty)
                : ($" ({Wording.Vi(anchor.Period.Start)}–{Wording.Vi(anchor.Period.End)})", $" ({Wording.Iso(anchor.Period.Start)} to {Wording.Iso(anchor.Period.End)})");
            return ($"{anchor.Name} – chưa có ngày, dự kiến {anchor.Label}{range}.",
                $"{anchor.EnglishName} – no date yet, planned for {anchor.EnglishLabel}{englishRange}.");
        }

        var planned = anchor.Planned is null ? (string.Empty, string.Empty) : ($" (kế hoạch dự kiến {anchor.Planned.Label})", $" (planned for {anchor.Planned.EnglishLabel})");
        return ($"{anchor.Name} – {anchor.Label}{planned.Item1}.", $"{anchor.EnglishName} – {anchor.EnglishLabel}{planned.Item2}.");
    }

    private Deadline Fixed(Anchor? anchor, Evaluation evaluation, (string Vi, string En) rule, (string Vi, string En) anchorWords,
        IReadOnlyList<DeadlineWarning> warnings)
    {
        var summary = evaluation.Opens is { } opens
            ? ($"Thời gian: từ {Wording.Day(opens)} đến hết ngày {Wording.Day(evaluation.Due)}.",
                $"Window: from {Wording.EnglishDay(opens)} to the end of {Wording.EnglishDay(evaluation.Due)}.")
            : ($"Hạn: hết ngày {Wording.Day(evaluation.Due)}.", $"Due: end of {Wording.EnglishDay(evaluation.Due)}.");
        var explanation = new DeadlineExplanation(summary, rule, Phrase, anchorWords, Convention,
            (evaluation.Computation, evaluation.EnglishComputation), evaluation.SkippedDays, warnings);
        return new Deadline(this, anchor, evaluation.Due, evaluation.Due, evaluation.Due, evaluation.Opens, warnings, explanation);
    }
}
