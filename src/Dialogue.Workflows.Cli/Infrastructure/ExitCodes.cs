namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>The process exit codes of <c>dialogue</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Something failed that is not the user's input (a bug, an I/O failure).</summary>
    public const int Failure = 1;

    /// <summary>The input was wrong: a malformed or out-of-range value, an unknown command or option, a missing argument.</summary>
    public const int BadInput = 2;
}
