using NodaTime;

namespace Dialogue.Workflows.Deadlines;

/// <summary>
/// A deadline computed from a <see cref="DeadlineRule"/> and an <see cref="Anchor"/>: the due day (or,
/// while the anchor is only a period, the earliest and latest days it can take), the opening day of
/// a window, lint warnings, and the explanation.
/// </summary>
/// <remarks>
/// <para>
/// A deadline is the <em>end</em> of its due day — 24:00 in Vietnam (UTC+7), as Civil Code Art. 148(6)
/// ends a period — so work done any time on <see cref="Due"/> is on time. A window is inclusive at both
/// ends: it opens at the start of <see cref="Opens"/> and closes at the end of <see cref="Due"/>.
/// </para>
/// <para>
/// A deadline is a snapshot: it does not change when the anchor does. When the session gets its date
/// (or is postponed), compute the rule again with the new anchor.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var session = Anchor.On(new LocalDate(2023, 9, 15), "ngày tổ chức đối thoại");
/// var summary = DeadlineRule.CalendarDaysBefore(10).Compute(session, WorkingCalendar.Default);
/// summary.Due;   // 2023-09-05
/// </code>
/// </example>
public sealed class Deadline
{
    internal Deadline(DeadlineRule rule, Anchor? anchor, LocalDate? due, LocalDate earliest, LocalDate latest, LocalDate? opens,
        IReadOnlyList<DeadlineWarning> warnings, DeadlineExplanation explanation)
    {
        Rule = rule;
        Anchor = anchor;
        Due = due;
        Earliest = earliest;
        Latest = latest;
        Opens = opens;
        Warnings = warnings;
        Explanation = explanation;
    }

    /// <summary>The rule the deadline was computed from.</summary>
    public DeadlineRule Rule { get; }

    /// <summary>The anchor it was computed from; null for a rule on absolute dates computed without one.</summary>
    public Anchor? Anchor { get; }

    /// <summary>The due day (the deadline is the end of it), or null while the deadline is pending.</summary>
    public LocalDate? Due { get; }

    /// <summary>The earliest day the deadline can fall on: <see cref="Due"/> once fixed; for a pending one, the rule at the period's first day.</summary>
    public LocalDate Earliest { get; }

    /// <summary>The latest day the deadline can fall on: <see cref="Due"/> once fixed; for a pending one, the rule at the period's last day.</summary>
    public LocalDate Latest { get; }

    /// <summary>The first day of a window ("từ ngày …"), included; null for a deadline that is not a window.</summary>
    public LocalDate? Opens { get; }

    /// <summary>True while the anchor is known only as a period, so <see cref="Due"/> is null.</summary>
    public bool IsPending => Due is null;

    /// <summary>True for a window of dates (<see cref="Opens"/> to <see cref="Due"/>).</summary>
    public bool IsWindow => Opens is not null;

    /// <summary>Lint findings: days off where the document fixed a date, an anchor outside its planned period. Empty when all is well.</summary>
    public IReadOnlyList<DeadlineWarning> Warnings { get; }

    /// <summary>Why the deadline falls where it does, in Vietnamese and English.</summary>
    public DeadlineExplanation Explanation { get; }

    /// <summary>The one-line Vietnamese summary.</summary>
    /// <returns><see cref="DeadlineExplanation.Summary"/>.</returns>
    public override string ToString() => Explanation.Summary;
}
