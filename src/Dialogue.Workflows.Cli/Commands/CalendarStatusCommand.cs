using System.CommandLine;
using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Cli.Infrastructure;
using NodaTime;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue calendar status [--today DATE] [--json]</c>: each year's source (official, loaded, projected) and the warnings due.</summary>
internal static class CalendarStatusCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var today = CliOptions.Date("--today", "The day it is in Vietnam (default: $DIALOGUE_TODAY, else the system clock in Asia/Ho_Chi_Minh).");
        var json = CliArguments.Json();
        var command = new Command("status", "Lists each year's source — official (document), loaded from a file, projected — and warns when the coming year is still projected within 60 days of its start.")
        {
            today, json,
        };
        command.SetAction(result => Execute(io, CliCalendar.Build(result, io), Today(result.GetValue(today), io), result.GetValue(json)));
        return command;
    }

    private static LocalDate Today(LocalDate? given, CliIo io)
    {
        if (given is { } day)
        {
            return day;
        }

        return io.Environment("DIALOGUE_TODAY") is { Length: > 0 } text
            ? CliOptions.ParseEnvironmentDate("DIALOGUE_TODAY", text.Trim())
            : Runtime.VietnamTime.Today(SystemClock.Instance);
    }

    private static int Execute(CliIo io, WorkingCalendar calendar, LocalDate today, bool json)
    {
        var status = calendar.Status(today);
        if (json)
        {
            using var output = new JsonOutput(io.Out);
            var writer = output.Writer;
            writer.WriteStartObject();
            writer.WriteString("today", DateText.Iso(today));
            writer.WriteStartArray("years");
            foreach (var year in status.Years)
            {
                writer.WriteStartObject();
                writer.WriteNumber("year", year.Year);
                writer.WriteString("source", JsonOutput.Kind(year.Source));
                writer.WriteString("document", year.Document);
                writer.WriteString("file", year.File);
                writer.WriteStartArray("projectedHolidays");
                foreach (var kind in year.ProjectedHolidays)
                {
                    writer.WriteStringValue(JsonOutput.Kind(kind));
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            JsonOutput.Objects(writer, "warnings", status.Warnings, (w, warning) =>
            {
                w.WriteString("code", warning.Code);
                w.WriteNumber("year", warning.Year);
                w.WriteString("message", warning.Message);
                w.WriteString("englishMessage", warning.EnglishMessage);
            });
            writer.WriteEndObject();
            output.Complete();
            return ExitCodes.Success;
        }

        foreach (var year in status.Years)
        {
            var projected = year.Source == CalendarYearSource.Official && year.ProjectedHolidays.Count > 0
                ? $"; still projected: {string.Join(", ", year.ProjectedHolidays.Select(k => CliOptions.Kebab(k)))}"
                : string.Empty;
            io.Out.WriteLine($"{year.Year}  {year.EnglishDescription}{projected} — {year.Description}");
        }

        foreach (var warning in status.Warnings)
        {
            io.Out.WriteLine($"warning: {warning.EnglishMessage} ({warning.Message})");
        }

        return ExitCodes.Success;
    }
}
