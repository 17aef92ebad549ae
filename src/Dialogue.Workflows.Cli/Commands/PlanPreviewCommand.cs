using System.CommandLine;
using Dialogue.Workflows.Cli.Infrastructure;
using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Spectre.Console;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary>
/// <c>dialogue plan preview &lt;type&gt; [--session …]… [--param key=value]… [--explain] [--json]</c>: the plan a
/// type computes for the given dates, without saving it.
/// </summary>
internal static class PlanPreviewCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var type = PlanArguments.Type();
        var sessions = PlanArguments.Sessions();
        var parameters = CliOptions.Parameters();
        var explain = new Option<bool>("--explain") { Description = "Show each deadline's full explanation, in Vietnamese then English." };
        var command = new Command("preview", "Computes a plan without saving it: steps with phase, owner and due date, agenda, participants, warnings, its rules and who may act.")
        {
            type, sessions, parameters, explain,
        };
        var options = PlanOptions.ForReading(command, database: false);
        command.SetAction(result => PlanContext.Run(io, result, options, StoreUse.None, context =>
        {
            var plan = context.Engine.Preview(result.GetValue(type)!, PlanArguments.Combine(result.GetValue(sessions), result.GetValue(parameters)));
            var view = PlanView.Of(context.Engine, plan, context.Today);
            if (context.Json)
            {
                WriteJson(context.Io.Out, view, result.GetValue(explain));
            }
            else
            {
                WriteText(context.Io, view, result.GetValue(explain));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteText(CliIo io, PlanView view, bool explain)
    {
        var plan = view.Plan;
        var type = view.Type;
        var output = io.Out;
        output.WriteLine($"{type.Key}@{type.Version}: {plan.Definition.Title}");
        output.WriteLine($"  {plan.Definition.EnglishTitle}");
        output.WriteLine($"  Issuer: {plan.Definition.Issuer}; year {plan.Definition.Year}{(plan.Definition.DocumentNumber is { } document ? $"; {document}" : string.Empty)}");
        foreach (var line in LegalBasisText.Lines(plan.Definition.LegalBasis ?? type.LegalBasis))
        {
            output.WriteLine($"  {line}");
        }

        output.WriteLine("Sessions:");
        foreach (var session in plan.Sessions)
        {
            output.WriteLine($"  {session.Key}: {session.Title} — {PlanText.When(session)}{(session.Venue is null ? string.Empty : $" — {session.Venue}")}");
        }

        var console = io.CreateAnsiConsole();
        var table = new Table { Title = new TableTitle("Timeline (preview; nothing saved)") };
        table.AddColumns("#", "Due", "Phase", "Step", "Owner", "Deadline");
        var number = 0;
        foreach (var entry in view.Timeline)
        {
            number++;
            var deadline = view.Deadline(entry);
            table.AddRow(
                new Text(number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(PlanText.Due(entry)),
                new Text(PlanText.Phase(entry)),
                new Text($"{entry.Title} [{entry.Id}]"),
                new Text(entry.Owner),
                new Text(deadline?.Explanation.Summary ?? string.Empty));
        }

        console.Write(table);
        if (explain)
        {
            output.WriteLine("Explanations:");
            foreach (var entry in view.Timeline)
            {
                if (view.Deadline(entry) is { } deadline)
                {
                    output.WriteLine($"== {entry.Id}: {entry.Title}");
                    output.WriteLine(deadline.Explanation.Text);
                    output.WriteLine(deadline.Explanation.EnglishText);
                    output.WriteLine();
                }
            }
        }

        output.WriteLine("Agenda:");
        foreach (var item in plan.Definition.Agenda)
        {
            output.WriteLine($"  {item.Order}. {item.Title} — {item.Owner}");
        }

        output.WriteLine("Participants:");
        foreach (var group in plan.Definition.Participants)
        {
            var details = new[] { JsonOutput.Kind(group.Role), group.Quota?.ToString(), group.Level, group.Condition }.Where(d => !string.IsNullOrEmpty(d));
            output.WriteLine($"  - {group.Name} ({string.Join("; ", details)})");
        }

        output.WriteLine(view.Warnings.Count == 0 ? "Warnings: none." : "Warnings:");
        foreach (var warning in view.Warnings)
        {
            output.WriteLine($"  [{warning.Code}] {warning.Message}");
            output.WriteLine($"    {warning.EnglishMessage}");
        }

        PlanRulesReport.WriteText(output, view);
    }

    private static void WriteJson(TextWriter output, PlanView view, bool explain)
    {
        using var json = new JsonOutput(output);
        var writer = json.Writer;
        var plan = view.Plan;
        writer.WriteStartObject();
        writer.WriteStartObject("type");
        writer.WriteString("key", view.Type.Key);
        writer.WriteNumber("version", view.Type.Version);
        writer.WriteString("title", view.Type.Title);
        writer.WriteString("englishTitle", view.Type.EnglishTitle);
        LegalBasisText.Write(writer, plan.Definition.LegalBasis ?? view.Type.LegalBasis);
        writer.WriteEndObject();
        writer.WriteString("title", plan.Definition.Title);
        writer.WriteString("englishTitle", plan.Definition.EnglishTitle);
        writer.WriteString("issuer", plan.Definition.Issuer);
        writer.WriteNumber("year", plan.Definition.Year);
        writer.WriteStartObject("parameters");
        foreach (var (key, values) in plan.Parameters)
        {
            PlanJson.Strings(writer, key, values);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("sessions");
        foreach (var session in plan.Sessions)
        {
            PlanJson.Session(writer, session);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("steps");
        foreach (var entry in view.Timeline)
        {
            PlanJson.Step(writer, entry, view.Deadline(entry), explain);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("agenda");
        foreach (var item in plan.Definition.Agenda)
        {
            PlanJson.Agenda(writer, item);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("participants");
        foreach (var group in plan.Definition.Participants)
        {
            PlanJson.Participant(writer, group);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("warnings");
        foreach (var warning in view.Warnings)
        {
            PlanJson.Warning(writer, warning);
        }

        writer.WriteEndArray();
        PlanRulesReport.WriteJson(writer, view);
        writer.WriteEndObject();
        json.Complete();
    }
}
