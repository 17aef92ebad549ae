namespace Dialogue.Workflows.Deadlines;

/// <summary>
/// How "at least N working days before" ("trước … ít nhất 07 ngày làm việc") is counted: the
/// phrase does not say whether the notice day and the anchor day count, and the Civil Code has no
/// rule for periods counted backwards.
/// </summary>
/// <remarks>
/// The two readings differ by at most one working day, and only when the anchor is itself a working
/// day; for an anchor on a day off they agree. The default (the zero value) is
/// <see cref="ExcludeBothEnds"/>, the reading that can never be late under either interpretation.
/// </remarks>
/// <example>
/// <code>
/// DeadlineRule.WorkingDaysBefore(7);                                              // ExcludeBothEnds
/// DeadlineRule.WorkingDaysBefore(7, WorkingDaysBeforeConvention.CountAnchorDay);  // Civil Code Art. 147 style
/// </code>
/// </example>
public enum WorkingDaysBeforeConvention
{
    /// <summary>
    /// Neither the notice day nor the anchor day counts: N whole working days lie strictly between
    /// them. The due day is the (N+1)-th working day before the anchor. The default, because it is
    /// never later than the other reading.
    /// </summary>
    ExcludeBothEnds = 0,

    /// <summary>
    /// Civil Code Art. 147 style: the notice day is not counted, the count starts the next day and
    /// reaches the anchor day, which counts if it is a working day. The due day is the N-th working day
    /// before the anchor, or the (N+1)-th when the anchor is not a working day.
    /// </summary>
    CountAnchorDay = 1,
}
