using System.CommandLine;
using Dialogue.Workflows.Cli.Infrastructure;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue store rebuild</c>: the store's own upkeep.</summary>
internal static class StoreCommand
{
    /// <summary>Builds the command group.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var rebuild = new Command("rebuild", "Rebuilds the read model (plan list, what is due) from the events of every plan.");
        var options = PlanOptions.ForReading(rebuild);
        rebuild.SetAction(result => PlanContext.Run(io, result, options, StoreUse.Write, context =>
        {
            var report = context.Engine.RebuildReadModelAsync().GetAwaiter().GetResult();
            if (context.Json)
            {
                using var json = new JsonOutput(context.Io.Out);
                json.Writer.WriteStartObject();
                json.Writer.WriteNumber("projected", report.Projected);
                json.Writer.WriteNumber("damaged", report.Damaged);
                json.Writer.WriteEndObject();
                json.Complete();
            }
            else
            {
                context.Io.Out.WriteLine($"Rebuilt the read model of {Wording.Count(report.Projected, "plan")}; {Wording.Count(report.Damaged, "damaged plan")}.");
            }

            return ExitCodes.Success;
        }));
        return new Command("store", "Looks after the plan store.") { rebuild };
    }
}
