using System.CommandLine;
using Dialogue.Workflows.Cli.Infrastructure;
using Dialogue.Workflows.Runtime;
using Spectre.Console;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue actions &lt;plan&gt; [--json]</c>: what can be done now, with the command for it, and what is blocked and why.</summary>
internal static class ActionsCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var planArgument = PlanArguments.Plan();
        var command = new Command("actions", "Lists the actions permitted now on a plan, its sessions, tasks and petitions, and the blocked ones with their reasons.") { planArgument };
        var options = PlanOptions.ForReading(command);
        command.SetAction(result => PlanContext.Run(io, result, options, StoreUse.Read, context =>
        {
            var plan = context.Load(result.GetValue(planArgument)!);
            var actions = context.Engine.PermittedActions(plan);
            if (context.Json)
            {
                WriteJson(context, plan, actions);
                return ExitCodes.Success;
            }

            context.Io.Out.WriteLine($"Plan {plan.Id}: {plan.Status}; today {DateText.Iso(context.Today)}");
            var table = new Table();
            table.AddColumns("Entity", "Id", "Action", "Now", "Command, or why not");
            foreach (var action in actions.OrderBy(a => a.Allowed ? 0 : 1))
            {
                var why = action.Allowed
                    ? "dialogue " + ActionText.CommandLine(plan.Id, action)
                    : string.Join(" ", action.Blocked.Select(b => $"{b.EnglishReason} ({b.Reason})"));
                table.AddRow(
                    new Text(ActionText.Noun(action.Entity)),
                    new Text(action.EntityId),
                    new Text(action.Trigger),
                    new Markup(action.Allowed ? "[green]allowed[/]" : "[red]blocked[/]"),
                    new Text(why));
            }

            context.Io.CreateAnsiConsole().Write(table);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteJson(PlanContext context, PlanInstance plan, IReadOnlyList<PermittedAction> actions)
    {
        using var json = new JsonOutput(context.Io.Out);
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteString("plan", plan.Id);
        writer.WriteString("status", JsonOutput.Kind(plan.Status));
        writer.WriteStartArray("actions");
        foreach (var action in actions)
        {
            writer.WriteStartObject();
            writer.WriteString("entity", JsonOutput.Kind(action.Entity));
            writer.WriteString("id", action.EntityId);
            writer.WriteString("action", action.Trigger);
            writer.WriteBoolean("allowed", action.Allowed);
            writer.WriteString("command", "dialogue " + ActionText.CommandLine(plan.Id, action));
            writer.WriteStartArray("blocked");
            foreach (var blocked in action.Blocked)
            {
                writer.WriteStartObject();
                writer.WriteString("code", blocked.Code);
                writer.WriteString("reason", blocked.Reason);
                writer.WriteString("englishReason", blocked.EnglishReason);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        json.Complete();
    }
}
