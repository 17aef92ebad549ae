namespace Dialogue.Workflows.Storage;

/// <summary>
/// An <see cref="IEventStore"/> that also keeps the latest snapshot of each stream, so that a plan with a long history is loaded
/// from its snapshot and the events after it instead of from every event.
/// </summary>
/// <remarks>
/// <para>
/// A snapshot is a cache: the events stay the only record, and a plan can always be replayed from them. The engine writes one
/// after a command has been appended and committed, when the plan has grown by <see cref="Runtime.DialogueEngineOptions.SnapshotEvery"/>
/// events since its last one; a failed write is logged and the command still succeeds. A snapshot the engine cannot use (another
/// <see cref="StreamSnapshot.Format"/>, another plan type version, a body it cannot read) is ignored: the plan is replayed and a new
/// snapshot replaces it later.
/// </para>
/// <para>
/// A store keeps one snapshot per stream, the one of the latest version; it never keeps one ahead of its stream. A store without
/// this capability is read by replaying every event.
/// </para>
/// </remarks>
public interface ISnapshotStore
{
    /// <summary>Reads a stream's snapshot.</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The snapshot, or null when the stream has none.</returns>
    ValueTask<StreamSnapshot?> ReadSnapshotAsync(string streamId, CancellationToken cancellationToken = default);

    /// <summary>Keeps a snapshot as its stream's, unless the stream already has one of a later version.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether it was kept: false when a later one is kept already, or when the stream does not reach its version.</returns>
    /// <exception cref="ArgumentException">The stream id is empty or the version is below 1.</exception>
    ValueTask<bool> WriteSnapshotAsync(StreamSnapshot snapshot, CancellationToken cancellationToken = default);

    /// <summary>Drops every snapshot: after a rebuild, plans are replayed from their events and snapshots written again as they grow.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many snapshots were dropped.</returns>
    ValueTask<int> DeleteSnapshotsAsync(CancellationToken cancellationToken = default);
}
