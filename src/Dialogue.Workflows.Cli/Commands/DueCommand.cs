using System.CommandLine;
using Dialogue.Workflows.Cli.Infrastructure;
using Dialogue.Workflows.Runtime;
using NodaTime;
using Spectre.Console;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue due [--at yyyy-MM-dd] [--plan &lt;id&gt;] [--within n]</c>: what is overdue, due today or due soon, across plans.</summary>
internal static class DueCommand
{
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
        var command = new Command("due", "Shows the open steps that are overdue, due today, or due within a few working days.") { at, plan, within };
        var options = PlanOptions.ForReading(command);
        command.SetAction(result => PlanContext.Run(io, result, options, StoreUse.Read, context =>
        {
            var day = result.GetValue(at) ?? context.Today;
            // Noon in Vietnam: unambiguously inside the chosen day.
            var instant = day.At(new LocalTime(12, 0)).InZoneLeniently(VietnamTime.Zone).ToInstant();
            var (plans, unknown) = result.GetValue(plan) is { } id ? ([context.Load(id)], []) : StoredPlans.List(context);
            var items = plans.SelectMany(p => context.Engine.Due(p, instant, result.GetValue(within)).Select(i => (Plan: p, Item: i)))
                .OrderBy(x => x.Item.Due).ThenBy(x => x.Plan.Id, StringComparer.Ordinal).ThenBy(x => x.Item.Task.Id, StringComparer.Ordinal).ToList();
            if (context.Json)
            {
                WriteJson(context, day, items, unknown);
            }
            else
            {
                WriteText(context, day, items);
                StoredPlans.WriteNotes(context.Io.Out, unknown);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Owner(PlanInstance plan, DueItem item) =>
        plan.Definition.Units.FirstOrDefault(u => u.Key == item.Task.Definition.Owner)?.Name ?? item.Task.Definition.Owner;

    private static string State(DueItem item) => item.State switch
    {
        DueState.Overdue => $"OVERDUE by {Wording.Count(-item.WorkingDays, "working day")}",
        DueState.DueToday => "due today",
        _ => $"due in {Wording.Count(item.WorkingDays, "working day")}",
    };

    private static void WriteText(PlanContext context, LocalDate day, List<(PlanInstance Plan, DueItem Item)> items)
    {
        if (items.Count == 0)
        {
            context.Io.Out.WriteLine($"Nothing overdue or due soon on {DateText.Iso(day)}.");
            return;
        }

        context.Io.Out.WriteLine($"Due and overdue on {DateText.Long(day)}:");
        var table = new Table();
        table.AddColumns("Due", "State", "Plan", "Task", "Step", "Owner");
        foreach (var (plan, item) in items)
        {
            var state = State(item);
            table.AddRow(
                new Text(DateText.Iso(item.Due)),
                new Markup(item.State == DueState.Overdue ? $"[bold red]{Markup.Escape(state)}[/]" : Markup.Escape(state)),
                new Text(plan.Id),
                new Text(item.Task.Id),
                new Text(item.Task.Definition.Title),
                new Text(Owner(plan, item)));
        }

        context.Io.CreateAnsiConsole().Write(table);
    }

    private static void WriteJson(PlanContext context, LocalDate day, List<(PlanInstance Plan, DueItem Item)> items, IReadOnlyList<UnknownPlan> unknown)
    {
        using var json = new JsonOutput(context.Io.Out);
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteString("at", DateText.Iso(day));
        writer.WriteStartArray("items");
        foreach (var (plan, item) in items)
        {
            writer.WriteStartObject();
            writer.WriteString("plan", plan.Id);
            writer.WriteString("task", item.Task.Id);
            writer.WriteString("title", item.Task.Definition.Title);
            writer.WriteString("englishTitle", item.Task.Definition.EnglishTitle);
            writer.WriteString("owner", Owner(plan, item));
            writer.WriteString("session", item.Task.Session);
            writer.WriteString("due", DateText.Iso(item.Due));
            writer.WriteString("state", JsonOutput.Kind(item.State));
            writer.WriteNumber("workingDays", item.WorkingDays);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        StoredPlans.WriteJson(writer, unknown);
        writer.WriteEndObject();
        json.Complete();
    }
}
