using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Events;
using Dialogue.Workflows.Storage;
using NodaTime;

namespace Dialogue.Workflows.Runtime;

/// <summary>The read model: what cross-plan reads need, computed from each plan with every append and kept by the store.</summary>
public sealed partial class DialogueEngine
{
    /// <summary>The version of <see cref="Projection"/>: a read model built by another one is rebuilt from the events on first use.</summary>
    public const int ReadModelFormat = 1;

    // Plans projected per round trip when bringing the read model up to date.
    private const int ProjectionBatch = 100;

    private readonly Lazy<string> _calendarFingerprint;

    /// <summary>
    /// The fingerprint of <see cref="Calendar"/> and <see cref="DialogueEngineOptions.CalendarChangePolicy"/>: which days are
    /// working days and how a changed calendar is followed, hashed. Rows computed with another fingerprint are recomputed.
    /// </summary>
    /// <remarks>
    /// The store records one fingerprint for all its rows. Engines that share a store should load the same schedule files and
    /// overrides and use the same policy: an engine whose fingerprint differs from the recorded one recomputes every open
    /// plan's rows (recording the moves it sees) before its first cross-plan read, and two engines that differ would do so
    /// in turn, each undoing the other's dates.
    /// </remarks>
    public string CalendarFingerprintValue => _calendarFingerprint.Value;

    /// <summary>A plan's read model: its summary row and its open steps with a due date, as cross-plan queries see them.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The rows; the same for the same plan, whether it was just changed or replayed from its events.</returns>
    public ReadModelUpdate Projection(PlanInstance plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var items = new List<DatedItem>();
        if (plan.Status is not (PlanStatus.Completed or PlanStatus.Cancelled))
        {
            foreach (var task in plan.Tasks.Where(t => t.Status == PlanTaskStatus.Open && !SessionCancelled(plan, t)))
            {
                if ((task.Due ?? _dues.DueOf(plan, task)) is not { } due)
                {
                    continue;
                }

                var owner = task.Definition.Owner;
                // The last move the calendar made, kept on the task by the fold: the history need not be read for it.
                var move = task.CalendarMove;
                items.Add(new DatedItem(plan.Id, task.Id, "task", owner, due, task.Status.ToString())
                {
                    OwnerName = plan.Definition.Units.FirstOrDefault(u => u.Key == owner)?.Name ?? owner,
                    Title = task.Definition.Title,
                    EnglishTitle = task.Definition.EnglishTitle,
                    Session = task.Session,
                    TenantId = plan.TenantId,
                    MovedFrom = move?.Old,
                    MovedTo = move?.New,
                });
            }
        }

        var definition = plan.Definition;
        var summary = new PlanSummary(plan.Id, plan.TypeKey, plan.TypeVersion, definition.Title, definition.Issuer, definition.Year, plan.TenantId, plan.Status.ToString(), plan.Version)
        {
            DocumentNumber = plan.DocumentNumber,
            CreatedAt = plan.CreatedAt,
            OpenItems = items.Count,
            NextDue = items.Count == 0 ? null : items.Min(i => i.Due),
            Calendar = CalendarFingerprintValue,
            SearchText = Fold(string.Join('\n', plan.Id, definition.Title, definition.Issuer, plan.DocumentNumber ?? string.Empty)),
        };
        return new ReadModelUpdate(summary, [.. items.OrderBy(i => i.Due).ThenBy(i => i.EntityId, StringComparer.Ordinal)]);
    }

