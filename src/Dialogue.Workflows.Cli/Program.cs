using System.CommandLine;
using System.CommandLine.Help;
using System.Text;
using Dialogue.Workflows.Cli.Commands;
using Dialogue.Workflows.Cli.Infrastructure;

namespace Dialogue.Workflows.Cli;

/// <summary>The <c>dialogue</c> command line.</summary>
/// <remarks>
/// <see cref="Main"/> only wires the process's streams; everything else goes through
/// <see cref="Run(string[], TextReader, TextWriter, TextWriter)"/>, which tests call in-process.
/// Exit codes: 0 done, 1 refused by the plan, 2 bad input, 3 storage unavailable or damaged, 4 internal
/// error (<see cref="ExitCodes"/>); every error is one line on standard error and, under <c>--json</c>,
/// one JSON object on standard output.
/// </remarks>
internal static class Program
{
    private static int Main(string[] args)
    {
        // UTF-8 everywhere: the streams below write UTF-8 bytes, and a Windows console must show them as such.
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Console.OutputEncoding = utf8;
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16);
        using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        using var stdin = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var io = new CliIo(stdin, stdout, stderr);
        if (!Console.IsOutputRedirected)
        {
            io = io with { IsTerminal = true, Width = Math.Max(Console.WindowWidth, 80) };
        }

        var exitCode = Run(args, io);
        // Run wraps the streams in a filter that flushes through to these.
        try
        {
            // The only flush of standard output.
            stdout.Flush();
        }
        catch (IOException e)
        {
            // E.g. the reader of a pipe went away: still one line, no stack trace.
            ErrorReport.WriteLine(stderr, CliError.InputOutput(e).English);
            return ExitCodes.StorageFailure;
        }

        return exitCode;
    }

    /// <summary>Runs the command line against the given streams.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    internal static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CliIo(stdin, stdout, stderr));

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="io">The streams and how to show text.</param>
    /// <returns>The exit code.</returns>
    internal static int Run(string[] args, CliIo io)
    {
        // Everything printed, values stored in plans included, goes through one filter of what a terminal would act on.
        io = io with { Out = new TerminalSafeWriter(io.Out), Error = new TerminalSafeWriter(io.Error) };
        // Arguments are taken literally: '@name' is a petitioner, not a file to read arguments from.
        var result = CreateRootCommand(io).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Errors.Count > 0)
        {
            return ErrorReport.ParseErrors(result, io);
        }

        var json = ErrorReport.WantsJson(result);

        try
        {
            return result.Invoke(new InvocationConfiguration
            {
                Output = io.Out,
                Error = io.Error,
                // Exceptions come back here, to be reported as one line.
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliUsageException e)
        {
            return ErrorReport.BadInput(io, json, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ErrorReport.Failure(io, json, e);
        }
    }

    /// <summary>Builds the command tree.</summary>
    /// <param name="io">The streams the commands use.</param>
    /// <returns>The root command.</returns>
    internal static Command CreateRootCommand(CliIo io)
    {
        // A plain Command rather than RootCommand, whose name is the host process's ("testhost" under a test runner).
        var root = new Command("dialogue", "Dialogue plans (kế hoạch đối thoại) on the Vietnamese working calendar: plan, record, see what is due, export; working days, holidays and lunar dates. " + ExitCodes.HelpText)
        {
            new HelpOption(),
            new VersionOption(),
            CliCalendar.Create(),
            CliPlanTypes.Create(),
            CalendarCommand.Create(io),
            LunarCommand.Create(io),
            SolarCommand.Create(io),
            WorkdaysCommand.Create(io),
            PlanCommand.Create(io),
            SessionCommand.Create(io),
            TaskCommand.Create(io),
            PetitionCommand.Create(io),
            DueCommand.Create(io),
            StoreCommand.Create(io),
            ExplainCommand.Create(io),
            HistoryCommand.Create(io),
            ActionsCommand.Create(io),
            ExportCommand.Create(io),
        };
        return root;
    }
}
