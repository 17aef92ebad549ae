using Dialogue.Workflows.Export;
using Dialogue.Workflows.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>A year of the working calendar as an iCalendar feed a person can subscribe to: its days off and make-up working days.</summary>
/// <remarks>
/// Each day is an all-day event (ending, as iCalendar does, on the next day). A day off is TRANSPARENT-free time
/// marked "Nghỉ: …", a make-up working day "Làm bù: …"; a holiday that falls on a weekly rest day is listed too,
/// so the whole break shows. A projected day is TENTATIVE. UIDs are the date and the kind, so a newer feed updates
/// the same events when a schedule is published.
/// </remarks>
internal static class YearIcsWriter
{
    /// <summary>Writes the feed.</summary>
    /// <param name="calendar">The calendar the year comes from.</param>
    /// <param name="year">The year.</param>
    /// <param name="now">When the feed is made (DTSTAMP).</param>
    /// <returns>The .ics text, lines ending in CRLF.</returns>
    public static string Write(WorkingCalendar calendar, YearSchedule year, Instant now)
    {
        var feed = new Ical.Net.Calendar { ProductId = "-//Dialogue.Workflows//dialogue calendar//VI" };
        feed.AddTimeZone(IcsWriter.TimeZone);
        feed.AddProperty("X-WR-CALNAME", $"Lịch nghỉ {year.Year} (ngày nghỉ lễ, tết, làm bù)");
        feed.AddProperty("X-WR-TIMEZONE", IcsWriter.TimeZone);
        var stamp = new CalDateTime(now.ToDateTimeUtc(), "UTC", hasTime: true);
        var days = new List<(LocalDate Date, string Summary, string Description, bool Official, string Kind)>();
        foreach (var off in year.DaysOff)
        {
            days.Add((off.Date, $"Nghỉ: {off.Name}", $"{off.EnglishName}\nSource: {off.Source}", off.IsOfficial, "off"));
        }

        foreach (var holiday in year.Holidays.Where(h => !year.DaysOff.Any(d => d.Date == h.Date)))
        {
            var day = calendar.Describe(holiday.Date);
            days.Add((holiday.Date, $"Nghỉ: {day.Name}", $"{day.EnglishName}\nSource: {day.Source}", CalendarDayOutput.IsOfficial(calendar, day), "holiday"));
        }

        foreach (var makeUp in year.MakeUpWorkingDays)
        {
            days.Add((makeUp.Date, $"Làm bù: {makeUp.Name}", $"{makeUp.EnglishName}\nSource: {makeUp.Source}", makeUp.IsOfficial, "make-up"));
        }

        foreach (var (date, summary, description, official, kind) in days.OrderBy(d => d.Date))
        {
            var end = date.PlusDays(1);
            feed.Events.Add(new CalendarEvent
            {
                Uid = $"{DateText.Iso(date)}.{kind}@dialogue-workflows-calendar",
                DtStamp = stamp,
                DtStart = new CalDateTime(date.Year, date.Month, date.Day),
                DtEnd = new CalDateTime(end.Year, end.Month, end.Day),
                Summary = summary,
                Description = official ? description : $"{description}\nDự kiến (projected): may still move",
                Status = official ? "CONFIRMED" : "TENTATIVE",
                Transparency = "TRANSPARENT",
            });
        }

        return new CalendarSerializer().SerializeToString(feed) ?? string.Empty;
    }
}