    /// <summary>A page of plans from the read model, oldest first, filtered; no plan is replayed.</summary>
    /// <param name="query">The filters and the page; <see cref="PlanQuery.Today"/> is set to today when left at its default, and the text is folded to lower case here.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, with the cursor of the next one.</returns>
    /// <remarks>
    /// Before it answers, the engine brings the read model up to date: plans appended without their rows (or carried
    /// over from an older store) are projected, and rows computed with another working calendar are recomputed, recording
    /// the moved deadlines as <see cref="DialogueEngineOptions.CalendarChangePolicy"/> says. A store without a read model
    /// (or one opened read-only while it is behind) is answered by replaying its plans.
    /// </remarks>
    /// <example>
    /// <code>
    /// var page = await engine.ListPlansAsync(new PlanQuery { Status = nameof(PlanStatus.Issued), Year = 2024, Limit = 20 });
    /// while (true)
    /// {
    ///     foreach (var plan in page.Plans) Console.WriteLine($"{plan.PlanId} {plan.Title} {plan.NextDue}");
    ///     if (page.Next is not { } next) break;
    ///     page = await engine.ListPlansAsync(new PlanQuery { Status = nameof(PlanStatus.Issued), Year = 2024, Limit = 20, After = next });
    /// }
    /// </code>
    /// </example>
    public async Task<PlanPage> ListPlansAsync(PlanQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query with
        {
            Today = query.Today == default ? VietnamTime.Today(_clock) : query.Today,
            Text = string.IsNullOrWhiteSpace(query.Text) ? null : Fold(query.Text.Trim()),
        };
        var store = await ReadyReadModelAsync(cancellationToken).ConfigureAwait(false) ?? await ReplayedReadModelAsync(cancellationToken).ConfigureAwait(false);
        return await store.QueryPlansAsync(query, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What is overdue, due today or approaching across every plan, from the read model; no plan is replayed.</summary>
    /// <param name="request">The day, the range, the filters and the page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The steps, by due date, plan and step; states as <see cref="Due"/> gives them for one plan.</returns>
    /// <example>
    /// <code>
    /// foreach (var entry in await engine.DueAsync(new DueRequest { Today = new LocalDate(2024, 6, 3), Owner = "office" }))
    ///     Console.WriteLine($"{entry.Item.Due} {entry.State} {entry.Item.PlanId} {entry.Item.Title}");
    /// </code>
    /// </example>
    public async Task<IReadOnlyList<DueEntry>> DueAsync(DueRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = request.Today;
        var ahead = request.LookAheadWorkingDays ?? _options.ApproachingWorkingDays;
        // The last day whose count of working days from tomorrow is still within the look-ahead.
        var until = request.Until ?? Calendar.AddWorkingDays(today, ahead + 1).PlusDays(-1);
        var items = await QueryDueAsync(new DueQuery
        {
            From = request.From, To = until, Owner = request.Owner, TenantId = request.TenantId, PlanId = request.PlanId is null ? null : Identifiers.PlanId(request.PlanId),
            Limit = request.Limit, After = request.After,
        }, cancellationToken).ConfigureAwait(false);
        return [.. items.Select(i => Entry(i, today))];
    }

    /// <summary>Open steps whose deadline the working calendar moved, across every plan, from the read model.</summary>
    /// <param name="limit">How many at most.</param>
    /// <param name="after">Starts after this step; null for the first page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The steps, with <see cref="DatedItem.MovedFrom"/> and <see cref="DatedItem.MovedTo"/>.</returns>
    public Task<IReadOnlyList<DatedItem>> MovedAsync(int limit = 1000, DatedItem? after = null, CancellationToken cancellationToken = default) =>
        QueryDueAsync(new DueQuery { MovedOnly = true, Limit = limit, After = after }, cancellationToken);

    /// <summary>The plans whose history cannot be read, by name, as the read model recorded them when it projected them.</summary>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Their rows; <see cref="PlanSummary.Problem"/> says what is wrong.</returns>
    public async Task<IReadOnlyList<PlanSummary>> DamagedPlansAsync(int limit = 100, CancellationToken cancellationToken = default)
    {
        var store = await ReadyReadModelAsync(cancellationToken).ConfigureAwait(false) ?? await ReplayedReadModelAsync(cancellationToken).ConfigureAwait(false);
        return await store.ReadDamagedAsync(limit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rebuilds the read model from the events: every plan is replayed and its rows written again; the plans' snapshots are dropped first.</summary>
    /// <param name="cancellationToken">Cancels the call; what was rebuilt stays, the rest stays pending and is rebuilt on the next query.</param>
    /// <returns>How many plans were projected, and how many are damaged.</returns>
    /// <exception cref="StoreUnavailableException">The store cannot be written (opened read-only).</exception>
    public async Task<ReadModelReport> RebuildReadModelAsync(CancellationToken cancellationToken = default)
    {
        if (_store is not IReadModelStore store)
        {
            return new ReadModelReport(0, 0);
        }

        await store.MarkAllPendingAsync(ReadModelFormat, cancellationToken).ConfigureAwait(false);
        if (_store is ISnapshotStore snapshots)
        {
            // A rebuild trusts only the events: every plan is replayed, and snapshots are written again as plans grow.
            await snapshots.DeleteSnapshotsAsync(cancellationToken).ConfigureAwait(false);
        }

        var report = await ProjectPendingAsync(store, cancellationToken).ConfigureAwait(false);
        await FollowCalendarAcrossAsync(store, cancellationToken).ConfigureAwait(false);
        return report;
    }

    private async Task<IReadOnlyList<DatedItem>> QueryDueAsync(DueQuery query, CancellationToken cancellationToken)
    {
        var store = await ReadyReadModelAsync(cancellationToken).ConfigureAwait(false) ?? await ReplayedReadModelAsync(cancellationToken).ConfigureAwait(false);
        return await store.QueryDueAsync(query, cancellationToken).ConfigureAwait(false);
    }

    private DueEntry Entry(DatedItem item, LocalDate today) =>
        today > item.Due ? new DueEntry(item, DueState.Overdue, -Calendar.CountWorkingDays(item.Due.PlusDays(1), today))
        : today == item.Due ? new DueEntry(item, DueState.DueToday, 0)
        : new DueEntry(item, DueState.Approaching, Calendar.CountWorkingDays(today.PlusDays(1), item.Due));

    /// <summary>The store's read model brought up to date; null when the store keeps none or cannot bring it up to date now (read-only).</summary>
    private async Task<IReadModelStore?> ReadyReadModelAsync(CancellationToken cancellationToken)
    {
        if (_store is not IReadModelStore store)
        {
            return null;
        }

        var state = await store.GetReadModelStateAsync(cancellationToken).ConfigureAwait(false);
        if (!state.Available)
        {
            return null;
        }

        if (state.Format == ReadModelFormat && !state.Pending && state.Calendar == CalendarFingerprintValue)
        {
            return store;
        }

        try
        {
            if (state.Format != ReadModelFormat)
            {
                await store.MarkAllPendingAsync(ReadModelFormat, cancellationToken).ConfigureAwait(false);
            }

            await ProjectPendingAsync(store, cancellationToken).ConfigureAwait(false);
            if (state.Calendar != CalendarFingerprintValue)
            {
                if (state.Calendar is not null)
                {
                    LogCalendarDiffers(state.Calendar, CalendarFingerprintValue);
                }

                await FollowCalendarAcrossAsync(store, cancellationToken).ConfigureAwait(false);
            }

            return store;
        }
        catch (StoreUnavailableException error)
        {
            // A store opened read-only cannot catch its read model up: the answer comes from the events instead.
            LogReadModelBehind(error.Message);
            return null;
        }
    }

    /// <summary>Projects every pending plan; a plan whose history cannot be read is recorded as damaged, by name, and the others go on.</summary>
    private async Task<ReadModelReport> ProjectPendingAsync(IReadModelStore store, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var (projected, damaged) = (0, 0);
        while (true)
        {
            var ids = (await store.ReadPendingAsync(ProjectionBatch, cancellationToken).ConfigureAwait(false)).Where(seen.Add).ToList();
            if (ids.Count == 0)
            {
                return new ReadModelReport(projected, damaged);
            }

            var updates = new List<ReadModelUpdate>(ids.Count);
            foreach (var id in ids)
            {
                var update = await ProjectOrDamagedAsync(id, cancellationToken).ConfigureAwait(false);
                damaged += update.Summary.Status == PlanSummary.DamagedStatus ? 1 : 0;
                updates.Add(update);
            }

            projected += await store.WriteReadModelAsync(updates, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Brings rows computed with another calendar up to this one: each plan is read (recording moved deadlines) and projected again.</summary>
    private async Task FollowCalendarAcrossAsync(IReadModelStore store, CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            var ids = await store.ReadOtherCalendarAsync(CalendarFingerprintValue, after, ProjectionBatch, cancellationToken).ConfigureAwait(false);
            if (ids.Count == 0)
            {
                break;
            }

            var updates = new List<ReadModelUpdate>(ids.Count);
            foreach (var id in ids)
            {
                updates.Add(await ProjectOrDamagedAsync(id, cancellationToken).ConfigureAwait(false));
            }

            await store.WriteReadModelAsync(updates, cancellationToken).ConfigureAwait(false);
            after = ids[^1];
        }

        await store.SetCalendarAsync(CalendarFingerprintValue, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ReadModelUpdate> ProjectOrDamagedAsync(string planId, CancellationToken cancellationToken)
    {
        try
        {
            return Projection(await GetCurrentAsync(planId, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception error) when (error is PlanHistoryException or StreamDamagedException or UnknownPlanTypeException or PlanDefinitionException
            or InvalidPlanParameterException or EntityNotFoundException or InvalidTransitionException)
        {
            LogUnreadablePlan(error, planId);
            var version = (await _store.ReadStreamAsync(planId, 1, cancellationToken).ConfigureAwait(false)).Count;
            var summary = new PlanSummary(planId, string.Empty, 0, string.Empty, string.Empty, 0, null, PlanSummary.DamagedStatus, version)
            {
                Problem = error.Message,
                Calendar = CalendarFingerprintValue,
                SearchText = Fold(planId),
            };
            return new ReadModelUpdate(summary, []);
        }
    }

    /// <summary>The read model of a store that keeps none (or cannot catch up now), built by replaying every plan, one at a time.</summary>
    private async Task<IReadModelStore> ReplayedReadModelAsync(CancellationToken cancellationToken)
    {
        var rows = new InMemoryEventStore();
        foreach (var id in await _store.ListStreamsAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Seed(await ProjectOrDamagedAsync(id, cancellationToken).ConfigureAwait(false));
        }

        return rows;
    }

    private ValueTask<CommandAppendResult> AppendCommandAsync(string planId, long expectedVersion, string commandId, IReadOnlyList<EventData> events, PlanInstance after,
        CancellationToken cancellationToken) =>
        _store is IReadModelStore store
            ? store.AppendCommandAsync(planId, expectedVersion, commandId, events, Projection(after), cancellationToken)
            : _store.AppendCommandAsync(planId, expectedVersion, commandId, events, cancellationToken);

    private ValueTask<AppendResult> AppendAsync(string planId, long expectedVersion, IReadOnlyList<EventData> events, PlanInstance after, CancellationToken cancellationToken) =>
        _store is IReadModelStore store
            ? store.AppendAsync(planId, expectedVersion, events, Projection(after), cancellationToken)
            : _store.AppendAsync(planId, expectedVersion, events, cancellationToken);

    // Lower case after NFC, so that "Phường" finds "PHƯỜNG" however either was typed.
    private static string Fold(string text) => UnicodeNfc.Normalize(text).ToLowerInvariant();

    [Microsoft.Extensions.Logging.LoggerMessage(EventId = 6, Level = Microsoft.Extensions.Logging.LogLevel.Warning,
        Message = "The read model is behind its events and cannot be brought up to date now ({Reason}); plans are replayed instead")]
    private partial void LogReadModelBehind(string reason);

    [Microsoft.Extensions.Logging.LoggerMessage(EventId = 20, Level = Microsoft.Extensions.Logging.LogLevel.Warning,
        Message = "The read model's dates were computed with calendar {Recorded}, this engine's is {Own}: open plans are recomputed. "
            + "Hosts that share a store should load the same schedule files and overrides and use the same calendar-change policy")]
    private partial void LogCalendarDiffers(string recorded, string own);

    [Microsoft.Extensions.Logging.LoggerMessage(EventId = 7, Level = Microsoft.Extensions.Logging.LogLevel.Error,
        Message = "Plan {PlanId} cannot be read; cross-plan reads skip it and report it as damaged")]
    private partial void LogUnreadablePlan(Exception error, string planId);
}
