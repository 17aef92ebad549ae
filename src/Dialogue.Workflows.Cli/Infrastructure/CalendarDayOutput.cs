using Dialogue.Workflows.Calendar;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>How the commands show one <see cref="CalendarDay"/>, as a text line and as JSON.</summary>
internal static class CalendarDayOutput
{
    /// <summary>The explanation line of a day: <c>  02/09/2023 Quốc khánh (2/9) — National Day (2 September)</c>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The line, indented by two spaces.</returns>
    public static string Line(CalendarDay day) => $"  {DateText.Vietnamese(day.Date)} {day.Name} — {day.EnglishName}";

    /// <summary>
    /// The kind of a day in camel case: the <see cref="DayOffKind"/> of a day off ("compensatoryDay"),
    /// else the <see cref="CalendarDayKind"/> ("weeklyRest", "makeUpWorkingDay", "workingDay").
    /// </summary>
    /// <param name="day">The day.</param>
    /// <returns>The kind.</returns>
    public static string Kind(CalendarDay day) => day.DayOff is { } off ? JsonOutput.Kind(off.Kind) : JsonOutput.Kind(day.Kind);

    /// <summary>Whether the day's status is fixed by a published schedule (or the host), or projected from the rules.</summary>
    /// <param name="calendar">The calendar the day comes from.</param>
    /// <param name="day">The day.</param>
    /// <returns>True when official.</returns>
    public static bool IsOfficial(WorkingCalendar calendar, CalendarDay day) =>
        day.DayOff?.IsOfficial ?? day.MakeUpWorkingDay?.IsOfficial ?? calendar.IsOfficialYear(day.Date.Year);

    /// <summary>The status line of a day: official with its document, loaded from a file, or projected and why.</summary>
    /// <param name="calendar">The calendar the day comes from.</param>
    /// <param name="day">The day.</param>
    /// <returns>The line.</returns>
    public static string StatusLine(WorkingCalendar calendar, CalendarDay day)
    {
        var year = calendar.StatusOf(day.Date.Year);
        if (day.Origin == CalendarDayOrigin.Override)
        {
            return "Status: official (the host's decision)";
        }

        if (IsOfficial(calendar, day))
        {
            return year.Source == CalendarYearSource.Loaded
                ? $"Status: official ({day.Date.Year} loaded from {year.File}, {year.Document})"
                : $"Status: official ({day.Date.Year} follows {year.Document})";
        }

        return year.Source == CalendarYearSource.Projected
            ? $"Status: projected from the rules; {day.Date.Year} has no published schedule yet, so this may still move"
            : $"Status: projected from the rules; {year.Document} does not fix this day, so it may still move";
    }

    /// <summary>Writes a day as a JSON object: date, name, englishName, kind, workingDay, official, source, holiday.</summary>
    /// <param name="json">The output.</param>
    /// <param name="calendar">The calendar the day comes from.</param>
    /// <param name="day">The day.</param>
    public static void WriteJson(JsonOutput json, WorkingCalendar calendar, CalendarDay day)
    {
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteString("date", DateText.Iso(day.Date));
        writer.WriteString("name", day.Name);
        writer.WriteString("englishName", day.EnglishName);
        writer.WriteString("kind", Kind(day));
        writer.WriteBoolean("workingDay", day.IsWorkingDay);
        writer.WriteBoolean("official", IsOfficial(calendar, day));
        writer.WriteString("source", day.Source);
        writer.WriteString("holiday", (day.Holiday?.Kind ?? day.DayOff?.Holiday) is { } holiday ? JsonOutput.Kind(holiday) : null);
        writer.WriteEndObject();
    }
}
