namespace Dialogue.Workflows.Calendar;

/// <summary>
/// What the calendar does when Ngày Văn hóa Việt Nam (24 November) falls on a weekly rest day, as in
/// 2029 (Saturday) and 2030 (Sunday): a rule choice, because the sources do not settle it.
/// </summary>
/// <remarks>
/// The Labour Code's Art. 111(3) gives a compensatory day only for the holidays listed in Art. 112(1);
/// 24 November is granted by Nghị quyết 28/2026/QH16 outside that list, and no document found says
/// whether it is compensated. The default, <see cref="NoCompensatoryDay"/>, reads Art. 111(3) as written.
/// Either way a year whose 24 November falls on a rest day is reported as projected for that day until
/// an official schedule names it.
/// </remarks>
public enum CultureDayOnWeekend
{
    /// <summary>No compensatory day (the default): Art. 111(3) compensates only the Art. 112(1) holidays.</summary>
    NoCompensatoryDay = 1,

    /// <summary>A compensatory day on the next working day, as for the Labour Code's holidays.</summary>
    CompensatoryDay = 2,
}
