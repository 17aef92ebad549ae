namespace Dialogue.Workflows.Deadlines;

/// <summary>The stable codes of <see cref="DeadlineWarning"/>s, for hosts that filter, count or translate them.</summary>
/// <remarks>Codes never change once published; the wording of the messages may.</remarks>
public static class DeadlineWarningCodes
{
    /// <summary>
    /// <c>deadline.on-day-off</c>: a date fixed by the document ("chậm nhất ngày …") is not a working
    /// day. It is kept as written; the office may be closed that day.
    /// </summary>
    public const string DeadlineOnDayOff = "deadline.on-day-off";

    /// <summary><c>window.ends-on-day-off</c>: the last day of a window ("đến hết ngày …") is not a working day.</summary>
    public const string WindowEndsOnDayOff = "window.ends-on-day-off";

    /// <summary><c>window.opens-on-day-off</c>: the first day of a window ("từ ngày …") is not a working day.</summary>
    public const string WindowOpensOnDayOff = "window.opens-on-day-off";

    /// <summary>
    /// <c>anchor.outside-planned-period</c>: the anchor's date falls outside the period the plan gave
    /// it ("Quý III/2023"), e.g. after a postponement.
    /// </summary>
    public const string AnchorOutsidePlannedPeriod = "anchor.outside-planned-period";
}
