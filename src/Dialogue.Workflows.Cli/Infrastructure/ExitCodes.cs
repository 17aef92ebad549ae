namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>The process exit codes of <c>dialogue</c>: the same in <c>--help</c>, the README and the tests.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>
    /// Not done: a step the plan does not allow now (its state, a guard, a rule, or who acts), or
    /// another writer recorded a command on the plan first. Nothing was written.
    /// </summary>
    public const int Refused = 1;

    /// <summary>The input was wrong: a malformed or out-of-range value, an unknown command, option, plan, session or unit, a day in the future.</summary>
    public const int BadInput = 2;

    /// <summary>The store is unavailable or damaged (or output could not be written): nothing is known to be wrong with the input.</summary>
    public const int StorageFailure = 3;

    /// <summary>An error the tool did not expect: a defect to report.</summary>
    public const int InternalError = 4;

    /// <summary>The contract as <c>--help</c> prints it.</summary>
    public const string HelpText =
        "Exit codes: 0 done; 1 a step the plan does not allow (refused, or another writer was first); 2 bad input; 3 storage unavailable or damaged; 4 internal error. With --json every result and every error is one JSON object on standard output (errors: code, message {vi, en}, exitCode).";
}
