using System.CommandLine;
using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Cli.Infrastructure;
using NodaTime;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue workdays add &lt;date&gt; &lt;n&gt; [--json]</c>: the working day n working days after (or before) a date, and why.</summary>
internal static class WorkdaysAddCommand
{
    // Beyond this many, the text lists the first and last counted days only; JSON always lists them all.
    private const int CountedDaysListed = 20;

    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var date = CliArguments.WorkingCalendarDate("date", "The date counted from, yyyy-MM-dd; it is not counted itself.");
        var count = CliArguments.Integer("n", "Working days to add; negative counts backward (e.g. -3).");
        var json = CliArguments.Json();
        var command = new Command("add", "Adds n working days to a date (negative n counts backward) and shows the days skipped.") { date, count, json };
        command.SetAction(result => Execute(io, CliCalendar.Build(result, io), result.GetValue(date), result.GetValue(count), result.GetValue(json)));
        return command;
    }

    private static int Execute(CliIo io, WorkingCalendar calendar, LocalDate date, int n, bool json)
    {
        LocalDate result;
        try
        {
            result = calendar.AddWorkingDays(date, n);
        }
        catch (CalendarRangeException)
        {
            throw new CliUsageException(
                $"moving {n} working days from {DateText.Iso(date)} leaves the working calendar; " +
                $"expected a result from {DateText.Iso(WorkingCalendar.MinDate)} to {DateText.Iso(WorkingCalendar.MaxDate)}");
        }

        // The days strictly between the date and the result: the date itself is never counted (Civil Code Art. 147).
        var (low, high) = n >= 0 ? (date.PlusDays(1), result.PlusDays(-1)) : (result.PlusDays(1), date.PlusDays(-1));
        var skipped = low <= high ? calendar.NonWorkingDays(low, high) : [];
        var counted = Counted(calendar, date, result, n);
        if (json)
        {
            WriteJson(io.Out, calendar, date, n, result, skipped, counted);
        }
        else
        {
            WriteText(io.Out, date, n, result, skipped, counted);
        }

        return ExitCodes.Success;
    }

    private static List<LocalDate> Counted(WorkingCalendar calendar, LocalDate date, LocalDate result, int n)
    {
        var counted = new List<LocalDate>(Math.Abs(n));
        var step = Math.Sign(n);
        for (var day = date; day != result;)
        {
            day = day.PlusDays(step);
            if (calendar.IsWorkingDay(day))
            {
                counted.Add(day);
            }
        }

        // Listed in date order, like the skipped days, whichever way the count went.
        counted.Sort();
        return counted;
    }

    private static void WriteText(TextWriter output, LocalDate date, int n, LocalDate result, IReadOnlyList<CalendarDay> skipped, List<LocalDate> counted)
    {
        output.WriteLine(DateText.Iso(result));
        if (n == 0)
        {
            output.WriteLine($"0 working days from {DateText.Long(date)}: the date is returned unchanged.");
            return;
        }

        var direction = n > 0 ? "after" : "before";
        output.WriteLine($"{DateText.Long(result)} is {Wording.Count(Math.Abs(n), "working day")} {direction} {DateText.Long(date)}; the start date itself is not counted.");
        output.WriteLine(skipped.Count == 0 ? "Skipped: none." : $"Skipped {Wording.Count(skipped.Count, "non-working day")}:");
        foreach (var day in skipped)
        {
            output.WriteLine(CalendarDayOutput.Line(day));
        }

        var listed = counted.Count <= CountedDaysListed
            ? string.Join(", ", counted.Select(DateText.Vietnamese))
            : $"{string.Join(", ", counted.Take(5).Select(DateText.Vietnamese))}, …, {string.Join(", ", counted.TakeLast(5).Select(DateText.Vietnamese))}";
        output.WriteLine($"Counted {Wording.Count(counted.Count, "working day")}: {listed}");
    }

    private static void WriteJson(TextWriter output, WorkingCalendar calendar, LocalDate date, int n, LocalDate result, IReadOnlyList<CalendarDay> skipped, List<LocalDate> counted)
    {
        using var json = new JsonOutput(output);
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteString("from", DateText.Iso(date));
        writer.WriteNumber("workingDays", n);
        writer.WriteString("result", DateText.Iso(result));
        writer.WriteStartArray("skipped");
        foreach (var day in skipped)
        {
            CalendarDayOutput.WriteJson(json, calendar, day);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("counted");
        foreach (var day in counted)
        {
            json.WriteDateValue(day);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        json.Complete();
    }
}
