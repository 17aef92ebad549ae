namespace Dialogue.Workflows.Storage;

/// <summary>
/// An <see cref="IEventStore"/> that also keeps the read model cross-plan queries use: a summary row per plan and an
/// index of open dated steps, written in the same transaction as the events they derive from.
/// </summary>
/// <remarks>
/// <para>
/// The store never interprets events: the engine computes each plan's <see cref="ReadModelUpdate"/> from the plan after
/// the command and hands it over with the append. An append that comes without one (through
/// <see cref="IEventStore.AppendAsync"/>) marks the plan as pending in the same transaction, so the read model can
/// never silently fall behind its events: the engine projects pending plans before it answers a query.
/// </para>
/// <para>
/// Queries read the rows only: their cost depends on the rows they return, not on how many plans are stored.
/// </para>
/// </remarks>
public interface IReadModelStore : IEventStore
{
    /// <summary>Appends events and replaces the plan's read model, in one transaction.</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="expectedVersion">The stream's version the caller last saw; 0 when creating it.</param>
    /// <param name="events">The events, at least one.</param>
    /// <param name="update">The plan's read model after the events; its summary's version is the stream's new version.</param>
    /// <param name="cancellationToken">Cancels the append; nothing is written when it is cancelled.</param>
    /// <returns>The stream's new version and the last event's position.</returns>
    /// <exception cref="ConcurrencyException">The stream's version is not <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="ArgumentException">An argument breaks a rule of <see cref="EventStoreGuard"/>, or the update is of another plan or version.</exception>
    ValueTask<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, ReadModelUpdate update, CancellationToken cancellationToken = default);

    /// <summary>Appends a command's events once, as <see cref="IEventStore.AppendCommandAsync"/>, and replaces the plan's read model in the same transaction.</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="expectedVersion">The stream's version the caller last saw; 0 when creating it.</param>
    /// <param name="commandId">The command's id.</param>
    /// <param name="events">The events, at least one.</param>
    /// <param name="update">The plan's read model after the events.</param>
    /// <param name="cancellationToken">Cancels the append.</param>
    /// <returns>The command as recorded, and whether it had been recorded before (then the read model is left as it was).</returns>
    /// <exception cref="ConcurrencyException">The command is not recorded and the stream's version is not <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="ArgumentException">An argument breaks a rule of <see cref="EventStoreGuard"/>, or the update is of another plan or version.</exception>
    ValueTask<CommandAppendResult> AppendCommandAsync(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events, ReadModelUpdate update, CancellationToken cancellationToken = default);

    /// <summary>Replaces plans' read models without appending: after a projection of pending plans, a rebuild or a calendar change.</summary>
    /// <param name="updates">The updates. Each is written only when the plan's stream is still at its summary's version; otherwise it is skipped.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many updates were written.</returns>
    ValueTask<int> WriteReadModelAsync(IReadOnlyList<ReadModelUpdate> updates, CancellationToken cancellationToken = default);

    /// <summary>How the read model stands.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The state.</returns>
    ValueTask<ReadModelState> GetReadModelStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Marks every plan pending and records the projection format that will rebuild them: a rebuild from the events.</summary>
    /// <param name="format">The projection format of the engine that will rebuild the rows.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every plan is marked.</returns>
    ValueTask MarkAllPendingAsync(int format, CancellationToken cancellationToken = default);

    /// <summary>Records the working calendar every row has been brought up to.</summary>
    /// <param name="calendar">The calendar's fingerprint.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when it is recorded.</returns>
    ValueTask SetCalendarAsync(string calendar, CancellationToken cancellationToken = default);

    /// <summary>Plans waiting to be projected, in stream order.</summary>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plans' ids.</returns>
    ValueTask<IReadOnlyList<string>> ReadPendingAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Plans with open dated steps whose rows were computed with another calendar than <paramref name="calendar"/>, by id.</summary>
    /// <param name="calendar">The current calendar's fingerprint.</param>
    /// <param name="after">Only ids after this one (ordinal); null from the start.</param>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plans' ids.</returns>
    ValueTask<IReadOnlyList<string>> ReadOtherCalendarAsync(string calendar, string? after, int limit, CancellationToken cancellationToken = default);

    /// <summary>A page of plans.</summary>
    /// <param name="query">The filters and the page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    ValueTask<PlanPage> QueryPlansAsync(PlanQuery query, CancellationToken cancellationToken = default);

    /// <summary>Open dated steps across every plan.</summary>
    /// <param name="query">The range, filters and page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The steps, by due date, plan and step.</returns>
    ValueTask<IReadOnlyList<DatedItem>> QueryDueAsync(DueQuery query, CancellationToken cancellationToken = default);

    /// <summary>The plans whose history could not be read when they were projected.</summary>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Their summary rows (<see cref="PlanSummary.Problem"/> says why).</returns>
    ValueTask<IReadOnlyList<PlanSummary>> ReadDamagedAsync(int limit, CancellationToken cancellationToken = default);
}
