using System.CommandLine;
using Dialogue.Workflows.Cli.Infrastructure;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue explain &lt;plan&gt; &lt;task&gt; [--json]</c>: why a task's deadline is what it is, in Vietnamese then English.</summary>
internal static class ExplainCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var planArgument = PlanArguments.Plan();
        var taskArgument = PlanArguments.Task();
        var command = new Command("explain", "Explains a task's deadline: the rule, the anchor, each day skipped and why, the legal basis.") { planArgument, taskArgument };
        var options = PlanOptions.ForReading(command);
        command.SetAction(result => PlanContext.Run(io, result, options, StoreUse.Read, context =>
        {
            var plan = context.Load(result.GetValue(planArgument)!);
            var task = plan.Task(PlanLookup.Task(plan, result.GetValue(taskArgument)!));
            var deadline = context.Engine.Explain(plan, task.Id);
            // An extension is recorded on the task; the explanation is of the plan's rule.
            var extended = task.ExtendedDue is { } newDue ? $"Gia hạn đến {DateText.Vietnamese(newDue)} / extended to {DateText.Iso(newDue)}: {task.Reason}" : null;
            if (context.Json)
            {
                using var json = new JsonOutput(context.Io.Out);
                var writer = json.Writer;
                writer.WriteStartObject();
                writer.WriteString("plan", plan.Id);
                writer.WriteString("task", task.Id);
                writer.WriteString("title", task.Definition.Title);
                PlanJson.Date(writer, "due", task.Due ?? deadline?.Due);
                PlanJson.Date(writer, "extendedDue", task.ExtendedDue);
                PlanJson.Date(writer, "dueEarliest", deadline?.Earliest);
                PlanJson.Date(writer, "dueLatest", deadline?.Latest);
                PlanJson.Date(writer, "opens", deadline?.Opens);
                writer.WriteString("summary", deadline?.Explanation.Summary);
                writer.WriteString("englishSummary", deadline?.Explanation.EnglishSummary);
                writer.WriteString("text", deadline?.Explanation.Text);
                writer.WriteString("englishText", deadline?.Explanation.EnglishText);
                writer.WriteStartArray("skippedDays");
                foreach (var day in deadline?.Explanation.SkippedDays ?? [])
                {
                    CalendarDayOutput.WriteJson(json, context.Engine.Calendar, day);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                json.Complete();
                return ExitCodes.Success;
            }

            var output = context.Io.Out;
            output.WriteLine($"{task.Id}: {task.Definition.Title}");
            output.WriteLine($"  {task.Definition.EnglishTitle}");
            if (deadline is null)
            {
                output.WriteLine("Nhiệm vụ này không có thời hạn trong kế hoạch. The plan sets this task no deadline.");
            }
            else
            {
                output.WriteLine();
                output.WriteLine(deadline.Explanation.Text);
                output.WriteLine();
                output.WriteLine(deadline.Explanation.EnglishText);
            }

            if (extended is not null)
            {
                output.WriteLine();
                output.WriteLine(extended);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
