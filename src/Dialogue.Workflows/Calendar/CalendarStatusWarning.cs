namespace Dialogue.Workflows.Calendar;

/// <summary>Something about the calendar's sources a host should act on, such as a coming year still projected.</summary>
/// <param name="Code">A stable code, e.g. <c>calendar.coming-year-projected</c>.</param>
/// <param name="Year">The year it concerns.</param>
/// <param name="Message">The warning, in Vietnamese.</param>
/// <param name="EnglishMessage">The warning, in English.</param>
public sealed record CalendarStatusWarning(string Code, int Year, string Message, string EnglishMessage)
{
    /// <summary>The code of the warning that the coming year is still projected within <see cref="CalendarStatus.ComingYearWarningDays"/> days of its start.</summary>
    public const string ComingYearProjected = "calendar.coming-year-projected";
}
