using System.CommandLine;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Events;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>Runs one command on a stored plan and prints what it recorded.</summary>
internal static class PlanRecorder
{
    /// <summary>Loads the plan, builds the command from it, runs it, and prints the recorded events.</summary>
    /// <param name="io">The streams.</param>
    /// <param name="result">The parse.</param>
    /// <param name="options">The command's shared options.</param>
    /// <param name="planId">The plan.</param>
    /// <param name="make">Builds the command from the plan as it stands (to find its only session, a task by key …) and the actor.</param>
    /// <returns>The exit code.</returns>
    /// <remarks>
    /// The deviations given with <c>--deviate</c> are added to the command; a code that names no rule is bad input.
    /// The store is opened for reading: a missing database file holds no plan, and is not created for a command that can only fail.
    /// </remarks>
    public static int Record(CliIo io, ParseResult result, PlanOptions options, string planId, Func<PlanInstance, Actor, PlanCommand> make) =>
        PlanContext.Run(io, result, options, StoreUse.Read, context =>
        {
            var before = context.Load(planId);
            var deviations = options.Deviations(result);
            foreach (var deviation in deviations)
            {
                if (!context.Engine.Rules.Any(r => r.Code == deviation.Rule))
                {
                    throw new CliUsageException($"--deviate: '{deviation.Rule}' is not a rule's code; rules that allow a deviation: "
                        + string.Join(", ", context.Engine.Rules.Where(r => r.AllowsDeviation).Select(r => r.Code)));
                }
            }

            var command = make(before, context.By) with { Deviations = deviations };
            Write(context, context.Execute(planId, command));
            return ExitCodes.Success;
        });

    /// <summary>Prints exactly the events a command appended (never another writer's) and where the plan stood right after it.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="outcome">What the command did; when repeated under a recorded command id, what it did the first time.</param>
    public static void Write(PlanContext context, CommandOutcome outcome)
    {
        var (plan, recorded) = (outcome.Plan, outcome.Events);
        var first = outcome.FirstVersion;
        if (context.Json)
        {
            using var json = new JsonOutput(context.Io.Out);
            var writer = json.Writer;
            writer.WriteStartObject();
            writer.WriteString("plan", plan.Id);
            writer.WriteString("status", JsonOutput.Kind(plan.Status));
            writer.WriteNumber("version", plan.Version);
            writer.WriteString("commandId", outcome.CommandId);
            writer.WriteBoolean("repeated", outcome.Repeated);
            writer.WriteStartArray("recorded");
            for (var i = 0; i < recorded.Count; i++)
            {
                PlanJson.Event(writer, recorded[i], first + i);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            json.Complete();
            return;
        }

        foreach (var e in recorded)
        {
            var document = e.Document is null ? string.Empty : $" [{e.Document}]";
            var verb = outcome.Repeated ? "already recorded" : "recorded";
            context.Io.Out.WriteLine($"{verb} {EventText.Name(e)}: {EventText.Details(e)}".TrimEnd(' ', ':') + document);
        }

        if (outcome.Repeated)
        {
            context.Io.Out.WriteLine($"command {outcome.CommandId} was recorded before: nothing new was written");
        }

        context.Io.Out.WriteLine($"plan {plan.Id}: {plan.Status}, version {plan.Version}");
    }
}
