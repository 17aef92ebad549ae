using System.CommandLine;
using Dialogue.Workflows.Cli.Infrastructure;
using Dialogue.Workflows.Runtime;
using Spectre.Console;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue plan list [--json]</c>: every plan in the database, oldest first; a plan of a type this program does not know is shown as stored, with a note.</summary>
internal static class PlanListCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var command = new Command("list", "Lists the plans in the database: id, type, status, sessions, overdue steps.");
        var options = PlanOptions.ForReading(command);
        command.SetAction(result => PlanContext.Run(io, result, options, StoreUse.Read, context =>
        {
            var (plans, unknown) = StoredPlans.List(context);
            var rows = plans.Select(p => (Plan: p, Overdue: context.Engine.Timeline(p).Count(e => e.Overdue))).ToList();
            if (context.Json)
            {
                WriteJson(context, rows, unknown);
            }
            else if (rows.Count == 0 && unknown.Count == 0)
            {
                context.Io.Out.WriteLine("No plans yet: create one with 'dialogue plan new <type> --session <date>'.");
            }
            else
            {
                var table = new Table();
                table.AddColumns("Id", "Type", "Status", "Document", "Sessions", "Overdue", "Title");
                foreach (var (plan, overdue) in rows)
                {
                    table.AddRow(
                        new Text(plan.Id),
                        new Text(plan.TypeKey),
                        new Text(plan.Status.ToString()),
                        new Text(plan.DocumentNumber ?? string.Empty),
                        new Text(string.Join(", ", plan.Sessions.Select(s => $"{s.Key} {PlanText.When(s)} {s.Status}"))),
                        new Markup(overdue > 0 ? $"[bold red]{overdue}[/]" : "0"),
                        new Text(plan.Definition.Title));
                }

                context.Io.CreateAnsiConsole().Write(table);
            }

            if (!context.Json)
            {
                StoredPlans.WriteNotes(context.Io.Out, unknown);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteJson(PlanContext context, List<(PlanInstance Plan, int Overdue)> rows, IReadOnlyList<UnknownPlan> unknown)
    {
        using var json = new JsonOutput(context.Io.Out);
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteStartArray("plans");
        foreach (var (plan, overdue) in rows)
        {
            writer.WriteStartObject();
            writer.WriteString("id", plan.Id);
            writer.WriteString("type", plan.TypeKey);
            writer.WriteNumber("typeVersion", plan.TypeVersion);
            writer.WriteString("title", plan.Definition.Title);
            writer.WriteString("status", JsonOutput.Kind(plan.Status));
            writer.WriteString("document", plan.DocumentNumber);
            writer.WriteNumber("version", plan.Version);
            writer.WriteString("createdAt", EventText.Offset(plan.CreatedAt));
            writer.WriteNumber("overdue", overdue);
            writer.WriteStartArray("sessions");
            foreach (var session in plan.Sessions)
            {
                PlanJson.Session(writer, session);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        StoredPlans.WriteJson(writer, unknown);
        writer.WriteEndObject();
        json.Complete();
    }
}
