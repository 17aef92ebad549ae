using System.CommandLine;
using System.Globalization;
using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>The arguments and options several commands share, each parsed with a message that names the bad value and the expected form.</summary>
/// <remarks>
/// Every command argument of this tool is parsed here, so that a bad value is a parse error (the
/// action never runs) whose message <see cref="ErrorReport.ParseErrors"/> can print as it is.
/// </remarks>
internal static class CliArguments
{
    /// <summary>A <c>yyyy-MM-dd</c> date within the working calendar's range.</summary>
    /// <param name="name">The argument's name, shown in help and usage.</param>
    /// <param name="description">The help text.</param>
    /// <returns>The argument.</returns>
    public static Argument<LocalDate> WorkingCalendarDate(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (TryDate(text, out var date, out var problem, WorkingCalendar.MinDate, WorkingCalendar.MaxDate, "working calendar"))
            {
                return date;
            }

            result.AddError(problem);
            return default;
        },
    };

    /// <summary>A year the working calendar covers.</summary>
    /// <param name="name">The argument's name.</param>
    /// <param name="description">The help text.</param>
    /// <returns>The argument.</returns>
    public static Argument<int> WorkingCalendarYear(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            var (min, max) = (WorkingCalendar.MinDate.Year, WorkingCalendar.MaxDate.Year);
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                result.AddError($"'{text}' is not a year; expected a year such as 2026, from {min} to {max}");
            }
            else if (year < min || year > max)
            {
                result.AddError($"'{text}' is outside the working calendar's years; expected a year from {min} to {max}");
            }

            return year;
        },
    };

    /// <summary>A whole number, negative allowed (<c>-3</c> is read as a value, not as an option).</summary>
    /// <param name="name">The argument's name.</param>
    /// <param name="description">The help text.</param>
    /// <returns>The argument.</returns>
    public static Argument<int> Integer(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            result.AddError($"'{text}' is not a whole number; expected an integer such as 5 or -3");
            return 0;
        },
    };

    /// <summary>The <c>--json</c> switch.</summary>
    /// <returns>The option.</returns>
    public static Option<bool> Json() => new("--json") { Description = "Write JSON instead of text." };

    /// <summary>Parses a <c>yyyy-MM-dd</c> date and checks it against a range.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, when the method returns true.</param>
    /// <param name="problem">What is wrong, naming the value and the expected form, when it returns false.</param>
    /// <param name="min">The first accepted date.</param>
    /// <param name="max">The last accepted date.</param>
    /// <param name="what">What the range belongs to, e.g. "working calendar".</param>
    /// <returns>True when the text is a date in the range.</returns>
    public static bool TryDate(ReadOnlySpan<char> text, out LocalDate date, out string problem, LocalDate min, LocalDate max, string what)
    {
        if (!DateText.TryParseIso(text, out date))
        {
            problem = $"'{text}' is not a date; expected yyyy-MM-dd";
            return false;
        }

        if (date < min || date > max)
        {
            problem = $"'{text}' is outside the {what}'s range; expected a date from {DateText.Iso(min)} to {DateText.Iso(max)}";
            return false;
        }

        problem = string.Empty;
        return true;
    }
}
