using System.CommandLine;
using Dialogue.Workflows.Cli.Infrastructure;
using Dialogue.Workflows.Plans;
using Spectre.Console;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue plan types [--json]</c>: the registered plan types with their legal basis and its period in force, their parameters and defaults.</summary>
internal static class PlanTypesCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var command = new Command("types", "Lists the plan types: key, version, titles, and parameters with the document's defaults.");
        var options = PlanOptions.ForReading(command, database: false);
        command.SetAction(result => PlanContext.Run(io, result, options, StoreUse.None, context => Execute(context)));
        return command;
    }

    private static int Execute(PlanContext context)
    {
        var types = context.Engine.PlanTypes.All;
        if (context.Json)
        {
            WriteJson(context.Io.Out, types);
            return ExitCodes.Success;
        }

        var console = context.Io.CreateAnsiConsole();
        foreach (var type in types)
        {
            context.Io.Out.WriteLine($"{type.Key} (version {type.Version})");
            context.Io.Out.WriteLine($"  {type.Title}");
            context.Io.Out.WriteLine($"  {type.EnglishTitle}");
            foreach (var line in LegalBasisText.Lines(type.LegalBasis))
            {
                context.Io.Out.WriteLine($"  {line}");
            }

            var table = new Table();
            table.AddColumns("Parameter", "Kind", "Default", "Description");
            foreach (var parameter in type.Parameters)
            {
                var kind = JsonOutput.Kind(parameter.Kind) + (parameter.Multiple ? ", repeatable" : string.Empty) + (parameter.Required ? ", required" : string.Empty);
                table.AddRow(
                    new Text(parameter.Key),
                    new Text(kind),
                    new Text(parameter.Defaults.Count == 0 ? "—" : string.Join("; ", parameter.Defaults)),
                    new Text($"{parameter.Description} — {parameter.EnglishDescription}"));
            }

            console.Write(table);
        }

        return ExitCodes.Success;
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<IPlanType> types)
    {
        using var json = new JsonOutput(output);
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteStartArray("types");
        foreach (var type in types)
        {
            writer.WriteStartObject();
            writer.WriteString("key", type.Key);
            writer.WriteNumber("version", type.Version);
            writer.WriteString("title", type.Title);
            writer.WriteString("englishTitle", type.EnglishTitle);
            LegalBasisText.Write(writer, type.LegalBasis);
            writer.WriteStartArray("parameters");
            foreach (var parameter in type.Parameters)
            {
                writer.WriteStartObject();
                writer.WriteString("key", parameter.Key);
                writer.WriteString("kind", JsonOutput.Kind(parameter.Kind));
                writer.WriteString("description", parameter.Description);
                writer.WriteString("englishDescription", parameter.EnglishDescription);
                PlanJson.Strings(writer, "defaults", parameter.Defaults);
                writer.WriteBoolean("multiple", parameter.Multiple);
                writer.WriteBoolean("required", parameter.Required);
                if (parameter.Kind == PlanParameterKind.Integer)
                {
                    writer.WriteNumber("minimum", parameter.Minimum);
                    writer.WriteNumber("maximum", parameter.Maximum);
                }

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
