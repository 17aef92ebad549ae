using System.CommandLine;
using Dialogue.Workflows.Cli.Infrastructure;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue workdays add|count|is</c>: working-day arithmetic on the Vietnamese working calendar.</summary>
internal static class WorkdaysCommand
{
    /// <summary>Builds the command group.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io) =>
        new("workdays", "Working-day arithmetic for state bodies: weekends, holidays, compensatory and swapped days.")
        {
            WorkdaysAddCommand.Create(io),
            WorkdaysCountCommand.Create(io),
            WorkdaysIsCommand.Create(io),
        };
}
