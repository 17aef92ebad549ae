using System.CommandLine;
using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Cli.Infrastructure;
using NodaTime;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue workdays is &lt;date&gt; [--json]</c>: whether a date is a working day, and why.</summary>
internal static class WorkdaysIsCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var date = CliArguments.WorkingCalendarDate("date", "The date, yyyy-MM-dd.");
        var json = CliArguments.Json();
        var command = new Command("is", "Tells whether a date is a working day ('yes' or 'no') and why.") { date, json };
        command.SetAction(result => Execute(io, CliCalendar.Build(result, io), result.GetValue(date), result.GetValue(json)));
        return command;
    }

    private static int Execute(CliIo io, WorkingCalendar calendar, LocalDate date, bool json)
    {
        var day = calendar.Describe(date);
        if (json)
        {
            using var output = new JsonOutput(io.Out);
            CalendarDayOutput.WriteJson(output, calendar, day);
            output.Complete();
            return ExitCodes.Success;
        }

        io.Out.WriteLine(day.IsWorkingDay ? "yes" : "no");
        io.Out.WriteLine($"{DateText.Long(date)}: {day.Name} — {day.EnglishName}");
        if (day.Source is { } source)
        {
            io.Out.WriteLine($"Source: {source}");
        }

        io.Out.WriteLine(CalendarDayOutput.StatusLine(calendar, day));
        return ExitCodes.Success;
    }
}
