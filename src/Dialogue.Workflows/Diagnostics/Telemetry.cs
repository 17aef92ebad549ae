using System.Diagnostics;
using System.Diagnostics.Metrics;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using I = Dialogue.Workflows.Diagnostics.DialogueWorkflowsInstrumentation;

namespace Dialogue.Workflows.Diagnostics;

/// <summary>The activity source, the meter and the instruments named by <see cref="DialogueWorkflowsInstrumentation"/>.</summary>
/// <remarks>
/// One source and one meter for the process, as .NET libraries keep them: they hold no state of their own that a
/// caller could change, and cost nothing while no listener is attached.
/// </remarks>
internal static class Telemetry
{
    private static readonly string? Version = typeof(Telemetry).Assembly.GetName().Version?.ToString();
    private static readonly ActivitySource Source = new(I.SourceName, Version);
    private static readonly Meter Meter = new(I.SourceName, Version);
    private static readonly Counter<long> Commands = Meter.CreateCounter<long>(I.CommandsCounter, "{command}", "Commands run, by plan action and outcome.");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(I.CommandDuration, "s", "How long commands take.");
    private static readonly Counter<long> Refusals = Meter.CreateCounter<long>(I.RefusalsCounter, "{command}", "Commands the plan refused.");
    private static readonly Counter<long> Conflicts = Meter.CreateCounter<long>(I.ConflictsCounter, "{append}", "Appends that lost to another writer.");
    private static readonly Counter<long> Passes = Meter.CreateCounter<long>(I.MonitorPassesCounter, "{pass}", "Passes of the deadline monitor.");
    private static readonly Counter<long> Notifications = Meter.CreateCounter<long>(I.NotificationsCounter, "{notification}", "Notifications handed to the handlers.");

    /// <summary>The plan action a command stands for.</summary>
    public static string ActionOf(object command) => command switch
    {
        CreatePlan => nameof(PlanAction.Create),
        IssuePlan => nameof(PlanAction.Issue),
        CompletePlan => nameof(PlanAction.Complete),
        CancelPlan => nameof(PlanAction.Cancel),
        AddAdHocSession => nameof(PlanAction.AddSession),
        _ => Enum.TryParse<PlanAction>(command.GetType().Name, out var action) ? action.ToString() : command.GetType().Name,
    };

    /// <summary>Starts a command: its activity (null when nobody listens) and its start time.</summary>
    public static (Activity? Activity, long Started) StartCommand(string? planId, object command)
    {
        var activity = Source.StartActivity(I.CommandActivity, ActivityKind.Internal);
        activity?.SetTag(I.PlanIdTag, planId);
        activity?.SetTag(I.ActionTag, ActionOf(command));
        return (activity, Stopwatch.GetTimestamp());
    }

    /// <summary>Ends a command that ran: recorded, or repeated under its command id.</summary>
    public static void Ran(Activity? activity, long started, object command, bool repeated, string? planId = null) =>
        End(activity, started, command, repeated ? "repeated" : "recorded", null, planId);

    /// <summary>Ends a command that failed; a refusal and a conflict are counted as such.</summary>
    public static void Failed(Activity? activity, long started, object command, Exception error)
    {
        var (outcome, code) = error switch
        {
            AuthorizationDeniedException or InvalidTransitionException or ActionBlockedException or CommandRejectedException
                => ("refused", ((DialogueWorkflowException)error).ErrorCode),
            ConcurrencyException e => ("conflict", e.ErrorCode),
            DialogueWorkflowException e => ("failed", e.ErrorCode),
            _ => ("failed", error.GetType().FullName),
        };
        var action = new KeyValuePair<string, object?>(I.ActionTag, ActionOf(command));
        if (outcome == "refused")
        {
            Refusals.Add(1, action, new(I.ErrorCodeTag, code));
        }
        else if (outcome == "conflict")
        {
            Conflicts.Add(1, action);
        }

        activity?.SetStatus(ActivityStatusCode.Error, error.Message);
        End(activity, started, command, outcome, code, null);
    }

    /// <summary>Counts an append that lost to another writer and is retried.</summary>
    public static void Conflict(object command) => Conflicts.Add(1, new KeyValuePair<string, object?>(I.ActionTag, ActionOf(command)));

    /// <summary>Starts a pass of the deadline monitor.</summary>
    public static Activity? StartMonitorPass() => Source.StartActivity(I.MonitorPassActivity, ActivityKind.Internal);

    /// <summary>Ends a pass of the deadline monitor.</summary>
    public static void MonitorPassed(Activity? activity, int delivered)
    {
        activity?.SetTag(I.DeliveredTag, delivered);
        Passes.Add(1, new KeyValuePair<string, object?>(I.OutcomeTag, "completed"));
    }

    /// <summary>Counts a pass of the deadline monitor that failed.</summary>
    public static void MonitorPassFailed() => Passes.Add(1, new KeyValuePair<string, object?>(I.OutcomeTag, "failed"));

    /// <summary>Counts a notification handed to the handlers, by its ledger key (<c>…/moved/…</c> for a moved deadline).</summary>
    public static void Notified(string key, bool delivered) => Notifications.Add(1,
        new(I.NotificationKindTag, key.Contains("/moved/", StringComparison.Ordinal) ? "moved" : "deadline"),
        new(I.OutcomeTag, delivered ? "delivered" : "failed"));

    private static void End(Activity? activity, long started, object command, string outcome, string? code, string? planId)
    {
        var action = new KeyValuePair<string, object?>(I.ActionTag, ActionOf(command));
        var result = new KeyValuePair<string, object?>(I.OutcomeTag, outcome);
        Commands.Add(1, action, result);
        Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, action, result);
        if (activity is not null)
        {
            if (planId is not null)
            {
                activity.SetTag(I.PlanIdTag, planId);
            }

            activity.SetTag(I.OutcomeTag, outcome);
            if (code is not null)
            {
                activity.SetTag(I.ErrorCodeTag, code);
            }

            activity.Dispose();
        }
    }
}
