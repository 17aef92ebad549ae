using System.CommandLine;
using Dialogue.Workflows.Cli.Infrastructure;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue plan types|preview|new|list|show|issue|complete|cancel</c>: plan types and plans.</summary>
internal static class PlanCommand
{
    /// <summary>Builds the command group.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io) =>
        new("plan", "Plan types, previews, and the plans kept in the database.")
        {
            PlanTypesCommand.Create(io),
            PlanPreviewCommand.Create(io),
            PlanNewCommand.Create(io),
            PlanListCommand.Create(io),
            PlanShowCommand.Create(io),
            PlanLifecycleCommands.Issue(io),
            PlanLifecycleCommands.Complete(io),
            PlanLifecycleCommands.Cancel(io),
        };
}
