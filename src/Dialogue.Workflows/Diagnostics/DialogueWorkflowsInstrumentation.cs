namespace Dialogue.Workflows.Diagnostics;

/// <summary>
/// The names of the traces and metrics Dialogue.Workflows emits through <see cref="System.Diagnostics.ActivitySource"/> and
/// <see cref="System.Diagnostics.Metrics.Meter"/>: listen to <see cref="SourceName"/> with OpenTelemetry or any listener.
/// </summary>
/// <remarks>
/// Every command the engine runs (<c>CreateAsync</c>, <c>RunAsync</c>, <c>ExecuteAsync</c>) is one
/// <see cref="CommandActivity"/> and one count in <see cref="CommandsCounter"/> with its outcome; a refused command
/// also counts in <see cref="RefusalsCounter"/>, a conflict with another writer in <see cref="ConflictsCounter"/>
/// (each retry too). Each pass of the <c>DeadlineMonitor</c> is one <see cref="MonitorPassActivity"/> and one count
/// in <see cref="MonitorPassesCounter"/>; each notification it hands to the handlers counts in
/// <see cref="NotificationsCounter"/>. Tags hold no plan ids on metrics (only on traces), so that their number stays small.
/// </remarks>
/// <example>
/// <code>
/// builder.Services.AddOpenTelemetry()
///     .WithTracing(t => t.AddSource(DialogueWorkflowsInstrumentation.SourceName))
///     .WithMetrics(m => m.AddMeter(DialogueWorkflowsInstrumentation.SourceName));
/// </code>
/// </example>
public static class DialogueWorkflowsInstrumentation
{
    /// <summary>The name of the activity source and of the meter: <c>Dialogue.Workflows</c>.</summary>
    public const string SourceName = "Dialogue.Workflows";

    /// <summary>The activity of one command: <c>dialogue.command</c>; tags <see cref="PlanIdTag"/>, <see cref="ActionTag"/>, <see cref="OutcomeTag"/>, <see cref="ErrorCodeTag"/>.</summary>
    public const string CommandActivity = "dialogue.command";

    /// <summary>The activity of one pass of the deadline monitor: <c>dialogue.monitor.pass</c>; tag <see cref="DeliveredTag"/>.</summary>
    public const string MonitorPassActivity = "dialogue.monitor.pass";

    /// <summary>Commands run (counter, <c>{command}</c>); tags <see cref="ActionTag"/>, <see cref="OutcomeTag"/>.</summary>
    public const string CommandsCounter = "dialogue.commands";

    /// <summary>How long commands take (histogram, seconds); tags <see cref="ActionTag"/>, <see cref="OutcomeTag"/>.</summary>
    public const string CommandDuration = "dialogue.command.duration";

    /// <summary>Commands refused by the plan: its state, a guard, a rule or its authority (counter); tags <see cref="ActionTag"/>, <see cref="ErrorCodeTag"/>.</summary>
    public const string RefusalsCounter = "dialogue.refusals";

    /// <summary>Appends that lost to another writer, retried or not (counter); tag <see cref="ActionTag"/>.</summary>
    public const string ConflictsCounter = "dialogue.conflicts";

    /// <summary>Passes of the deadline monitor (counter); tag <see cref="OutcomeTag"/>: <c>completed</c> or <c>failed</c>.</summary>
    public const string MonitorPassesCounter = "dialogue.monitor.passes";

    /// <summary>Notifications handed to the handlers (counter); tags <see cref="NotificationKindTag"/>, <see cref="OutcomeTag"/>: <c>delivered</c> or <c>failed</c>.</summary>
    public const string NotificationsCounter = "dialogue.notifications";

    /// <summary>The plan action: <c>dialogue.action</c>, e.g. <c>Issue</c>, <c>ScheduleSession</c>, <c>Create</c>.</summary>
    public const string ActionTag = "dialogue.action";

    /// <summary>The outcome: <c>dialogue.outcome</c>; for commands <c>recorded</c>, <c>repeated</c>, <c>refused</c>, <c>conflict</c>, <c>failed</c>.</summary>
    public const string OutcomeTag = "dialogue.outcome";

    /// <summary>The stable error code of a refusal or failure: <c>error.type</c>, e.g. <c>authorization.denied</c>.</summary>
    public const string ErrorCodeTag = "error.type";

    /// <summary>The plan's id, on traces only: <c>dialogue.plan.id</c>.</summary>
    public const string PlanIdTag = "dialogue.plan.id";

    /// <summary>What a notification is about: <c>dialogue.notification.kind</c>, <c>deadline</c> or <c>moved</c>.</summary>
    public const string NotificationKindTag = "dialogue.notification.kind";

    /// <summary>How many notifications a monitor pass delivered: <c>dialogue.notifications.delivered</c>.</summary>
    public const string DeliveredTag = "dialogue.notifications.delivered";
}
