using Dialogue.Workflows.Storage;

namespace Dialogue.Workflows.Runtime;

/// <summary>Plans with long histories: loaded from their latest snapshot and the events after it.</summary>
public sealed partial class DialogueEngine
{
    /// <summary>
    /// The layout of the snapshots this engine writes and reads (<see cref="StreamSnapshot.Format"/>). It goes up whenever what a
    /// plan's fold keeps changes, so that snapshots written before are ignored (the plan is replayed from its events) and replaced.
    /// </summary>
    public const int SnapshotFormat = 1;

    private PlanSnapshotSerializer? _snapshotSerializer;

    private PlanSnapshotSerializer Snapshots => _snapshotSerializer ??= new PlanSnapshotSerializer(_serializer);

    /// <summary>
    /// Loads a plan's current state the fast way: from its latest snapshot and only the events after it, when the store keeps
    /// snapshots (<see cref="ISnapshotStore"/>); else by replaying every event, as <see cref="GetAsync"/> does.
    /// </summary>
    /// <param name="planId">The plan.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The plan, in the same state <see cref="GetAsync"/> gives. Its <see cref="PlanInstance.Events"/> hold only the events from
    /// <see cref="PlanInstance.EventsFrom"/> on (1 when no snapshot was used): use <see cref="GetAsync"/> to show a plan's history.
    /// </returns>
    /// <exception cref="PlanNotFoundException">No such plan.</exception>
    /// <exception cref="PlanHistoryException">A stored event cannot be read or replayed.</exception>
    /// <exception cref="StreamDamagedException">An event after the snapshot is missing.</exception>
    /// <exception cref="InvalidIdentifierException">The plan id breaks a rule of <see cref="Identifiers"/>.</exception>
    /// <remarks>
    /// <para>
    /// A snapshot is a cache of the fold of the events up to its version, written after a command when the plan has grown by
    /// <see cref="DialogueEngineOptions.SnapshotEvery"/> events since its last one. The events remain the record: a snapshot of
    /// another <see cref="SnapshotFormat"/> or plan type version, or one whose body cannot be read or does not fit the plan, is
    /// ignored (logged) and the plan replayed from its events, so a snapshot can make a load faster but never change its answer.
    /// The tests hold both ways to the same state after every command.
    /// </para>
    /// <para>Like <see cref="GetAsync"/>, the read records the moves a changed working calendar made to open deadlines.</para>
    /// </remarks>
    /// <example>
    /// <code>
    /// var plan = await engine.GetCurrentAsync("kh-45");          // state only: fast however long the history
    /// foreach (var item in engine.Due(plan, clock.GetCurrentInstant())) Console.WriteLine($"{item.Due} {item.Task.Id}");
    /// var history = (await engine.GetAsync("kh-45")).Events;    // every event, for showing the history
    /// </code>
    /// </example>
    public async Task<PlanInstance> GetCurrentAsync(string planId, CancellationToken cancellationToken = default) =>
        await FollowCalendarAsync(await LoadCurrentAsync(Identifiers.PlanId(planId), cancellationToken).ConfigureAwait(false), cancellationToken)
            .ConfigureAwait(false);

