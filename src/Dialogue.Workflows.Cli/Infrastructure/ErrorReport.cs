using System.CommandLine;
using System.CommandLine.Parsing;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>Reports failures as one line on standard error: <c>error: …</c>, never a stack trace.</summary>
internal static class ErrorReport
{
    /// <summary>Reports an error: the <c>error:</c> line on standard error and, under <c>--json</c>, one JSON object on standard output.</summary>
    /// <param name="io">The streams.</param>
    /// <param name="json">Whether <c>--json</c> was asked for.</param>
    /// <param name="error">The error.</param>
    /// <returns>The error's exit code.</returns>
    /// <remarks>The JSON object's fields are stable: <c>code</c>, <c>message</c> {<c>vi</c>, <c>en</c>}, <c>exitCode</c>.</remarks>
    public static int Report(CliIo io, bool json, CliError error)
    {
        if (json)
        {
            using var output = new JsonOutput(io.Out);
            var writer = output.Writer;
            writer.WriteStartObject();
            writer.WriteString("code", error.Code);
            writer.WriteStartObject("message");
            writer.WriteString("vi", error.Vietnamese);
            writer.WriteString("en", error.English);
            writer.WriteEndObject();
            writer.WriteNumber("exitCode", error.ExitCode);
            writer.WriteEndObject();
            output.Complete();
        }

        WriteLine(io.Error, error.English);
        return error.ExitCode;
    }

    /// <summary>Reports bad input.</summary>
    /// <param name="io">The streams.</param>
    /// <param name="json">Whether <c>--json</c> was asked for.</param>
    /// <param name="message">What was wrong, naming the value and the expected form.</param>
    /// <returns><see cref="ExitCodes.BadInput"/>.</returns>
    public static int BadInput(CliIo io, bool json, string message) => Report(io, json, CliError.BadInput(message));

    /// <summary>Reports a failure that is not the user's fault: exit 3 for input/output, 4 for anything else.</summary>
    /// <param name="io">The streams.</param>
    /// <param name="json">Whether <c>--json</c> was asked for.</param>
    /// <param name="exception">What went wrong.</param>
    /// <returns>The exit code.</returns>
    public static int Failure(CliIo io, bool json, Exception exception) =>
        Report(io, json, exception is IOException inputOutput ? CliError.InputOutput(inputOutput) : CliError.Internal(exception));

    /// <summary>Whether a parse asked for JSON: <c>--json</c> given to the command reached (also when the parse failed).</summary>
    /// <param name="result">The parse.</param>
    /// <returns>True for JSON.</returns>
    public static bool WantsJson(ParseResult result) =>
        result.CommandResult.Children.OfType<OptionResult>().Any(o => o.Option.Name == "--json" && !o.Implicit)
        || result.UnmatchedTokens.Contains("--json");

    /// <summary>Reduces System.CommandLine's parse errors to the one line that helps most.</summary>
    /// <param name="result">A parse result with at least one error.</param>
    /// <param name="io">The streams.</param>
    /// <returns><see cref="ExitCodes.BadInput"/>.</returns>
    /// <remarks>
    /// Order: an unknown token first (it usually explains the other errors, e.g. a misspelt
    /// command also leaves "no command given"); then a value our own parsers rejected, printed as
    /// it is; then a missing argument or command, with the command's usage.
    /// </remarks>
    public static int ParseErrors(ParseResult result, CliIo io)
    {
        var json = WantsJson(result);
        var usage = Usage(result.CommandResult);
        if (result.UnmatchedTokens.Count > 0)
        {
            var token = result.UnmatchedTokens[0];
            var what = token.StartsWith('-') ? "option" : "command or argument";
            return BadInput(io, json, $"unknown {what} '{token}'; usage: {usage}");
        }

        foreach (var parseError in result.Errors)
        {
            // Command arguments are all parsed by CliArguments, whose messages name the value and the expected form.
            if (parseError.SymbolResult is ArgumentResult { Tokens.Count: > 0, Parent: CommandResult } || CliOptions.IsOptionValueError(parseError))
            {
                return BadInput(io, json, parseError.Message);
            }
        }

        foreach (var parseError in result.Errors)
        {
            if (parseError.SymbolResult is ArgumentResult { Tokens.Count: 0, Parent: CommandResult } missing)
            {
                return BadInput(io, json, $"missing <{missing.Argument.Name}>; usage: {usage}");
            }
        }

        var first = result.Errors[0];
        return first.SymbolResult is CommandResult { Command.Subcommands.Count: > 0 }
            ? BadInput(io, json, $"missing command; usage: {usage}")
            : BadInput(io, json, $"{first.Message.TrimEnd('.')}; usage: {usage}");
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
