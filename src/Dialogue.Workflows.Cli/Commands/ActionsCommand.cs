using System.CommandLine;
using Dialogue.Workflows.Cli.Infrastructure;
using Dialogue.Workflows.Runtime;
using Spectre.Console;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary>
/// <c>dialogue actions &lt;plan&gt; [--unit … --role … --signing …] [--json]</c>: what can be done now, who may do it,
/// with the command for it, what is blocked and why, and whether the given actor may take each action.
/// </summary>
internal static class ActionsCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var planArgument = PlanArguments.Plan();
        var command = new Command("actions",
            "Lists the actions permitted now on a plan, its sessions, tasks and petitions, who may take each, and the blocked ones with their reasons; "
            + "with an actor (--unit, or DIALOGUE_UNIT), also whether that actor may.")
        {
            planArgument,
        };
        var options = PlanOptions.ForActor(command);
        command.SetAction(result => PlanContext.Run(io, result, options, StoreUse.Read, context =>
        {
            var plan = context.Load(result.GetValue(planArgument)!);
            var actor = context.Actor is { } given && PlanOptions.HasUnit(given) ? given : null;
            if (actor is not null && plan.Definition.FindUnit(actor.Unit) is null)
            {
                throw new CliUsageException($"--unit: '{actor.Unit}' is not a unit of plan '{plan.Id}'; its units: "
                    + string.Join(", ", plan.Definition.Units.Select(u => $"{u.Key} ({u.EnglishName})")));
            }

            var actions = context.Engine.PermittedActions(plan, actor).Select(a => Line.Of(a, actor is not null)).ToList();
            if (context.Json)
            {
                WriteJson(context, plan, actions, actor);
                return ExitCodes.Success;
            }

            var who = actor is null ? string.Empty : $"; as {actor.UserId} ({actor.Unit}, {ActorWords.Capacity(actor)})";
            context.Io.Out.WriteLine($"Plan {plan.Id}: {plan.Status}; today {DateText.Iso(context.Today)}{who}");
            var table = new Table();
            table.AddColumns("Entity", "Id", "Action", "Now", "Who may act");
            if (actor is not null)
            {
                table.AddColumn("You");
            }

            table.AddColumn("Command, or why not");
            foreach (var line in actions.OrderBy(a => a.Open ? 0 : 1))
            {
                var action = line.Action;
                var why = line.Open
                    ? "dialogue " + ActionText.CommandLine(plan.Id, action)
                    : string.Join(" ", line.Guards.Select(b => $"{b.EnglishReason} ({b.Reason})"));
                var cells = new List<Spectre.Console.Rendering.IRenderable>
                {
                    new Text(ActionText.Noun(action.Entity)),
                    new Text(action.EntityId),
                    new Text(action.Trigger),
                    new Markup(line.Open ? "[green]allowed[/]" : "[red]blocked[/]"),
                    new Text(string.Join("; ", action.MayAct.Select(m => m.EnglishText))),
                };
                if (actor is not null)
                {
                    cells.Add(new Text(line.ActorMay == true ? "yes" : $"no ({string.Join(", ", line.Refusals.Select(r => r.Code))})"));
                }

                cells.Add(new Text(why));
                table.AddRow(cells);
            }

            context.Io.CreateAnsiConsole().Write(table);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteJson(PlanContext context, PlanInstance plan, IReadOnlyList<Line> actions, Actor? actor)
    {
        using var json = new JsonOutput(context.Io.Out);
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteString("plan", plan.Id);
        writer.WriteString("status", JsonOutput.Kind(plan.Status));
        if (actor is null)
        {
            writer.WriteNull("actor");
        }
        else
        {
            writer.WriteStartObject("actor");
            writer.WriteString("user", actor.UserId);
            writer.WriteString("unit", actor.Unit);
            writer.WriteString("position", ActorWords.Position(actor.Position));
            writer.WriteString("signing", ActorWords.Signing(actor.Signing));
            writer.WriteEndObject();
        }

        writer.WriteStartArray("actions");
        foreach (var line in actions)
        {
            var action = line.Action;
            writer.WriteStartObject();
            writer.WriteString("entity", JsonOutput.Kind(action.Entity));
            writer.WriteString("id", action.EntityId);
            writer.WriteString("action", action.Action.ToString());
            writer.WriteString("trigger", action.Trigger);
            writer.WriteBoolean("allowed", line.Open);
            writer.WriteString("command", "dialogue " + ActionText.CommandLine(plan.Id, action));
            RefusalReport.WhoList(writer, "mayAct", action.MayAct);
            if (line.ActorMay is { } may)
            {
                writer.WriteBoolean("actorMay", may);
            }
            else
            {
                writer.WriteNull("actorMay");
            }

            writer.WriteStartArray("blocked");
            foreach (var blocked in line.Guards)
            {
                WriteReason(writer, blocked);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("actorRefused");
            foreach (var refusal in line.Refusals)
            {
                WriteReason(writer, refusal);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        json.Complete();
    }

    private static void WriteReason(System.Text.Json.Utf8JsonWriter writer, Runtime.Machines.GuardResult reason)
    {
        writer.WriteStartObject();
        writer.WriteString("code", reason.Code);
        writer.WriteString("reason", reason.Reason);
        writer.WriteString("englishReason", reason.EnglishReason);
        writer.WriteEndObject();
    }

    /// <summary>An action split into what the plan's state and guards say and what the actor's authority says.</summary>
    /// <param name="Action">The action as the engine lists it.</param>
    /// <param name="Guards">The guards that block it now, for anyone.</param>
    /// <param name="Refusals">Why the actor may not take it (authorization codes); empty when the actor may or none was given.</param>
    /// <param name="ActorMay">Whether the actor may take it; null without an actor.</param>
    private sealed record Line(PermittedAction Action, IReadOnlyList<Runtime.Machines.GuardResult> Guards, IReadOnlyList<Runtime.Machines.GuardResult> Refusals, bool? ActorMay)
    {
        /// <summary>Whether the plan's state and guards allow it now, whoever acts.</summary>
        public bool Open => Guards.Count == 0;

        // The engine adds the actor's authorization refusal to the blocking reasons; its codes are the authorization.* ones.
        public static Line Of(PermittedAction action, bool withActor)
        {
            var refusals = action.Blocked.Where(b => b.Code.StartsWith("authorization.", StringComparison.Ordinal)).ToList();
            var guards = action.Blocked.Where(b => !b.Code.StartsWith("authorization.", StringComparison.Ordinal)).ToList();
            return new Line(action, guards, refusals, withActor ? refusals.Count == 0 : null);
        }
    }
}
