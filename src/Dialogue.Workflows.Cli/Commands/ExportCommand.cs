using System.CommandLine;
using System.Text;
using Dialogue.Workflows.Cli.Infrastructure;
using Dialogue.Workflows.Export;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue export &lt;plan&gt; --format ics|mermaid|markdown [--out &lt;file&gt;] [--json]</c>: a plan as a calendar, diagrams or a report.</summary>
internal static class ExportCommand
{
    /// <summary>The export formats.</summary>
    internal enum Format
    {
        /// <summary>iCalendar: every session and deadline.</summary>
        Ics = 1,

        /// <summary>Markdown with the Mermaid gantt timeline and the state diagrams.</summary>
        Mermaid = 2,

        /// <summary>The Markdown progress report.</summary>
        Markdown = 3,
    }

    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var planArgument = PlanArguments.Plan();
        var format = CliOptions.Choice<Format>("--format", "What to write.", required: true);
        var output = CliOptions.Text("--out", "The file to write (default: standard output).");
        var command = new Command("export", "Exports a plan: an iCalendar of its sessions and deadlines, Mermaid diagrams, or a Markdown report.")
        {
            planArgument, format, output,
        };
        var options = PlanOptions.ForReading(command);
        command.SetAction(result => PlanContext.Run(io, result, options, StoreUse.Read, context =>
        {
            var plan = context.Load(result.GetValue(planArgument)!);
            var timeline = context.Engine.Timeline(plan, context.Today);
            var text = result.GetValue(format) switch
            {
                Format.Ics => IcsWriter.Write(plan, timeline, context.Clock.GetCurrentInstant()),
                Format.Mermaid => $"# {plan.Definition.Title}\n\n```mermaid\n{TimelineGantt.Mermaid(plan, timeline).TrimEnd('\n')}\n```\n\n{StateDiagrams.MermaidAll(plan.Definition)}",
                _ => MarkdownReport.Render(plan, timeline, context.Today),
            };
            if (result.GetValue(output) is { } path)
            {
                try
                {
                    File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
                {
                    throw new CliUsageException($"--out: cannot write '{path}': {e.Message}");
                }

                if (context.Json)
                {
                    WriteJson(context, plan.Id, result.GetValue(format)!.Value, path, null);
                }
                else
                {
                    context.Io.Out.WriteLine($"wrote {path}");
                }
            }
            else if (context.Json)
            {
                WriteJson(context, plan.Id, result.GetValue(format)!.Value, null, text);
            }
            else
            {
                context.Io.Out.Write(text);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The export as one JSON object: <c>plan</c>, <c>format</c>, and <c>path</c> (written to a file) or <c>text</c> (the document).</summary>
    private static void WriteJson(PlanContext context, string planId, Format format, string? path, string? text)
    {
        using var json = new JsonOutput(context.Io.Out);
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteString("plan", planId);
        writer.WriteString("format", CliOptions.Kebab(format));
        if (path is not null)
        {
            writer.WriteString("path", path);
        }
        else
        {
            writer.WriteString("text", text);
        }

        writer.WriteEndObject();
        json.Complete();
    }
}
