using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Cli.Infrastructure;
using NodaTime;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue lunar &lt;yyyy-MM-dd&gt;... | -</c>: solar dates to Vietnamese lunar dates, one line each.</summary>
/// <remarks>
/// Built for bulk use (<c>dialogue lunar - &lt; dates.txt</c>): lines are read as spans, each output
/// line is formatted into a stack buffer and written to the one buffered writer, and Spectre is
/// never involved. Every date is read and checked before anything is written, so a bad line leaves
/// standard output empty rather than cut off halfway.
/// </remarks>
internal static class LunarCommand
{
    private const string Leap = " nhuận";
    private static readonly JsonEncodedText DateName = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText LunarYearName = JsonEncodedText.Encode("lunarYear");
    private static readonly JsonEncodedText LunarMonthName = JsonEncodedText.Encode("lunarMonth");
    private static readonly JsonEncodedText LunarDayName = JsonEncodedText.Encode("lunarDay");
    private static readonly JsonEncodedText LeapMonthName = JsonEncodedText.Encode("leapMonth");
    private static readonly JsonEncodedText YearNameName = JsonEncodedText.Encode("yearName");

    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var dates = new Argument<string[]>("dates")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Solar dates, yyyy-MM-dd (1900-01-01 to 2199-12-31), or - to read one date a line from standard input.",
        };
        var json = CliArguments.Json();
        var command = new Command("lunar", "Converts solar dates to Vietnamese lunar dates: '2024-02-10 1/1/2024 Giáp Thìn'.") { dates, json };
        command.SetAction(result => Execute(io, result.GetRequiredValue(dates), result.GetValue(json)));
        return command;
    }

    /// <summary>Writes one lunar date as a JSON object: date, lunarYear, lunarMonth, lunarDay, leapMonth, yearName.</summary>
    /// <param name="json">The output.</param>
    /// <param name="solar">The solar date.</param>
    /// <param name="lunar">Its lunar date.</param>
    public static void WriteJsonObject(JsonOutput json, LocalDate solar, LunarDate lunar)
    {
        var writer = json.Writer;
        writer.WriteStartObject();
        json.WriteDate(DateName, solar);
        writer.WriteNumber(LunarYearName, lunar.Year);
        writer.WriteNumber(LunarMonthName, lunar.Month);
        writer.WriteNumber(LunarDayName, lunar.Day);
        writer.WriteBoolean(LeapMonthName, lunar.IsLeapMonth);
        writer.WriteString(YearNameName, lunar.YearName);
        writer.WriteEndObject();
    }

    private static int Execute(CliIo io, string[] arguments, bool json)
    {
        var dates = arguments is ["-"] ? ReadLines(io.In) : ReadArguments(arguments);
        if (json)
        {
            WriteJson(io.Out, dates);
        }
        else
        {
            WriteText(io.Out, dates);
        }

        return ExitCodes.Success;
    }

    private static List<LocalDate> ReadArguments(string[] arguments)
    {
        var dates = new List<LocalDate>(arguments.Length);
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] == "-")
            {
                throw new CliUsageException("'-' reads the dates from standard input and must be the only argument; expected 'dialogue lunar -' or 'dialogue lunar <yyyy-MM-dd>...'");
            }

            dates.Add(Check(arguments[i], $"argument {i + 1}"));
        }

        return dates;
    }

    private static List<LocalDate> ReadLines(TextReader input)
    {
        var dates = new List<LocalDate>();
        var lines = new LineReader(input);
        while (lines.TryReadLine(out var line))
        {
            var text = line.Trim();
            if (!text.IsEmpty)
            {
                // Only a bad line builds a string: the label is needed for its message alone.
                dates.Add(DateText.TryParseIso(text, out var date) && InRange(date) ? date : Check(text, $"line {lines.LineNumber}"));
            }
        }

        return dates;
    }

    private static bool InRange(LocalDate date) => date >= VietnameseLunarCalendar.MinDate && date <= VietnameseLunarCalendar.MaxDate;

    private static LocalDate Check(ReadOnlySpan<char> text, string where) =>
        CliArguments.TryDate(text, out var date, out var problem, VietnameseLunarCalendar.MinDate, VietnameseLunarCalendar.MaxDate, "lunar calendar")
            ? date
            : throw new CliUsageException($"{where}: {problem}");

    private static void WriteText(TextWriter output, List<LocalDate> dates)
    {
        // "2024-02-10 1/1/2024 Giáp Thìn" or "2020-05-23 1/4/2020 nhuận Canh Tý"; the year name is a cached string.
        Span<char> line = stackalloc char[DateText.IsoLength + 1 + 2 + 1 + 2 + 1 + 4 + Leap.Length + 1];
        foreach (var date in dates)
        {
            var lunar = VietnameseLunarCalendar.FromSolar(date);
            DateText.FormatIso(date, line);
            var length = DateText.IsoLength;
            line[length++] = ' ';
            length += Number(lunar.Day, line[length..]);
            line[length++] = '/';
            length += Number(lunar.Month, line[length..]);
            line[length++] = '/';
            length += Number(lunar.Year, line[length..]);
            if (lunar.IsLeapMonth)
            {
                Leap.AsSpan().CopyTo(line[length..]);
                length += Leap.Length;
            }

            line[length++] = ' ';
            output.Write(line[..length]);
            output.WriteLine(lunar.YearName);
        }
    }

    private static int Number(int value, Span<char> destination)
    {
        value.TryFormat(destination, out var written, default, CultureInfo.InvariantCulture);
        return written;
    }

    private static void WriteJson(TextWriter output, List<LocalDate> dates)
    {
        // Compact: a hundred thousand indented objects would be mostly whitespace.
        using var json = new JsonOutput(output, indented: false);
        json.Writer.WriteStartObject();
        json.Writer.WriteStartArray("dates");
        foreach (var date in dates)
        {
            WriteJsonObject(json, date, VietnameseLunarCalendar.FromSolar(date));
            json.DrainIfLarge();
        }

        json.Writer.WriteEndArray();
        json.Writer.WriteEndObject();
        json.Complete();
    }
}
