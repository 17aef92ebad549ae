using System.Globalization;
using Dialogue.Workflows.Deadlines;

namespace Dialogue.Workflows.Plans;

/// <summary>
/// A plan's year from its parameters: the year given, or, when none is given, the year its sessions fall in.
/// </summary>
/// <remarks>
/// Every plan type of the library takes its year this way, so a plan given only "session=2027-03-10" is a 2027
/// plan rather than one of the document's year. A year that disagrees with a session is refused naming both,
/// rather than one being silently preferred; so are sessions that fall in different years.
/// </remarks>
/// <example>
/// <code>
/// var sessions = parameters.Anchors("session", "ngày tổ chức đối thoại", "day of the session");
/// int year = PlanYear.Resolve(parameters, "year", "session", sessions);
/// </code>
/// </example>
public static class PlanYear
{
    /// <summary>The plan's year: the <paramref name="yearKey"/> parameter when given, otherwise the sessions' year.</summary>
    /// <param name="parameters">The bound parameters.</param>
    /// <param name="yearKey">The year parameter's key (it should have no default, so an absent year can be told apart).</param>
    /// <param name="sessionKey">The session parameter's key, named in errors.</param>
    /// <param name="sessions">The sessions' dates or periods; at least one.</param>
    /// <returns>The year.</returns>
    /// <exception cref="InvalidPlanParameterException">
    /// A session's period spans two years, the sessions fall in different years, or the year given is not theirs.
    /// </exception>
    public static int Resolve(PlanParameters parameters, string yearKey, string sessionKey, IReadOnlyList<Anchor> sessions)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(sessions);
        var given = parameters.OptionalText(yearKey) is null ? (int?)null : parameters.Integer(yearKey);
        var texts = parameters.Texts(sessionKey);
        int? found = null;
        for (var i = 0; i < sessions.Count; i++)
        {
            var period = sessions[i].Period;
            var text = i < texts.Count ? texts[i] : sessions[i].Label;
            if (period.Start.Year != period.End.Year)
            {
                throw new InvalidPlanParameterException(parameters.TypeKey, sessionKey, text, "a date or period within one year");
            }

            var year = period.Start.Year;
            if (given is { } g && g != year)
            {
                throw new InvalidPlanParameterException(parameters.TypeKey, yearKey, g.ToString(CultureInfo.InvariantCulture),
                    $"the year of the sessions: {sessionKey} '{text}' is in {year}, the year given is {g} " +
                    $"(buổi '{text}' thuộc năm {year}, năm kế hoạch ghi {g})");
            }

            if (found is { } f && f != year)
            {
                throw new InvalidPlanParameterException(parameters.TypeKey, sessionKey, text,
                    $"sessions of one year: '{texts[0]}' is in {f}, '{text}' in {year} (các buổi phải cùng một năm)");
            }

            found = year;
        }

        return given ?? found ?? throw new InvalidPlanParameterException(parameters.TypeKey, yearKey, null, "a year, or at least one session to take it from");
    }
}
