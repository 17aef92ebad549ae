using System.CommandLine;
using Dialogue.Workflows.Cli.Infrastructure;
using Dialogue.Workflows.Runtime;
using NodaTime;
using Spectre.Console;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue due [--at yyyy-MM-dd] [--plan &lt;id&gt;] [--within n] [--until yyyy-MM-dd] [--owner unit] [--tenant t] [--limit n]</c>: what is overdue, due today or due soon, across plans.</summary>
internal static class DueCommand
{
    private const int DefaultLimit = 1000;

    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var at = CliOptions.Date("--at", "The day to look from (default: today).");
        var plan = CliOptions.Text("--plan", "Only this plan (default: every plan).");
        var within = new Option<int?>("--within")
        {
            Description = "How many working days ahead counts as due soon (default: the engine's, 3).",
            HelpName = "n",
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n <= 1000)
                {
                    return n;
                }

                result.AddError($"--within: '{text}' is not a number of working days; expected a whole number from 0 to 1000");
                return null;
            },
        };
        var owner = CliOptions.Text("--owner", "Only steps owned by this unit key (e.g. office).");
        var tenant = CliOptions.Text("--tenant", "Only steps of this tenant's plans.");
        var until = CliOptions.Date("--until", "Everything due up to this day (instead of --within).");
        // One below the store's most, since one more step is asked for to tell whether the list goes on.
        var limit = CliOptions.Number("--limit", $"How many steps at most (default {DefaultLimit}).", 1, Storage.DueQuery.MaxLimit - 1);
        var command = new Command("due", "Shows the open steps that are overdue, due today, or due within a few working days, across every plan.")
        {
            at, plan, within, owner, tenant, until, limit,
        };
        var options = PlanOptions.ForReading(command);
        command.SetAction(result => PlanContext.Run(io, result, options, StoreUse.Read, context =>
        {
            var day = result.GetValue(at) ?? context.Today;
            if (result.GetValue(plan) is { } id)
            {
                // An unknown plan is still an error, as before.
                context.Load(id);
            }

            var most = result.GetValue(limit) ?? DefaultLimit;
            // One more than asked for, to say whether the list goes on.
            var found = context.Engine.DueAsync(new DueRequest
            {
                Today = day, LookAheadWorkingDays = result.GetValue(within), Until = result.GetValue(until), PlanId = result.GetValue(plan),
                Owner = result.GetValue(owner), TenantId = result.GetValue(tenant), Limit = most + 1,
            }).GetAwaiter().GetResult();
            var items = found.Take(most).ToList();
            var more = found.Count > most;
            if (context.Json)
            {
                WriteJson(context, day, items, more, StoredPlans.OfUnknownTypes(context));
            }
            else
            {
                WriteText(context, day, items);
                if (more)
                {
                    context.Io.Out.WriteLine($"More steps are due: the first {Wording.Count(most, "step")} are shown; raise --limit or narrow with --owner, --tenant or --until.");
                }

                StoredPlans.WriteNotes(context.Io.Out, StoredPlans.OfUnknownTypes(context));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static string State(DueEntry item) => item.State switch
    {
        DueState.Overdue => $"OVERDUE by {Wording.Count(-item.WorkingDays, "working day")}",
        DueState.DueToday => "due today",
        _ => $"due in {Wording.Count(item.WorkingDays, "working day")}",
    };

    private static void WriteText(PlanContext context, LocalDate day, IReadOnlyList<DueEntry> items)
    {
        if (items.Count == 0)
        {
            context.Io.Out.WriteLine($"Nothing overdue or due soon on {DateText.Iso(day)}.");
            return;
        }

        context.Io.Out.WriteLine($"Due and overdue on {DateText.Long(day)}:");
        var table = new Table();
        table.AddColumns("Due", "State", "Plan", "Task", "Step", "Owner");
        foreach (var entry in items)
        {
            var state = State(entry);
            var item = entry.Item;
            table.AddRow(
                new Text(DateText.Iso(item.Due)),
                new Markup(entry.State == DueState.Overdue ? $"[bold red]{Markup.Escape(state)}[/]" : Markup.Escape(state)),
                new Text(item.PlanId),
                new Text(item.EntityId),
                new Text(item.Title),
                new Text(item.OwnerName));
        }

        context.Io.CreateAnsiConsole().Write(table);
    }

    private static void WriteJson(PlanContext context, LocalDate day, IReadOnlyList<DueEntry> items, bool more, IReadOnlyList<UnknownPlan> unknown)
    {
        using var json = new JsonOutput(context.Io.Out);
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteString("at", DateText.Iso(day));
        writer.WriteStartArray("items");
        foreach (var entry in items)
        {
            var item = entry.Item;
            writer.WriteStartObject();
            writer.WriteString("plan", item.PlanId);
            writer.WriteString("task", item.EntityId);
            writer.WriteString("title", item.Title);
            writer.WriteString("englishTitle", item.EnglishTitle);
            writer.WriteString("owner", item.OwnerName);
            writer.WriteString("session", item.Session);
            writer.WriteString("due", DateText.Iso(item.Due));
            writer.WriteString("state", JsonOutput.Kind(entry.State));
            writer.WriteNumber("workingDays", entry.WorkingDays);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteBoolean("more", more);
        StoredPlans.WriteJson(writer, unknown);
        writer.WriteEndObject();
        json.Complete();
    }
}
