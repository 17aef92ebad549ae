using System.CommandLine;
using Dialogue.Workflows.Cli.Infrastructure;
using Dialogue.Workflows.Runtime.Commands;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary><c>dialogue plan new &lt;type&gt; [--session …]… [--param key=value]… [--id …] [--tenant …]</c>: creates a plan and prints its id and timeline.</summary>
internal static class PlanNewCommand
{
    private const int MaxIdLength = 200;

    /// <summary>Builds the command.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io)
    {
        var type = PlanArguments.Type();
        var sessions = PlanArguments.Sessions();
        var parameters = CliOptions.Parameters();
        var id = CliOptions.Text("--id", "The new plan's id, normalised to Unicode NFC (default: one derived from the command id, so that repeating the command finds the same plan).");
        var tenant = CliOptions.Text("--tenant", "The tenant the plan belongs to, when one database keeps the plans of several (plan list and due filter by it).");
        var command = new Command("new", "Creates a plan of a type for the given dates and keeps it in the database.") { type, sessions, parameters, id, tenant };
        var options = PlanOptions.ForChanging(command, deviations: false);
        command.SetAction(result => PlanContext.Run(io, result, options, StoreUse.Write, context =>
        {
            // The stores keep a plan as a stream, whose id has at most MaxIdLength characters (EventStoreGuard).
            if (result.GetValue(id) is { Length: > MaxIdLength } tooLong)
            {
                throw new CliUsageException($"--id: '{tooLong}' has {tooLong.Length} characters; expected at most {MaxIdLength}");
            }

            var plan = context.Engine.CreateAsync(new CreatePlan
            {
                TypeKey = result.GetValue(type)!,
                Parameters = PlanArguments.Combine(result.GetValue(sessions), result.GetValue(parameters)),
                By = context.By,
                PlanId = result.GetValue(id),
                TenantId = result.GetValue(tenant),
                CommandId = context.CommandId,
            }).GetAwaiter().GetResult();
            var view = PlanView.Of(context.Engine, plan, context.Today);
            if (context.Json)
            {
                PlanReport.WriteJson(context, view);
            }
            else
            {
                context.Io.Out.WriteLine(plan.Id);
                PlanReport.WriteText(context, view);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
