using Dialogue.Workflows.Runtime;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace Dialogue.Workflows.Export;

/// <summary>
/// A plan's sessions and deadlines as an iCalendar (.ics) file, written with Ical.Net: one source compiled into the
/// tool (<c>export --format ics</c>) and the web endpoints, which both take Ical.Net and the core does not.
/// </summary>
/// <remarks>
/// <para>
/// Every timeline line with a date becomes an all-day event: a session on its day, a deadline on its
/// due day (the deadline is the end of that day in Vietnam), a window ("từ ngày … đến hết ngày …") from
/// the day it opens through its last day. A line still pending (its session known only as a period) is
/// a TENTATIVE event over the days it can take, so nothing of the plan is missing from the calendar;
/// a task without any deadline is left out. iCalendar ends all-day events exclusively, so an event
/// through 05/09 ends on 06/09.
/// </para>
/// <para>
/// Dates are civil dates in Vietnam; the calendar carries the Asia/Ho_Chi_Minh VTIMEZONE and names it
/// as the calendar's zone (X-WR-TIMEZONE), so clients that place all-day events in a zone use Vietnam's.
/// Each event's UID is the plan's id and the line's id, so importing a newer export updates the events.
/// </para>
/// </remarks>
internal static class IcsWriter
{
    /// <summary>The time zone of every plan date.</summary>
    public const string TimeZone = "Asia/Ho_Chi_Minh";

    /// <summary>Writes the calendar.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="timeline">Its timeline.</param>
    /// <param name="now">When the file is made (DTSTAMP).</param>
    /// <returns>The .ics text, lines ending in CRLF as RFC 5545 requires.</returns>
    public static string Write(PlanInstance plan, IReadOnlyList<TimelineEntry> timeline, Instant now)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Dialogue.Workflows//dialogue//VI" };
        calendar.AddTimeZone(TimeZone);
        calendar.AddProperty("X-WR-CALNAME", plan.DocumentNumber is { } number ? $"{plan.Definition.Title} ({number})" : plan.Definition.Title);
        calendar.AddProperty("X-WR-TIMEZONE", TimeZone);
        var stamp = new CalDateTime(now.ToDateTimeUtc(), "UTC", hasTime: true);
        foreach (var entry in timeline)
        {
            if (Span(entry) is not var (start, end, pending))
            {
                continue;
            }

            var session = entry.Kind == EntityKind.Session ? plan.Sessions.FirstOrDefault(s => s.Key == entry.Id) : null;
            var e = new CalendarEvent
            {
                Uid = $"{plan.Id}.{entry.Id}@dialogue-workflows",
                DtStamp = stamp,
                DtStart = new CalDateTime(start.Year, start.Month, start.Day),
                DtEnd = new CalDateTime(end.PlusDays(1).Year, end.PlusDays(1).Month, end.PlusDays(1).Day),
                Summary = Summary(entry, pending),
                Description = Description(plan, entry),
                Location = session?.Venue,
                Status = entry.Status is nameof(SessionStatus.Cancelled) ? "CANCELLED" : pending ? "TENTATIVE" : "CONFIRMED",
                Transparency = "TRANSPARENT",
            };
            e.Categories.Add(entry.Kind == EntityKind.Session ? "Buổi đối thoại" : "Hạn nhiệm vụ");
            calendar.Events.Add(e);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static (LocalDate Start, LocalDate End, bool Pending)? Span(TimelineEntry entry) => entry switch
    {
        { Due: { } due } => (entry.Opens ?? due, due, false),
        { DueEarliest: { } earliest, DueLatest: { } latest } => (earliest, latest, true),
        _ => null,
    };

    private static string Summary(TimelineEntry entry, bool pending)
    {
        var notes = new List<string>();
        if (pending)
        {
            notes.Add("dự kiến");
        }

        if (entry.Overdue)
        {
            notes.Add("quá hạn");
        }

        if (entry.Status is nameof(PlanTaskStatus.Done) or nameof(SessionStatus.Closed))
        {
            notes.Add("xong");
        }

        var prefix = entry.Kind == EntityKind.Session ? string.Empty : "Hạn: ";
        return notes.Count == 0 ? $"{prefix}{entry.Title}" : $"{prefix}{entry.Title} ({string.Join(", ", notes)})";
    }

    private static string Description(PlanInstance plan, TimelineEntry entry)
    {
        var lines = new List<string>
        {
            entry.EnglishTitle,
            $"Đơn vị / owner: {entry.Owner}",
            $"Trạng thái / status: {entry.Status}",
            $"Kế hoạch / plan: {plan.Id} ({plan.TypeKey})",
            $"Mục / step: {entry.Id}",
        };
        if (entry.Clause is { } clause)
        {
            lines.Add($"Căn cứ / clause: {clause}");
        }

        return string.Join("\n", lines);
    }
}
