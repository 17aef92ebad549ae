using System.CommandLine;
using Dialogue.Workflows.Cli.Infrastructure;
using Dialogue.Workflows.Runtime.Commands;
using EngineCommand = Dialogue.Workflows.Runtime.Commands.PlanCommand;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue plan issue|complete|cancel &lt;plan&gt;</c>: the plan's own moves, each recorded with its actor and document.</summary>
/// <remarks>The three share one shape (a plan, a document, the actor), so they are built here together.</remarks>
internal static class PlanLifecycleCommands
{
    /// <summary>Builds <c>plan issue &lt;plan&gt; [--doc &lt;number&gt;]</c>.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Issue(CliIo io) => Create(io, "issue", "Records the plan issued (ban hành), with its document number.", null,
        (_, by, doc, _, on) => new IssuePlan { By = by, Document = doc, On = on });

    /// <summary>Builds <c>plan complete &lt;plan&gt;</c>.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Complete(CliIo io) => Create(io, "complete", "Records the plan completed once every session is finished.", null,
        (_, by, doc, _, on) => new CompletePlan { By = by, Document = doc, On = on });

    /// <summary>Builds <c>plan cancel &lt;plan&gt; --reason …</c>.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Cancel(CliIo io) => Create(io, "cancel", "Cancels the plan.", CliOptions.Text("--reason", "Why.", required: true),
        (_, by, doc, reason, on) => new CancelPlan { By = by, Document = doc, Reason = reason!, On = on });

    private static Command Create(CliIo io, string name, string description, Option<string?>? reason,
        Func<Runtime.PlanInstance, Runtime.Actor, string?, string?, NodaTime.LocalDate?, EngineCommand> make)
    {
        var plan = PlanArguments.Plan();
        var doc = CliOptions.Text("--doc", "The document's number, e.g. 45/KH-UBND.");
        var date = CliOptions.Date("--date", "The day it happened, when recorded afterwards (default: today).");
        var command = new Command(name, description) { plan, doc, date };
        if (reason is not null)
        {
            command.Options.Add(reason);
        }

        var options = PlanOptions.ForChanging(command);
        command.SetAction(result => PlanRecorder.Record(io, result, options, result.GetValue(plan)!,
            (before, by) => make(before, by, result.GetValue(doc), reason is null ? null : result.GetValue(reason), result.GetValue(date))));
        return command;
    }
}
