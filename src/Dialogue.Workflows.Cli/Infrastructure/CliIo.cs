using Spectre.Console;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>The streams a command reads and writes, how a terminal shows text, and where settings come from.</summary>
/// <param name="In">Standard input.</param>
/// <param name="Out">Standard output; buffered by the caller and flushed once at the end.</param>
/// <param name="Error">Standard error.</param>
internal sealed record CliIo(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>True when standard output is a terminal.</summary>
    public bool IsTerminal { get; init; }

    /// <summary>The width tables are laid out to; wide by default so redirected output keeps one row a line.</summary>
    public int Width { get; init; } = 200;

    /// <summary>Reads an environment variable (<c>DIALOGUE_USER</c>, <c>DIALOGUE_TODAY</c> …); null when unset.</summary>
    /// <remarks>Replaceable so that in-process tests need not change the process's environment, which parallel tests share.</remarks>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The host's clock: the instant every recorded event carries, and the real today acts are bounded by.</summary>
    /// <remarks>Replaceable only in-process, so that tests of old plans can run on a fixed day; the command line cannot set it.</remarks>
    public NodaTime.IClock Clock { get; init; } = NodaTime.SystemClock.Instance;

    /// <summary>A Spectre console writing to <see cref="Out"/>, for the human-readable tables only.</summary>
    public IAnsiConsole CreateAnsiConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            // No escape sequences at all: output passes through TerminalSafeWriter, which would show them as text.
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Out),
        });
        console.Profile.Width = Width;
        // The output is always UTF-8, so box-drawing characters are safe even when redirected.
        console.Profile.Capabilities.Unicode = true;
        return console;
    }
}
