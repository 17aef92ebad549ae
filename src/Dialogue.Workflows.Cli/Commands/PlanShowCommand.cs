using System.CommandLine;
using Dialogue.Workflows.Cli.Infrastructure;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue plan show &lt;plan&gt; [--json]</c>: the plan's sessions, timeline (late and overdue marked) and petitions by outcome.</summary>
internal static class PlanShowCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var plan = PlanArguments.Plan();
        var command = new Command("show", "Shows a plan: sessions, the timeline with each step's owner, due date and status, petitions by outcome, its rules and who may act.") { plan };
        var options = PlanOptions.ForReading(command);
        command.SetAction(result => PlanContext.Run(io, result, options, StoreUse.Read, context =>
        {
            var view = PlanView.Of(context.Engine, context.Load(result.GetValue(plan)!), context.Today);
            if (context.Json)
            {
                PlanReport.WriteJson(context, view);
            }
            else
            {
                PlanReport.WriteText(context, view);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
