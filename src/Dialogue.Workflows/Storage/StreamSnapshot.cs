namespace Dialogue.Workflows.Storage;

/// <summary>A stream's state at one version, as an <see cref="ISnapshotStore"/> keeps it: a cache of the fold of its events, never interpreted by the store.</summary>
/// <param name="StreamId">The stream (one per plan).</param>
/// <param name="Version">The version of the last event the state includes.</param>
/// <param name="Format">The layout of <paramref name="Data"/> (<see cref="Runtime.DialogueEngine.SnapshotFormat"/>): a snapshot of another layout is ignored.</param>
/// <param name="TypeKey">The plan type's key.</param>
/// <param name="TypeVersion">The plan type's version the plan is pinned to.</param>
/// <param name="Data">The state, as JSON.</param>
public sealed record StreamSnapshot(string StreamId, long Version, int Format, string TypeKey, int TypeVersion, string Data);