    /// <summary>The plan from its snapshot and the events after it; replayed from every event when there is no usable snapshot.</summary>
    private async Task<PlanInstance> LoadCurrentAsync(string planId, CancellationToken cancellationToken)
    {
        if (_options.SnapshotEvery > 0 && _store is ISnapshotStore snapshots
            && await RestoreAsync(snapshots, planId, cancellationToken).ConfigureAwait(false) is { } plan)
        {
            var recorded = await _store.ReadStreamAsync(planId, plan.Version + 1, cancellationToken).ConfigureAwait(false);
            try
            {
                for (var i = 0; i < recorded.Count; i++)
                {
                    plan.Apply(Read(planId, recorded[i], plan.Version + 1));
                }

                return plan;
            }
            catch (PlanHistoryException error)
            {
                // The events after the snapshot do not fit it: the snapshot is wrong or the history is. A replay of every event tells which.
                LogSnapshotIgnored(error, planId, plan.SnapshotVersion, error.Message);
            }
        }

        return await ReplayAsync(planId, long.MaxValue, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The plan as its snapshot recorded it, or null when it has none this engine can use.</summary>
    private async Task<PlanInstance?> RestoreAsync(ISnapshotStore snapshots, string planId, CancellationToken cancellationToken)
    {
        StreamSnapshot? snapshot = null;
        try
        {
            snapshot = await snapshots.ReadSnapshotAsync(planId, cancellationToken).ConfigureAwait(false);
            if (snapshot is null)
            {
                return null;
            }

            if (snapshot.Format != SnapshotFormat)
            {
                LogSnapshotIgnored(null, planId, snapshot.Version, $"its format is {snapshot.Format}, this engine's is {SnapshotFormat}");
                return null;
            }

            var plan = Snapshots.Restore(snapshot.Data, Define);
            if (plan.TypeKey != snapshot.TypeKey || plan.TypeVersion != snapshot.TypeVersion || plan.Id != planId || plan.Version != snapshot.Version)
            {
                LogSnapshotIgnored(null, planId, snapshot.Version,
                    $"it is of {snapshot.TypeKey}@{snapshot.TypeVersion} at version {snapshot.Version}, its body of {plan.TypeKey}@{plan.TypeVersion} plan '{plan.Id}' at {plan.Version}");
                return null;
            }

            return plan;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A snapshot is a cache: whatever is wrong with it, or with reading it, the events still answer.
            LogSnapshotIgnored(error, planId, snapshot?.Version ?? 0, error.Message);
            return null;
        }
    }

    /// <summary>Writes the plan's snapshot when it has grown by <see cref="DialogueEngineOptions.SnapshotEvery"/> events since its last; never throws.</summary>
    private async Task SnapshotIfDueAsync(PlanInstance plan, CancellationToken cancellationToken)
    {
        if (_options.SnapshotEvery == 0 || _store is not ISnapshotStore snapshots || plan.Version - plan.SnapshotVersion < _options.SnapshotEvery)
        {
            return;
        }

        try
        {
            var snapshot = new StreamSnapshot(plan.Id, plan.Version, SnapshotFormat, plan.TypeKey, plan.TypeVersion, Snapshots.Write(plan));
            await snapshots.WriteSnapshotAsync(snapshot, cancellationToken).ConfigureAwait(false);
            plan.SnapshotVersion = plan.Version;
        }
        catch (Exception error)
        {
            // The command is recorded: a snapshot that could not be written costs the next load time, never the command.
            LogSnapshotNotWritten(error, plan.Id, plan.Version);
        }
    }

    /// <summary>The plan as it stood at a version, replayed from its first event.</summary>
    internal Task<PlanInstance> ReplayToAsync(string planId, long version, CancellationToken cancellationToken = default) =>
        ReplayAsync(Identifiers.PlanId(planId), version, cancellationToken);

    /// <summary>A plan's state as the snapshot body the engine writes: equal for equal states, whichever way they were loaded.</summary>
    internal string SnapshotBody(PlanInstance plan) => Snapshots.Write(plan);

    [Microsoft.Extensions.Logging.LoggerMessage(EventId = 8, Level = Microsoft.Extensions.Logging.LogLevel.Warning,
        Message = "Plan {PlanId}: the snapshot at version {Version} is ignored ({Reason}); the plan is replayed from its events")]
    private partial void LogSnapshotIgnored(Exception? error, string planId, long version, string reason);

    [Microsoft.Extensions.Logging.LoggerMessage(EventId = 9, Level = Microsoft.Extensions.Logging.LogLevel.Warning,
        Message = "Plan {PlanId}: the snapshot at version {Version} could not be written; the command is recorded, the next load replays more events")]
    private partial void LogSnapshotNotWritten(Exception error, string planId, long version);
}
