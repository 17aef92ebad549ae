namespace Dialogue.Workflows.Deadlines;

/// <summary>
/// How a deadline was counted, as reported in its <see cref="DeadlineExplanation"/>: which days were
/// counted, and what happens when the result is not a working day.
/// </summary>
/// <remarks>
/// Forward periods follow the Civil Code 2015 (Arts. 147–148). The Code has no rule for periods
/// counted backwards, so the backward conventions are the library's, chosen so that a deadline
/// counted backwards is never later than any reasonable reading of the document.
/// </remarks>
/// <example><code>if (deadline.Explanation.Convention == CountingConvention.WorkingDaysBeforeExcludingBothEnds) { … }</code></example>
public enum CountingConvention
{
    /// <summary>A date fixed by the document, kept as written (a warning is raised if it is not a working day).</summary>
    AsWritten = 1,

    /// <summary>"Before date X": X is excluded, the due day is the last working day before it.</summary>
    LastWorkingDayBeforeDate = 2,

    /// <summary>N calendar days before the anchor; a day off moves the due day back to the previous working day.</summary>
    CalendarDaysBeforeMovedBack = 3,

    /// <summary>N working days before the anchor, neither the due day nor the anchor day counted (<see cref="WorkingDaysBeforeConvention.ExcludeBothEnds"/>).</summary>
    WorkingDaysBeforeExcludingBothEnds = 4,

    /// <summary>N working days before the anchor, the due day not counted, the anchor day counted (<see cref="WorkingDaysBeforeConvention.CountAnchorDay"/>).</summary>
    WorkingDaysBeforeCountingAnchorDay = 5,

    /// <summary>N calendar days after the anchor, Civil Code Arts. 147–148: anchor day excluded, a last day off moves to the next working day.</summary>
    CalendarDaysAfterCivilCode = 6,

    /// <summary>N working days after the anchor, Civil Code Art. 147: anchor day excluded, only working days counted.</summary>
    WorkingDaysAfterCivilCode = 7,
}
