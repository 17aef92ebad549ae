using System.CommandLine;
using System.CommandLine.Parsing;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>Reports failures as one line on standard error: <c>error: …</c>, never a stack trace.</summary>
internal static class ErrorReport
{
    /// <summary>Reports bad input.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="message">What was wrong, naming the value and the expected form.</param>
    /// <returns><see cref="ExitCodes.BadInput"/>.</returns>
    public static int BadInput(TextWriter error, string message)
    {
        WriteLine(error, message);
        return ExitCodes.BadInput;
    }

    /// <summary>Reports a failure that is not the user's fault.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="exception">What went wrong.</param>
    /// <returns><see cref="ExitCodes.Failure"/>.</returns>
    public static int Failure(TextWriter error, Exception exception)
    {
        WriteLine(error, $"{exception.GetType().Name}: {exception.Message}");
        return ExitCodes.Failure;
    }

    /// <summary>Reduces System.CommandLine's parse errors to the one line that helps most.</summary>
    /// <param name="result">A parse result with at least one error.</param>
    /// <param name="error">Standard error.</param>
    /// <returns><see cref="ExitCodes.BadInput"/>.</returns>
    /// <remarks>
    /// Order: an unknown token first (it usually explains the other errors, e.g. a misspelt
    /// command also leaves "no command given"); then a value our own parsers rejected, printed as
    /// it is; then a missing argument or command, with the command's usage.
    /// </remarks>
    public static int ParseErrors(ParseResult result, TextWriter error)
    {
        var usage = Usage(result.CommandResult);
        if (result.UnmatchedTokens.Count > 0)
        {
            var token = result.UnmatchedTokens[0];
            var what = token.StartsWith('-') ? "option" : "command or argument";
            return BadInput(error, $"unknown {what} '{token}'; usage: {usage}");
        }

        foreach (var parseError in result.Errors)
        {
            // Command arguments are all parsed by CliArguments, whose messages name the value and the expected form.
            if (parseError.SymbolResult is ArgumentResult { Tokens.Count: > 0, Parent: CommandResult } || CliOptions.IsOptionValueError(parseError))
            {
                return BadInput(error, parseError.Message);
            }
        }

        foreach (var parseError in result.Errors)
        {
            if (parseError.SymbolResult is ArgumentResult { Tokens.Count: 0, Parent: CommandResult } missing)
            {
                return BadInput(error, $"missing <{missing.Argument.Name}>; usage: {usage}");
            }
        }

        var first = result.Errors[0];
        return first.SymbolResult is CommandResult { Command.Subcommands.Count: > 0 }
            ? BadInput(error, $"missing command; usage: {usage}")
            : BadInput(error, $"{first.Message.TrimEnd('.')}; usage: {usage}");
    }

    /// <summary>The usage line of the command a parse reached, e.g. <c>dialogue workdays add &lt;date&gt; &lt;n&gt; [--json]</c>.</summary>
    /// <param name="commandResult">The command reached.</param>
    /// <returns>The usage line.</returns>
    public static string Usage(CommandResult commandResult)
    {
        var path = new List<string>();
        for (SymbolResult? node = commandResult; node is CommandResult command; node = node.Parent)
        {
            path.Insert(0, command.Command.Name);
        }

        var target = commandResult.Command;
        var parts = new List<string> { string.Join(' ', path) };
        if (target.Subcommands.Count > 0)
        {
            parts.Add($"<{string.Join('|', target.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}>");
        }

        parts.AddRange(target.Arguments.Select(a => a.Arity.MaximumNumberOfValues > 1 ? $"<{a.Name}>..."
            : a.Arity.MinimumNumberOfValues == 0 ? $"[<{a.Name}>]" : $"<{a.Name}>"));
        // Required options first, with their value, so that the usage shows what must be given.
        var options = target.Options.Where(o => !o.Hidden && o.Name is not ("--help" or "--version")).ToList();
        parts.AddRange(options.Where(o => o.Required).Select(o => $"{o.Name} <{o.HelpName ?? o.Name.TrimStart('-')}>"));
        parts.AddRange(options.Where(o => !o.Required).Select(o => $"[{o.Name}]"));
        return string.Join(' ', parts);
    }

    /// <summary>Reports a command the plan refuses: a value that breaks one of its rules, or a store failure.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="message">Why, in English then Vietnamese.</param>
    /// <returns><see cref="ExitCodes.Failure"/>.</returns>
    public static int Rejected(TextWriter error, string message)
    {
        WriteLine(error, message);
        return ExitCodes.Failure;
    }

    /// <summary>Writes <c>error: message</c> as one line.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="message">The message.</param>
    public static void WriteLine(TextWriter error, string message)
    {
        // One line whatever the message holds, so scripts can read it with a single read.
        error.Write("error: ");
        error.WriteLine(message.ReplaceLineEndings(" ").Trim());
        error.Flush();
    }
}
