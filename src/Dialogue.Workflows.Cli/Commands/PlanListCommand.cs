using System.CommandLine;
using System.Globalization;
using Dialogue.Workflows.Cli.Infrastructure;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Storage;
using Spectre.Console;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue plan list [--status s] [--type t] [--year y] [--tenant t] [--issuer i] [--text x] [--limit n] [--after p] [--json]</c>: a page of plans, oldest first, from the read model. A plan of a type this program does not know is shown as stored, with a note.</summary>
internal static class PlanListCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var status = CliOptions.Choice<PlanStatus>("--status", "Only plans with this status.");
        var type = CliOptions.Text("--type", "Only plans of this type key.");
        var year = CliOptions.Number("--year", "Only plans of this year.", 1995, 2199);
        var tenant = CliOptions.Text("--tenant", "Only plans of this tenant.");
        var issuer = CliOptions.Text("--issuer", "Only plans of this issuer (its exact name).");
        var text = CliOptions.Text("--text", "Only plans whose id, title, issuer or document number contain this text (any case).");
        var limit = CliOptions.Number("--limit", "How many plans per page (default 50).", 1, PlanQuery.MaxLimit);
        var after = new Option<long?>("--after") { Description = "Starts after this position (the 'next' a previous page printed).", HelpName = "position" };
        var command = new Command("list", "Lists the plans in the database, oldest first, a page at a time: id, type, status, sessions, overdue steps.")
        {
            status, type, year, tenant, issuer, text, limit, after,
        };
        var options = PlanOptions.ForReading(command);
        command.SetAction(result => PlanContext.Run(io, result, options, StoreUse.Read, context =>
        {
            var page = context.Engine.ListPlansAsync(new PlanQuery
            {
                Status = result.GetValue(status)?.ToString(), TypeKey = result.GetValue(type), Year = result.GetValue(year), TenantId = result.GetValue(tenant),
                Issuer = result.GetValue(issuer), Text = result.GetValue(text), Limit = result.GetValue(limit) ?? 50, After = result.GetValue(after),
                Today = context.Today,
            }).GetAwaiter().GetResult();
            // Only the page's plans are loaded, for their sessions: the cost follows the page, not the store.
            var overdueById = page.Plans.ToDictionary(p => p.PlanId, p => p.OverdueItems, StringComparer.Ordinal);
            var (plans, unknown) = StoredPlans.Load(context, page.Plans.Select(p => p.PlanId));
            var rows = plans.Select(p => (Plan: p, Overdue: overdueById[p.Id])).ToList();
            if (result.GetValue(after) is null)
            {
                // A plan of a type some program did not know is kept by the read model as damaged: shown once, on the first
                // page — as a plan when this program can read it, else as stored.
                var (readable, unknownTypes) = StoredPlans.SetAside(context);
                rows.AddRange(readable.Select(p => (Plan: p, Overdue: context.Engine.Timeline(p, context.Today).Count(e => e.Overdue))));
                unknown = [.. unknown, .. unknownTypes];
            }
            if (context.Json)
            {
                WriteJson(context, rows, unknown, page.Next);
            }
            else if (rows.Count == 0 && unknown.Count == 0)
            {
                var filtered = new Option[] { status, type, year, tenant, issuer, text, after }.Any(o => result.GetResult(o) is not null);
                context.Io.Out.WriteLine(filtered
                    ? "No plans match: none of the stored plans has what the options ask for."
                    : "No plans yet: create one with 'dialogue plan new <type> --session <date>'.");
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
                if (page.Next is { } next)
                {
                    context.Io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"More plans: add --after {next}."));
                }
            }

            if (!context.Json)
            {
                StoredPlans.WriteNotes(context.Io.Out, unknown);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteJson(PlanContext context, List<(PlanInstance Plan, int Overdue)> rows, IReadOnlyList<UnknownPlan> unknown, long? next)
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
        // The --after of the next page; null on the last one.
        if (next is { } following)
        {
            writer.WriteNumber("next", following);
        }
        else
        {
            writer.WriteNull("next");
        }

        StoredPlans.WriteJson(writer, unknown);
        writer.WriteEndObject();
        json.Complete();
    }
}
