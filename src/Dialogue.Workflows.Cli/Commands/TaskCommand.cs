using System.CommandLine;
using Dialogue.Workflows.Cli.Infrastructure;
using Dialogue.Workflows.Runtime.Commands;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue task done|waive|extend &lt;plan&gt; &lt;task&gt;</c>: a task's moves.</summary>
/// <remarks>A task is named by its id (<c>front-summary@session-1</c>) or, when only one session has it, by its key (<c>front-summary</c>).</remarks>
internal static class TaskCommand
{
    /// <summary>Builds the command group.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io) =>
        new("task", "Records a task done, waived, or its deadline extended.")
        {
            Done(io),
            Waive(io),
            Extend(io),
        };

    private static Command Done(CliIo io)
    {
        var (command, plan, task, doc, options) = Shape("done", "Records the task done (late when after its due date).");
        var date = CliOptions.Date("--date", "The day it was done, when recorded afterwards (default: today).");
        command.Options.Add(date);
        command.SetAction(result => PlanRecorder.Record(io, result, options, result.GetValue(plan)!, (before, by) => new CompleteTask
        {
            Task = PlanLookup.Task(before, result.GetValue(task)!), By = by, Document = result.GetValue(doc), On = result.GetValue(date),
        }));
        return command;
    }

    private static Command Waive(CliIo io)
    {
        var (command, plan, task, doc, options) = Shape("waive", "Waives a task that is not needed.");
        var reason = CliOptions.Text("--reason", "Why.", required: true);
        command.Options.Add(reason);
        command.SetAction(result => PlanRecorder.Record(io, result, options, result.GetValue(plan)!, (before, by) => new WaiveTask
        {
            Task = PlanLookup.Task(before, result.GetValue(task)!), Reason = result.GetValue(reason)!, By = by, Document = result.GetValue(doc),
        }));
        return command;
    }

    private static Command Extend(CliIo io)
    {
        var (command, plan, task, doc, options) = Shape("extend", "Extends the task's deadline (gia hạn) to a later date.");
        var due = CliOptions.Date("--due", "The new due date.", required: true);
        var reason = CliOptions.Text("--reason", "Why.", required: true);
        command.Options.Add(due);
        command.Options.Add(reason);
        command.SetAction(result => PlanRecorder.Record(io, result, options, result.GetValue(plan)!, (before, by) => new ExtendDeadline
        {
            Task = PlanLookup.Task(before, result.GetValue(task)!), NewDue = result.GetValue(due)!.Value, Reason = result.GetValue(reason)!, By = by,
            Document = result.GetValue(doc),
        }));
        return command;
    }

    private static (Command Command, Argument<string> Plan, Argument<string> Task, Option<string?> Doc, PlanOptions Options) Shape(string name, string description)
    {
        var plan = PlanArguments.Plan();
        var task = PlanArguments.Task();
        var doc = CliOptions.Text("--doc", "The document's number, if any.");
        var command = new Command(name, description) { plan, task, doc };
        return (command, plan, task, doc, PlanOptions.ForChanging(command));
    }
}
