using System.CommandLine;
using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Cli.Infrastructure;
using NodaTime;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue solar &lt;d/m/yyyy&gt; [--leap] [--json]</c>: a Vietnamese lunar date to its solar date.</summary>
internal static class SolarCommand
{
    private const string Form = "d/m/yyyy";

    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var date = new Argument<LunarDate>("lunar-date")
        {
            Description = $"The lunar date, {Form} (e.g. 1/1/2024 for Tết Giáp Thìn).",
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (TryParse(text, out var lunar, out var problem))
                {
                    return lunar;
                }

                result.AddError(problem);
                return default;
            },
        };
        var leap = new Option<bool>("--leap") { Description = "The date is in the year's leap month (tháng nhuận)." };
        var json = CliArguments.Json();
        var command = new Command("solar", "Converts a Vietnamese lunar date to the solar date yyyy-MM-dd.") { date, leap, json };
        command.SetAction(result => Execute(io, result.GetValue(date), result.GetValue(leap), result.GetValue(json)));
        return command;
    }

    private static bool TryParse(string text, out LunarDate date, out string problem)
    {
        date = default;
        problem = Problem(text);
        if (problem.Length > 0)
        {
            return false;
        }

        DateText.TryParseDayMonthYear(text, out var year, out var month, out var day);
        date = new LunarDate(year, month, day);
        return true;
    }

    // The ranges every lunar year allows; whether the day exists in that month is the calendar's to say.
    private static string Problem(string text)
    {
        var (minYear, maxYear) = (VietnameseLunarCalendar.MinLunarYear, VietnameseLunarCalendar.MaxLunarYear);
        if (!DateText.TryParseDayMonthYear(text, out var year, out var month, out var day))
        {
            return $"'{text}' is not a lunar date; expected {Form}, e.g. 1/1/2024";
        }

        if (day is < 1 or > 30)
        {
            return $"'{text}' has day {day}; expected {Form} with a day from 1 to 30";
        }

        if (month is < 1 or > 12)
        {
            return $"'{text}' has month {month}; expected {Form} with a month from 1 to 12";
        }

        return year < minYear || year > maxYear
            ? $"'{text}' has year {year}; expected {Form} with a lunar year from {minYear} to {maxYear}"
            : string.Empty;
    }

    private static int Execute(CliIo io, LunarDate parsed, bool leap, bool json)
    {
        var lunar = new LunarDate(parsed.Year, parsed.Month, parsed.Day, leap);
        LocalDate solar;
        try
        {
            solar = VietnameseLunarCalendar.ToSolar(lunar);
        }
        catch (InvalidLunarDateException e)
        {
            throw new CliUsageException(Explain(e));
        }

        if (json)
        {
            using var output = new JsonOutput(io.Out);
            LunarCommand.WriteJsonObject(output, solar, lunar);
            output.Complete();
        }
        else
        {
            io.Out.WriteLine(DateText.Iso(solar));
            io.Out.WriteLine($"{DateText.Long(solar)}: âm lịch {lunar} {lunar.YearName}");
        }

        return ExitCodes.Success;
    }

    private static string Explain(InvalidLunarDateException e)
    {
        var date = e.Date;
        var text = $"'{date.Day}/{date.Month}/{date.Year}'{(date.IsLeapMonth ? " --leap" : string.Empty)}";
        switch (e.Reason)
        {
            case InvalidLunarDateReason.NoSuchDay:
                var month = date.IsLeapMonth ? $"leap month {date.Month}" : $"month {date.Month}";
                return $"lunar date {text} does not exist: {month} of {date.Year} has {e.DaysInMonth} days; expected a day from 1 to {e.DaysInMonth}";
            case InvalidLunarDateReason.NotALeapMonth:
                return e.LeapMonthOfYear == 0
                    ? $"lunar date {text} does not exist: lunar year {date.Year} has no leap month; expected the date without --leap"
                    : $"lunar date {text} does not exist: the leap month of lunar year {date.Year} is month {e.LeapMonthOfYear}; expected --leap only with month {e.LeapMonthOfYear}";
            default:
                var first = VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MinDate);
                var last = VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MaxDate);
                return $"lunar date {text} falls outside the supported range; expected a lunar date from {first} to {last} " +
                    $"(solar {DateText.Iso(VietnameseLunarCalendar.MinDate)} to {DateText.Iso(VietnameseLunarCalendar.MaxDate)})";
        }
    }
}
