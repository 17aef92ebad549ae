using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json;
using NodaTime;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>Options that read values of a checked form: dates, enum members in kebab case, <c>key=value</c> pairs.</summary>
/// <remarks>
/// Each parser names the option, the bad value and the expected form, so that the parse error can be
/// printed as it is (<see cref="ErrorReport.ParseErrors"/>): the command's action never runs on bad input.
/// </remarks>
internal static class CliOptions
{
    /// <summary>The first and last day a plan date may take: the working calendar's range.</summary>
    private static readonly (LocalDate Min, LocalDate Max) Range = (Calendar.WorkingCalendar.MinDate, Calendar.WorkingCalendar.MaxDate);

    /// <summary>An optional <c>yyyy-MM-dd</c> date option.</summary>
    /// <param name="name">The option's name, e.g. <c>--date</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="required">Whether it must be given.</param>
    /// <returns>The option.</returns>
    public static Option<LocalDate?> Date(string name, string description, bool required = false) => new(name)
    {
        Description = description,
        Required = required,
        HelpName = "yyyy-MM-dd",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (CliArguments.TryDate(text, out var date, out var problem, Range.Min, Range.Max, "working calendar"))
            {
                return date;
            }

            result.AddError($"{name}: {problem}");
            return null;
        },
    };

    /// <summary>Parses a date given in an environment variable.</summary>
    /// <param name="variable">The variable's name.</param>
    /// <param name="text">Its value.</param>
    /// <returns>The date.</returns>
    /// <exception cref="CliUsageException">The value is not a date in range.</exception>
    public static LocalDate ParseEnvironmentDate(string variable, string text) =>
        CliArguments.TryDate(text, out var date, out var problem, Range.Min, Range.Max, "working calendar")
            ? date
            : throw new CliUsageException($"{variable}: {problem}");

    /// <summary>An enum option whose values are written in kebab case (<c>at-session</c> for <c>AtSession</c>).</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="name">The option's name.</param>
    /// <param name="description">The help text.</param>
    /// <param name="required">Whether it must be given.</param>
    /// <returns>The option.</returns>
    public static Option<T?> Choice<T>(string name, string description, bool required = false)
        where T : struct, Enum
    {
        var names = Enum.GetValues<T>().Select(Kebab).ToList();
        var option = new Option<T?>(name)
        {
            Description = $"{description} One of: {string.Join(", ", names)}.",
            Required = required,
            HelpName = string.Join('|', names),
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                foreach (var value in Enum.GetValues<T>())
                {
                    if (string.Equals(Kebab(value), text, StringComparison.OrdinalIgnoreCase))
                    {
                        return value;
                    }
                }

                result.AddError($"{name}: '{text}' is not one of {string.Join(", ", names)}");
                return null;
            },
        };
        return option;
    }

    /// <summary>An enum member in kebab case: <c>ExcludedCategory</c> → <c>excluded-category</c>.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>The text.</returns>
    public static string Kebab<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>A text option that must not be blank when given.</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="description">The help text.</param>
    /// <param name="required">Whether it must be given.</param>
    /// <returns>The option.</returns>
    public static Option<string?> Text(string name, string description, bool required = false) => new(name)
    {
        Description = description,
        Required = required,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (string.IsNullOrWhiteSpace(text))
            {
                result.AddError($"{name}: the value is empty; expected some text");
                return null;
            }

            return text.Trim();
        },
    };

    /// <summary>A whole-number option within bounds (<c>--limit 20</c>).</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="description">The help text.</param>
    /// <param name="min">The least value.</param>
    /// <param name="max">The greatest value.</param>
    /// <returns>The option.</returns>
    public static Option<int?> Number(string name, string description, int min, int max) => new(name)
    {
        Description = description,
        HelpName = "n",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            {
                return n;
            }

            result.AddError($"{name}: '{text}' is not a whole number from {min} to {max}");
            return null;
        },
    };

    /// <summary>A repeatable text option (<c>--scope A --scope B</c>).</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="description">The help text.</param>
    /// <returns>The option.</returns>
    public static Option<string[]> Texts(string name, string description) => new(name)
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The repeatable <c>--param key=value</c> option of plan types.</summary>
    /// <returns>The option.</returns>
    public static Option<KeyValuePair<string, string>[]> Parameters() => new("--param")
    {
        Description = "A plan parameter, key=value; repeat for several (see 'dialogue plan types').",
        HelpName = "key=value",
        Arity = ArgumentArity.ZeroOrMore,
        CustomParser = result =>
        {
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var token in result.Tokens)
            {
                var text = token.Value;
                var equals = text.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    result.AddError($"--param: '{text}' is not key=value; expected e.g. --param groups=8");
                    return [];
                }

                pairs.Add(new(text[..equals].Trim(), text[(equals + 1)..].Trim()));
            }

            return [.. pairs];
        },
    };

    /// <summary>Whether a parse error came from one of this class's parsers (an option's value, already worded for the user).</summary>
    /// <param name="error">The error.</param>
    /// <returns>True for an option value's error.</returns>
    public static bool IsOptionValueError(ParseError error) =>
        error.SymbolResult is ArgumentResult { Tokens.Count: > 0, Parent: OptionResult } && error.Message.StartsWith("--", StringComparison.Ordinal);
}
