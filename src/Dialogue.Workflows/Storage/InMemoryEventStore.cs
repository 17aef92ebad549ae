namespace Dialogue.Workflows.Storage;

/// <summary>An <see cref="IEventStore"/> in this process's memory: for tests and short-lived tools.</summary>
/// <remarks>Thread-safe; every append, with its read model update, is atomic. Nothing survives the process. Keeps snapshots too (<see cref="ISnapshotStore"/>).</remarks>
public sealed class InMemoryEventStore : IReadModelStore, ISnapshotStore
{
    private readonly Dictionary<string, StreamSnapshot> _snapshots = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<RecordedEvent>> _streams = new(StringComparer.Ordinal);
    private readonly List<string> _streamOrder = [];
    private readonly Dictionary<string, long> _sequence = new(StringComparer.Ordinal);
    private readonly List<RecordedEvent> _all = [];
    private readonly Dictionary<(string Stream, string Command), RecordedCommand> _commands = [];
    private readonly Dictionary<string, ReadModelUpdate> _readModel = new(StringComparer.Ordinal);
    private readonly SortedSet<long> _pending = [];
    private int _format;
    private string? _calendar;

    /// <inheritdoc />
    public ValueTask<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
    {
        EventStoreGuard.CheckAppend(streamId, expectedVersion, events);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(AppendLocked(streamId, expectedVersion, events, null));
        }
    }

    /// <inheritdoc />
    public ValueTask<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, ReadModelUpdate update, CancellationToken cancellationToken = default)
    {
        EventStoreGuard.CheckAppend(streamId, expectedVersion, events);
        EventStoreGuard.CheckUpdate(streamId, expectedVersion + events.Count, update);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(AppendLocked(streamId, expectedVersion, events, update));
        }
    }

    /// <inheritdoc />
    public ValueTask<CommandAppendResult> AppendCommandAsync(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default) =>
        AppendCommand(streamId, expectedVersion, commandId, events, null, cancellationToken);

    /// <inheritdoc />
    public ValueTask<CommandAppendResult> AppendCommandAsync(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events, ReadModelUpdate update,
        CancellationToken cancellationToken = default)
    {
        EventStoreGuard.CheckUpdate(streamId, expectedVersion + (events?.Count ?? 0), update);
        return AppendCommand(streamId, expectedVersion, commandId, events!, update, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<RecordedCommand?> FindCommandAsync(string streamId, string commandId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        EventStoreGuard.CheckCommandId(commandId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_commands.GetValueOrDefault((streamId, commandId)));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_streams.TryGetValue(streamId, out var stream))
            {
                return ValueTask.FromResult<IReadOnlyList<RecordedEvent>>([]);
            }

            var skip = (int)Math.Clamp(fromVersion - 1, 0, stream.Count);
            return ValueTask.FromResult<IReadOnlyList<RecordedEvent>>(stream.GetRange(skip, stream.Count - skip));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<RecordedEvent>> ReadAllAsync(long fromPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var skip = (int)Math.Clamp(fromPosition - 1, 0, _all.Count);
            var take = Math.Min(maxCount, _all.Count - skip);
            return ValueTask.FromResult<IReadOnlyList<RecordedEvent>>(_all.GetRange(skip, take));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<string>>([.. _streamOrder]);
        }
    }

    /// <inheritdoc />
    public ValueTask<int> WriteReadModelAsync(IReadOnlyList<ReadModelUpdate> updates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var written = 0;
            foreach (var update in updates)
            {
                if (_streams.TryGetValue(update.Summary.PlanId, out var stream) && stream.Count == update.Summary.Version)
                {
                    EventStoreGuard.CheckUpdate(update.Summary.PlanId, stream.Count, update);
                    Write(update);
                    written++;
                }
            }

            return ValueTask.FromResult(written);
        }
    }

    /// <inheritdoc />
    public ValueTask<ReadModelState> GetReadModelStateAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(new ReadModelState(true, _format, _calendar, _pending.Count > 0));
        }
    }

    /// <inheritdoc />
    public ValueTask MarkAllPendingAsync(int format, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _pending.UnionWith(_sequence.Values);
            _format = format;
            _calendar = null;
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask SetCalendarAsync(string calendar, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _calendar = calendar;
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> ReadPendingAsync(int limit, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<string>>([.. _pending.Take(limit).Select(s => _streamOrder[(int)s - 1])]);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> ReadOtherCalendarAsync(string calendar, string? after, int limit, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<string>>([.. _readModel.Values
                .Where(u => u.Items.Count > 0 && u.Summary.Calendar != calendar && (after is null || string.CompareOrdinal(u.Summary.PlanId, after) > 0))
                .Select(u => u.Summary.PlanId).Order(StringComparer.Ordinal).Take(limit)]);
        }
    }

    /// <inheritdoc />
    public ValueTask<PlanPage> QueryPlansAsync(PlanQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, PlanQuery.MaxLimit);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var rows = _readModel.Values
                .Select(u => (Update: u, Sequence: _sequence[u.Summary.PlanId]))
                .Where(x => query.After is not { } after || x.Sequence > after)
                .Where(x => query.Status is { } status ? x.Update.Summary.Status == status : x.Update.Summary.Status != PlanSummary.DamagedStatus)
                .Where(x => query.TypeKey is null || x.Update.Summary.TypeKey == query.TypeKey)
                .Where(x => query.Year is null || x.Update.Summary.Year == query.Year)
                .Where(x => query.TenantId is null || x.Update.Summary.TenantId == query.TenantId)
                .Where(x => query.Issuer is null || x.Update.Summary.Issuer == query.Issuer)
                .Where(x => string.IsNullOrEmpty(query.Text) || x.Update.Summary.SearchText.Contains(query.Text, StringComparison.Ordinal))
                .OrderBy(x => x.Sequence)
                .Take(query.Limit + 1)
                .Select(x => x.Update.Summary with
                {
                    Sequence = x.Sequence,
                    OverdueItems = x.Update.Items.Count(i => i.Due < query.Today),
                })
                .ToList();
            return ValueTask.FromResult(Page(rows, query.Limit));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<DatedItem>> QueryDueAsync(DueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, DueQuery.MaxLimit);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IEnumerable<DatedItem> items = query.PlanId is { } planId
                ? _readModel.TryGetValue(planId, out var one) ? one.Items : []
                : _readModel.Values.SelectMany(u => u.Items);
            var after = query.After;
            return ValueTask.FromResult<IReadOnlyList<DatedItem>>([.. items
                .Where(i => query.MovedOnly ? i.MovedTo is not null : i.Due <= query.To && (query.From is not { } from || i.Due >= from))
                .Where(i => query.Owner is null || i.Owner == query.Owner)
                .Where(i => query.TenantId is null || i.TenantId == query.TenantId)
                .Where(i => after is null || DueOrder.Compare(i, after) > 0)
                .Order(DueOrder)
                .Take(query.Limit)]);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<PlanSummary>> ReadDamagedAsync(int limit, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<PlanSummary>>([.. _readModel.Values.Where(u => u.Summary.Status == PlanSummary.DamagedStatus)
                .Select(u => u.Summary with { Sequence = _sequence[u.Summary.PlanId] }).OrderBy(s => s.Sequence).Take(limit)]);
        }
    }

    /// <summary>Holds a plan's read model without its events: the engine's answer for a store that keeps none.</summary>
    /// <inheritdoc />
    public ValueTask<StreamSnapshot?> ReadSnapshotAsync(string streamId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_snapshots.GetValueOrDefault(streamId));
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> WriteSnapshotAsync(StreamSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        EventStoreGuard.CheckSnapshot(snapshot);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_streams.TryGetValue(snapshot.StreamId, out var stream) || stream.Count < snapshot.Version
                || (_snapshots.TryGetValue(snapshot.StreamId, out var kept) && kept.Version > snapshot.Version))
            {
                return ValueTask.FromResult(false);
            }

            _snapshots[snapshot.StreamId] = snapshot;
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<int> DeleteSnapshotsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var count = _snapshots.Count;
            _snapshots.Clear();
            return ValueTask.FromResult(count);
        }
    }

    internal void Seed(ReadModelUpdate update)
    {
        lock (_gate)
        {
            if (!_sequence.ContainsKey(update.Summary.PlanId))
            {
                _streamOrder.Add(update.Summary.PlanId);
                _sequence.Add(update.Summary.PlanId, _streamOrder.Count);
            }

            Write(update);
        }
    }

    /// <summary>Orders steps as every store does: by due date, then plan id and step id, ordinally.</summary>
    private static readonly Comparer<DatedItem> DueOrder = Comparer<DatedItem>.Create((a, b) =>
    {
        var byDue = a.Due.CompareTo(b.Due);
        if (byDue != 0)
        {
            return byDue;
        }

        var byPlan = string.CompareOrdinal(a.PlanId, b.PlanId);
        return byPlan != 0 ? byPlan : string.CompareOrdinal(a.EntityId, b.EntityId);
    });

    private static PlanPage Page(List<PlanSummary> rows, int limit) =>
        rows.Count > limit ? new PlanPage(rows.GetRange(0, limit), rows[limit - 1].Sequence) : new PlanPage(rows, null);

    private ValueTask<CommandAppendResult> AppendCommand(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events, ReadModelUpdate? update,
        CancellationToken cancellationToken)
    {
        EventStoreGuard.CheckCommandAppend(streamId, expectedVersion, commandId, events);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_commands.TryGetValue((streamId, commandId), out var recorded))
            {
                return ValueTask.FromResult(new CommandAppendResult(recorded, Repeated: true));
            }

            var result = AppendLocked(streamId, expectedVersion, events, update);
            recorded = new RecordedCommand(streamId, commandId, expectedVersion + 1, result.StreamVersion);
            _commands.Add((streamId, commandId), recorded);
            return ValueTask.FromResult(new CommandAppendResult(recorded, Repeated: false));
        }
    }

    private AppendResult AppendLocked(string streamId, long expectedVersion, IReadOnlyList<EventData> events, ReadModelUpdate? update)
    {
        var stream = _streams.GetValueOrDefault(streamId);
        var actual = stream?.Count ?? 0;
        if (actual != expectedVersion)
        {
            throw new ConcurrencyException(streamId, expectedVersion, actual);
        }

        if (stream is null)
        {
            stream = [];
            _streams.Add(streamId, stream);
            _streamOrder.Add(streamId);
            _sequence.Add(streamId, _streamOrder.Count);
        }

        foreach (var data in events)
        {
            var recorded = new RecordedEvent(streamId, stream.Count + 1, _all.Count + 1, data);
            stream.Add(recorded);
            _all.Add(recorded);
        }

        if (update is null)
        {
            // Appended without its read model: the plan waits to be projected before the next query.
            _pending.Add(_sequence[streamId]);
        }
        else
        {
            Write(update);
        }

        return new AppendResult(stream.Count, _all.Count);
    }

    private void Write(ReadModelUpdate update)
    {
        _readModel[update.Summary.PlanId] = update with { Summary = update.Summary with { OverdueItems = 0, Sequence = 0 }, Items = [.. update.Items] };
        _pending.Remove(_sequence[update.Summary.PlanId]);
    }
}
