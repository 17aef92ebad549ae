namespace Dialogue.Workflows.Hosting;

/// <summary>A host's handler of deadline notifications: send an e-mail, a message, a task in the office system.</summary>
/// <remarks>
/// Each notification reaches every registered handler once across all hosts. A handler that throws
/// makes the whole notification count as failed: it is delivered again on a later pass (to every
/// handler, so handlers should tolerate a repeat after their own failure).
/// </remarks>
/// <example>
/// <code>
/// public sealed class LogDeadlineHandler(ILogger&lt;LogDeadlineHandler&gt; logger) : IDeadlineNotificationHandler
/// {
///     public ValueTask HandleAsync(DeadlineNotificationArguments arguments, CancellationToken cancellationToken)
///     {
///         logger.LogInformation("{Plan} {Task} {State} {Due}", arguments.Plan.Id, arguments.Item.Task.Id, arguments.State, arguments.Item.Due);
///         return ValueTask.CompletedTask;
///     }
/// }
/// </code>
/// </example>
public interface IDeadlineNotificationHandler
{
    /// <summary>Handles one notification.</summary>
    /// <param name="arguments">What is due.</param>
    /// <param name="cancellationToken">Cancelled when the host stops.</param>
    /// <returns>A task that completes when the notification is handled.</returns>
    ValueTask HandleAsync(DeadlineNotificationArguments arguments, CancellationToken cancellationToken);

    /// <summary>Handles the notice that a change of the working calendar moved an open deadline (once per move across all hosts).</summary>
    /// <param name="arguments">The task, the old and new dates, and why.</param>
    /// <param name="cancellationToken">Cancelled when the host stops.</param>
    /// <returns>A task that completes when the notice is handled; by default nothing is done.</returns>
    ValueTask HandleMovedAsync(DeadlineMovedArguments arguments, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
