using System.CommandLine;
using Dialogue.Workflows.Cli.Infrastructure;
using Dialogue.Workflows.Runtime;
using Spectre.Console;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue history &lt;plan&gt; [--json]</c>: every event, with who, when (Vietnam time), role, unit and document.</summary>
internal static class HistoryCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var planArgument = PlanArguments.Plan();
        var command = new Command("history", "Shows every event of a plan: what, when (Asia/Ho_Chi_Minh), who, with which title, unit, position and signing form, on which document; then the rules set aside.") { planArgument };
        var options = PlanOptions.ForReading(command);
        command.SetAction(result => PlanContext.Run(io, result, options, StoreUse.Read, context =>
        {
            var plan = context.LoadHistory(result.GetValue(planArgument)!);
            if (context.Json)
            {
                using var json = new JsonOutput(context.Io.Out);
                json.Writer.WriteStartObject();
                json.Writer.WriteString("plan", plan.Id);
                json.Writer.WriteStartArray("events");
                for (var i = 0; i < plan.Events.Count; i++)
                {
                    PlanJson.Event(json.Writer, plan.Events[i], i + 1);
                }

                json.Writer.WriteEndArray();
                json.Writer.WriteEndObject();
                json.Complete();
                return ExitCodes.Success;
            }

            context.Io.Out.WriteLine($"History of plan {plan.Id} (recorded at, by the host's clock in Asia/Ho_Chi_Minh; acted on, as the actor said):");
            var table = new Table();
            table.AddColumns("#", "Recorded", "Acted on", "Event", "Details", "By", "Role", "Unit", "Position", "Signing", "Document");
            for (var i = 0; i < plan.Events.Count; i++)
            {
                var e = plan.Events[i];
                table.AddRow(
                    new Text((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new Text(EventText.Local(e.At)),
                    new Text(DateText.Iso(e.ActedOn ?? VietnamTime.Today(e.At))),
                    new Text(EventText.Name(e)),
                    new Text(EventText.Details(e)),
                    new Text(e.By.UserId),
                    new Text(e.By.Role),
                    new Text(e.By.Unit),
                    new Text(ActorWords.Position(e.By.Position)),
                    new Text(ActorWords.Signing(e.By.Signing) ?? string.Empty),
                    new Text(e.Document ?? string.Empty));
            }

            context.Io.CreateAnsiConsole().Write(table);
            if (plan.Deviations.Count > 0)
            {
                // Set apart as well, so that no one reads the history without seeing which rules were set aside.
                context.Io.Out.WriteLine("Deviations (rules set aside by a recorded decision):");
                foreach (var d in plan.Deviations)
                {
                    var signing = ActorWords.Signing(d.By.Signing) is { } form ? $", {form}" : string.Empty;
                    context.Io.Out.WriteLine($"  {d.Rule}: {d.Reason} [{d.Document}] by {d.By.UserId} ({d.By.Unit}, {ActorWords.Position(d.By.Position)}{signing}) on {DateText.Iso(d.ActedOn ?? VietnamTime.Today(d.At))}");
                    context.Io.Out.WriteLine($"    {d.EnglishViolation} — {d.Violation}");
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
