using System.CommandLine;
using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Cli.Infrastructure;
using NodaTime;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue workdays count &lt;from&gt; &lt;to&gt; [--json]</c>: the working days in an interval, both ends included.</summary>
internal static class WorkdaysCountCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var from = CliArguments.WorkingCalendarDate("from", "The first day, yyyy-MM-dd (included).");
        var to = CliArguments.WorkingCalendarDate("to", "The last day, yyyy-MM-dd (included).");
        var json = CliArguments.Json();
        var command = new Command("count", "Counts the working days from one date to another, both included.") { from, to, json };
        command.SetAction(result => Execute(io, CliCalendar.Build(result, io), result.GetValue(from), result.GetValue(to), result.GetValue(json)));
        return command;
    }

    private static int Execute(CliIo io, WorkingCalendar calendar, LocalDate from, LocalDate to, bool json)
    {
        if (to < from)
        {
            throw new CliUsageException($"'{DateText.Iso(to)}' is before '{DateText.Iso(from)}'; expected <from> on or before <to>");
        }

        var working = calendar.CountWorkingDays(from, to);
        var days = Period.DaysBetween(from, to) + 1;
        var nonWorking = calendar.NonWorkingDays(from, to);
        var daysOff = nonWorking.Where(d => d.DayOff is not null).ToList();
        var makeUps = MakeUpWorkingDays(calendar, from, to);
        if (json)
        {
            WriteJson(io.Out, calendar, (from, to), (working, days, nonWorking.Count - daysOff.Count), daysOff, makeUps);
            return ExitCodes.Success;
        }

        var output = io.Out;
        output.WriteLine(working);
        output.WriteLine($"{DateText.Long(from)} to {DateText.Long(to)}, both included: {Wording.Count(days, "day")}, " +
            $"{Wording.Count(working, "working day")}, {Wording.Count(nonWorking.Count - daysOff.Count, "weekly rest day")}, {Wording.Count(daysOff.Count, "day")} off.");
        if (daysOff.Count > 0)
        {
            output.WriteLine("Days off on weekdays:");
            foreach (var day in daysOff)
            {
                output.WriteLine(CalendarDayOutput.Line(day));
            }
        }

        if (makeUps.Count > 0)
        {
            output.WriteLine("Weekly rest days worked (làm bù):");
            foreach (var day in makeUps)
            {
                output.WriteLine(CalendarDayOutput.Line(day));
            }
        }

        return ExitCodes.Success;
    }

    private static List<CalendarDay> MakeUpWorkingDays(WorkingCalendar calendar, LocalDate from, LocalDate to)
    {
        var days = new List<CalendarDay>();
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            if (calendar.WeeklyRestDays.Contains(date.DayOfWeek) && calendar.IsWorkingDay(date))
            {
                days.Add(calendar.Describe(date));
            }
        }

        return days;
    }

    private static void WriteJson(TextWriter output, WorkingCalendar calendar, (LocalDate From, LocalDate To) interval,
        (int Working, int Days, int WeeklyRest) counts, List<CalendarDay> daysOff, List<CalendarDay> makeUps)
    {
        using var json = new JsonOutput(output);
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteString("from", DateText.Iso(interval.From));
        writer.WriteString("to", DateText.Iso(interval.To));
        writer.WriteNumber("workingDays", counts.Working);
        writer.WriteNumber("calendarDays", counts.Days);
        writer.WriteNumber("weeklyRestDays", counts.WeeklyRest);
        writer.WriteStartArray("daysOff");
        foreach (var day in daysOff)
        {
            CalendarDayOutput.WriteJson(json, calendar, day);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("makeUpWorkingDays");
        foreach (var day in makeUps)
        {
            CalendarDayOutput.WriteJson(json, calendar, day);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        json.Complete();
    }
}
