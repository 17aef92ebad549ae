using System.Globalization;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Dialogue.Workflows.Hosting;

/// <summary>
/// A hosted service that, on an interval and by the injected <see cref="IClock"/>, finds deadlines
/// that are approaching, due today or missed, and hands each to the host's
/// <see cref="IDeadlineNotificationHandler"/>s — once across every host sharing the
/// <see cref="INotificationLedger"/>.
/// </summary>
/// <remarks>
/// A notification is keyed by plan, task, state and due date: the same task notifies again when it
/// moves from approaching to due today to overdue, or when its due date changes. When a change of the
/// working calendar moved an open deadline (recorded when the plan is read), the handlers are told once
/// (<see cref="IDeadlineNotificationHandler.HandleMovedAsync"/>), keyed by plan, task, old and new date. A failed delivery is
/// retried on the next pass. <see cref="RunOnceAsync"/> runs one pass, for hosts that schedule the
/// work themselves and for tests.
/// </remarks>
/// <example>
/// <code>
/// services.Configure&lt;DeadlineMonitorOptions&gt;(configuration.GetSection("DeadlineMonitor"));   // { "Interval": "00:05:00" }
/// services.AddDialogueWorkflows(b => b.UseSqlite("plans.db").AddWardPlans()
///     .AddDeadlineMonitor()
///     .AddDeadlineHandler&lt;MailDeadlineHandler&gt;());   // an IDeadlineNotificationHandler of the host's
/// </code>
/// </example>
public sealed partial class DeadlineMonitor : BackgroundService
{
    private readonly DialogueEngine _engine;
    private readonly INotificationLedger _ledger;
    private readonly IReadOnlyList<IDeadlineNotificationHandler> _handlers;
    private readonly IClock _clock;
    private readonly DeadlineMonitorOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates a monitor.</summary>
    /// <param name="engine">The engine whose plans are watched.</param>
    /// <param name="ledger">The shared record of delivered notifications.</param>
    /// <param name="handlers">The host's handlers.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="options">Settings.</param>
    /// <param name="logger">A logger; none when null.</param>
    /// <exception cref="OptionsValidationException">The settings are invalid.</exception>
    public DeadlineMonitor(DialogueEngine engine, INotificationLedger ledger, IEnumerable<IDeadlineNotificationHandler> handlers, IClock clock,
        IOptions<DeadlineMonitorOptions> options, ILogger<DeadlineMonitor>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(handlers);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        _engine = engine;
        _ledger = ledger;
        _handlers = [.. handlers];
        _clock = clock;
        _options = options.Value;
        if (_options.Problems() is { Count: > 0 } problems)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(DeadlineMonitorOptions), problems);
        }

        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Runs one pass: every open dated step that is due, from the read model, each delivered at most once.</summary>
    /// <param name="cancellationToken">Cancels the pass.</param>
    /// <returns>How many notifications this host delivered.</returns>
    /// <remarks>
    /// The pass reads the steps that are overdue, due today or within the lead from the engine's read model, and the
    /// ledger's records of each page in one read: a notification already delivered, or held by another host's live claim, is passed over
    /// without a write, and a plan is loaded only for a notification that is sent. A pass with nothing new writes nothing.
    /// </remarks>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        using var activity = Diagnostics.Telemetry.StartMonitorPass();
        var now = _clock.GetCurrentInstant();
        var today = VietnamTime.Today(now);
        var delivered = 0;
        var plans = new Dictionary<string, PlanInstance?>(StringComparer.Ordinal);
        for (DatedItem? after = null; ;)
        {
            var page = await _engine.DueAsync(new DueRequest { Today = today, LookAheadWorkingDays = _options.LeadWorkingDays, Limit = PageSize, After = after },
                cancellationToken).ConfigureAwait(false);
            var keys = page.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Item.PlanId}/{e.Item.EntityId}/{e.State}/{e.Item.Due:yyyy-MM-dd}")).ToList();
            var known = await _ledger.GetManyAsync(keys, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < page.Count; i++)
            {
                var (entry, key) = (page[i], keys[i]);
                if (Settled(known, key, now)
                    || await PlanAsync(plans, entry.Item.PlanId, cancellationToken).ConfigureAwait(false) is not { } plan
                    || _engine.Due(plan, now, _options.LeadWorkingDays).FirstOrDefault(i => i.Task.Id == entry.Item.EntityId) is not { } item)
                {
                    continue;
                }

                if (await DeliverAsync(key, now, (handler, attempt) => handler.HandleAsync(new DeadlineNotificationArguments(plan, item, now, attempt, key), cancellationToken),
                        cancellationToken).ConfigureAwait(false))
                {
                    delivered++;
                }
            }

            if (page.Count < PageSize)
            {
                break;
            }

            after = page[^1].Item;
        }

        for (DatedItem? after = null; ;)
        {
            var page = await _engine.MovedAsync(PageSize, after, cancellationToken).ConfigureAwait(false);
            var keys = page.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.PlanId}/{m.EntityId}/moved/{m.MovedFrom:yyyy-MM-dd}/{m.MovedTo:yyyy-MM-dd}")).ToList();
            var known = await _ledger.GetManyAsync(keys, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < page.Count; i++)
            {
                var (moved, key) = (page[i], keys[i]);
                if (Settled(known, key, now)
                    || await PlanAsync(plans, moved.PlanId, cancellationToken).ConfigureAwait(false) is not { } plan)
                {
                    continue;
                }

                foreach (var (task, change, policy) in Moves(plan).Where(m => m.Task.Id == moved.EntityId))
                {
                    if (await DeliverAsync(key, now, (handler, attempt) => handler.HandleMovedAsync(
                            new DeadlineMovedArguments(plan, task, change.Old!.Value, change.New!.Value, policy, change.Reason, change.EnglishReason, now, attempt, key),
                            cancellationToken), cancellationToken).ConfigureAwait(false))
                    {
                        delivered++;
                    }
                }
            }

            if (page.Count < PageSize)
            {
                break;
            }

            after = page[^1];
        }

        Diagnostics.Telemetry.MonitorPassed(activity, delivered);
        return delivered;
    }

    // Steps read from the read model per round trip.
    private const int PageSize = 500;

    /// <summary>Whether the ledger's records of a page say there is nothing to do for a notification: delivered, or claimed by a host whose lease still holds.</summary>
    private static bool Settled(IReadOnlyDictionary<string, NotificationRecord> known, string key, Instant now) =>
        known.TryGetValue(key, out var record)
        && (record.State == NotificationState.Delivered || (record.State == NotificationState.Claimed && record.LeaseUntil > now));

    /// <summary>A plan loaded once per pass; null when its history cannot be read (logged, and the pass goes on).</summary>
    private async Task<PlanInstance?> PlanAsync(Dictionary<string, PlanInstance?> plans, string planId, CancellationToken cancellationToken)
    {
        if (plans.TryGetValue(planId, out var known))
        {
            return known;
        }

        PlanInstance? plan = null;
        try
        {
            plan = await _engine.GetCurrentAsync(planId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is PlanHistoryException or StreamDamagedException)
        {
            // One plan whose history cannot be read must not silence the notifications of every other plan.
            LogUnreadablePlan(error, planId);
        }

        plans[planId] = plan;
        return plan;
    }

    /// <summary>The last recorded calendar move of each open task of an open plan (reading the plan records a pending one).</summary>
    private static IEnumerable<(PlanTaskInstance Task, Runtime.Events.DueChange Change, CalendarChangePolicy Policy)> Moves(PlanInstance plan)
    {
        if (plan.Status is PlanStatus.Completed or PlanStatus.Cancelled)
        {
            yield break;
        }

        // The fold keeps each task's last move with its policy: the plan's history need not be loaded for it.
        foreach (var task in plan.Tasks.Where(t => t.Status == PlanTaskStatus.Open))
        {
            if (task.CalendarMove is { } move)
            {
                yield return (task, move, task.CalendarMovePolicy);
            }
        }
    }

    /// <summary>Claims a notification in the ledger and hands it to every handler; false when another host has it or a handler failed.</summary>
    private async Task<bool> DeliverAsync(string key, Instant now, Func<IDeadlineNotificationHandler, int, ValueTask> handle, CancellationToken cancellationToken)
    {
        if (!await _ledger.TryClaimAsync(key, _options.HostName, now, now + Duration.FromTimeSpan(_options.ClaimLease), cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var attempt = (await _ledger.GetAsync(key, cancellationToken).ConfigureAwait(false))?.Attempts ?? 1;
        try
        {
            foreach (var handler in _handlers)
            {
                await handle(handler, attempt).ConfigureAwait(false);
            }

            await _ledger.MarkDeliveredAsync(key, _options.HostName, _clock.GetCurrentInstant(), cancellationToken).ConfigureAwait(false);
            Diagnostics.Telemetry.Notified(key, delivered: true);
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A handler's own timeout is a failed delivery too; only the pass's cancellation stops it.
            await _ledger.MarkFailedAsync(key, _options.HostName, error.Message, cancellationToken).ConfigureAwait(false);
            LogHandlerFailed(error, key, attempt);
            Diagnostics.Telemetry.Notified(key, delivered: false);
            return false;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var delivered = await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                LogPass(delivered);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A pass that fails (a store briefly unreachable) must not stop the monitor: the next pass tries again.
                LogPassFailed(error);
                Diagnostics.Telemetry.MonitorPassFailed();
            }

            try
            {
                // On the host's TimeProvider when the clock is one (UseTimeProvider), so that a fake one drives the passes.
                await Task.Delay(_options.Interval, (_clock as TimeProviderClock)?.TimeProvider ?? TimeProvider.System, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "Deadline monitor pass delivered {Delivered} notification(s)")]
    private partial void LogPass(int delivered);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Deadline notification {Key} failed on attempt {Attempt}; it will be retried")]
    private partial void LogHandlerFailed(Exception error, string key, int attempt);

    [LoggerMessage(EventId = 12, Level = LogLevel.Error, Message = "Deadline monitor pass failed; the next pass tries again")]
    private partial void LogPassFailed(Exception error);

    [LoggerMessage(EventId = 13, Level = LogLevel.Error, Message = "Deadline monitor skipped plan {PlanId}: its history cannot be read")]
    private partial void LogUnreadablePlan(Exception error, string planId);
}
