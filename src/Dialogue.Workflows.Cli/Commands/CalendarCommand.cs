using System.CommandLine;
using System.Text.Json;
using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Cli.Infrastructure;
using NodaTime;
using Spectre.Console;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary>
/// <c>dialogue calendar &lt;year&gt; [--json] [--format text|json|ics]</c>: a year's holidays, days off and make-up working days;
/// <c>dialogue calendar status</c>: each year's source.
/// </summary>
internal static class CalendarCommand
{
    /// <summary>What <c>--format</c> writes.</summary>
    internal enum CalendarFormat
    {
        /// <summary>Tables for a person (the default).</summary>
        Text = 1,

        /// <summary>The schedule file format (dialogue-workflows/calendar-year), which <c>--calendar</c> loads back.</summary>
        Json = 2,

        /// <summary>An iCalendar feed of the year's days off and make-up working days.</summary>
        Ics = 3,
    }

    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var year = CliArguments.WorkingCalendarYear("year", "The year, 1995 to 2199.");
        var json = CliArguments.Json();
        var format = CliOptions.Choice<CalendarFormat>("--format",
            "text: tables; json: the schedule file format, which --calendar loads back; ics: an iCalendar feed to subscribe to.");
        var command = new Command("calendar", "Shows a year's holidays, days off and make-up working days, official or projected; writes it as a schedule file or an iCalendar feed.")
        {
            year, json, format, CalendarStatusCommand.Create(io),
        };
        command.SetAction(result => Execute(io, CliCalendar.Build(result, io), result.GetValue(year), result.GetValue(json), result.GetValue(format)));
        return command;
    }

    private static int Execute(CliIo io, WorkingCalendar calendar, int year, bool json, CalendarFormat? format)
    {
        if (json && format is not null and not CalendarFormat.Text)
        {
            throw new CliUsageException("--json and --format cannot be combined; --format json writes the schedule file format, --json the listing as JSON");
        }

        var schedule = calendar.GetYear(year);
        switch (json ? (CalendarFormat?)null : format ?? CalendarFormat.Text)
        {
            case null:
                WriteJson(io.Out, schedule);
                break;
            case CalendarFormat.Json:
                io.Out.Write(ScheduleFile.Write(schedule));
                break;
            case CalendarFormat.Ics:
                io.Out.Write(YearIcsWriter.Write(calendar, schedule, NodaTime.SystemClock.Instance.GetCurrentInstant()));
                break;
            default:
                WriteTables(io, calendar, schedule);
                break;
        }

        return ExitCodes.Success;
    }

    private static void WriteJson(TextWriter output, YearSchedule schedule)
    {
        using var json = new JsonOutput(output);
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteNumber("year", schedule.Year);
        writer.WriteBoolean("official", schedule.IsOfficial);
        writer.WriteString("status", JsonOutput.Kind(schedule.Status.Source));
        writer.WriteString("source", schedule.Source);
        writer.WriteString("file", schedule.Status.File);
        writer.WriteStartArray("projectedHolidays");
        foreach (var kind in schedule.Status.ProjectedHolidays)
        {
            writer.WriteStringValue(JsonOutput.Kind(kind));
        }

        writer.WriteEndArray();
        writer.WriteNumber("workingDays", schedule.WorkingDayCount);

        JsonOutput.Objects(writer, "holidays", schedule.Holidays, (w, holiday) =>
        {
            w.WriteString("date", DateText.Iso(holiday.Date));
            w.WriteString("name", holiday.Name);
            w.WriteString("englishName", holiday.EnglishName);
            w.WriteString("holiday", JsonOutput.Kind(holiday.Kind));
        });
        JsonOutput.Objects(writer, "daysOff", schedule.DaysOff, (w, day) =>
        {
            w.WriteString("date", DateText.Iso(day.Date));
            w.WriteString("name", day.Name);
            w.WriteString("englishName", day.EnglishName);
            w.WriteString("kind", JsonOutput.Kind(day.Kind));
            w.WriteBoolean("official", day.IsOfficial);
            w.WriteString("source", day.Source);
        });
        JsonOutput.Objects(writer, "makeUpWorkingDays", schedule.MakeUpWorkingDays, (w, day) =>
        {
            w.WriteString("date", DateText.Iso(day.Date));
            w.WriteString("name", day.Name);
            w.WriteString("englishName", day.EnglishName);
            w.WriteBoolean("official", day.IsOfficial);
            w.WriteString("source", day.Source);
        });
        writer.WriteEndObject();
        json.Complete();
    }

    private static void WriteTables(CliIo io, WorkingCalendar calendar, YearSchedule schedule)
    {
        // The header is written directly so that it stays one line whatever the terminal's width.
        var status = schedule.Status;
        io.Out.WriteLine(status.Source switch
        {
            CalendarYearSource.Loaded => $"{schedule.Year}: loaded from {status.File}, {schedule.Source}; {schedule.WorkingDayCount} working days",
            CalendarYearSource.Official when status.ProjectedHolidays.Count > 0 =>
                $"{schedule.Year}: official schedule, {schedule.Source}, for {string.Join(", ", Holidays(schedule, fixedOnly: true))}; " +
                $"projected from the rules (not fixed by it yet): {string.Join(", ", Holidays(schedule, fixedOnly: false))}; {schedule.WorkingDayCount} working days",
            CalendarYearSource.Official => $"{schedule.Year}: official schedule, {schedule.Source}; {schedule.WorkingDayCount} working days",
            _ => $"{schedule.Year}: projected from the rules (no published schedule; dates may still move); {schedule.WorkingDayCount} working days",
        });

        var console = io.CreateAnsiConsole();
        var table = new Table { Title = new TableTitle($"Holidays and days off {schedule.Year} (ngày nghỉ lễ, tết)") };
        table.AddColumns("Date", "Day (ngày)", "Kind", "Status", "Source");
        foreach (var (start, end) in Periods(calendar, schedule))
        {
            var days = Period.DaysBetween(start, end) + 1;
            table.AddRow(new Text($"{DateText.Vietnamese(start)} – {DateText.Vietnamese(end)}"),
                new Markup($"[bold]{Markup.Escape(PeriodName(calendar, start, end))}[/], {Wording.Count(days, "day")}"),
                Text.Empty, Text.Empty, Text.Empty);
            for (var date = start; date <= end; date = date.PlusDays(1))
            {
                var day = calendar.Describe(date);
                table.AddRow(
                    new Text($"  {DateText.VietnameseWeekday(date)} {DateText.Vietnamese(date)}"),
                    new Text(day.Name),
                    new Text(CalendarDayOutput.Kind(day)),
                    new Text(Status(calendar, day)),
                    new Text(day.Source ?? string.Empty));
            }
        }

        console.Write(table);
        if (schedule.MakeUpWorkingDays.Count == 0)
        {
            io.Out.WriteLine("No make-up working Saturdays (không có ngày làm bù).");
            return;
        }

        var makeUps = new Table { Title = new TableTitle($"Make-up working days {schedule.Year} (ngày làm bù)") };
        makeUps.AddColumns("Date", "Day (ngày)", "Status", "Source");
        foreach (var day in schedule.MakeUpWorkingDays)
        {
            makeUps.AddRow(
                new Text($"{DateText.VietnameseWeekday(day.Date)} {DateText.Vietnamese(day.Date)}"),
                new Text(day.Name),
                new Text(day.IsOfficial ? "official" : "projected"),
                new Text(day.Source));
        }

        console.Write(makeUps);
    }

    /// <summary>The year's holidays the schedule fixes, or those it leaves projected, by their Vietnamese name.</summary>
    private static IEnumerable<string> Holidays(YearSchedule schedule, bool fixedOnly) =>
        schedule.Holidays.Select(h => h.Kind).Distinct()
            .Where(kind => schedule.Status.ProjectedHolidays.Contains(kind) != fixedOnly)
            .Select(kind => HolidayName(schedule.Holidays.First(h => h.Kind == kind).Name));

    private static string HolidayName(string name)
    {
        var cut = name.IndexOf(" (", StringComparison.Ordinal);
        return cut > 0 ? name[..cut] : name;
    }

    /// <summary>Each holiday or day off with the non-working days around it, so a break reads as one period.</summary>
    /// <remarks>Periods are cut at the year's ends, like the year's lists.</remarks>
    private static List<(LocalDate Start, LocalDate End)> Periods(WorkingCalendar calendar, YearSchedule schedule)
    {
        var first = new LocalDate(schedule.Year, 1, 1);
        var last = new LocalDate(schedule.Year, 12, 31);
        var marked = schedule.Holidays.Select(h => h.Date).Concat(schedule.DaysOff.Select(d => d.Date)).Distinct().Order();
        var periods = new List<(LocalDate Start, LocalDate End)>();
        foreach (var date in marked)
        {
            if (periods.Count > 0 && date <= periods[^1].End)
            {
                continue;
            }

            var start = date;
            while (start > first && !calendar.IsWorkingDay(start.PlusDays(-1)))
            {
                start = start.PlusDays(-1);
            }

            var end = date;
            while (end < last && !calendar.IsWorkingDay(end.PlusDays(1)))
            {
                end = end.PlusDays(1);
            }

            periods.Add((start, end));
        }

        return periods;
    }

    private static string PeriodName(WorkingCalendar calendar, LocalDate start, LocalDate end)
    {
        // "Tết Nguyên đán (mùng 1 tháng Giêng)" → "Tết Nguyên đán": the period row names the holiday, the day rows the details.
        var names = new List<string>();
        for (var date = start; date <= end; date = date.PlusDays(1))
        {
            var day = calendar.Describe(date);
            var name = day.Holiday?.Name ?? (day.DayOff?.Kind == DayOffKind.SwappedDayOff ? "Nghỉ hoán đổi" : null);
            if (name is not null)
            {
                var cut = name.IndexOf(" (", StringComparison.Ordinal);
                name = cut > 0 ? name[..cut] : name;
                if (!names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }

        return names.Count > 0 ? string.Join(", ", names) : "Ngày nghỉ";
    }

    // A weekly rest day has no status of its own unless a holiday falls on it.
    private static string Status(WorkingCalendar calendar, CalendarDay day) =>
        day.Kind == CalendarDayKind.WeeklyRest && day.Holiday is null ? string.Empty
        : CalendarDayOutput.IsOfficial(calendar, day) ? "official" : "projected";
}
