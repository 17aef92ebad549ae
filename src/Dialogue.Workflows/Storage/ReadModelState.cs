namespace Dialogue.Workflows.Storage;

/// <summary>How a store's read model stands: whether it can answer, which projection built it, which calendar its dates were computed with, and what is waiting.</summary>
/// <param name="Available">False when the store cannot hold a read model now (a file of an older version opened read-only): cross-plan reads replay plans instead.</param>
/// <param name="Format">The version of the engine's projection that built the rows; 0 when none has.</param>
/// <param name="Calendar">The fingerprint of the working calendar the rows were last brought up to; null when never.</param>
/// <param name="Pending">Whether some plans wait to be projected: appended without a read model update, or carried over by a migration.</param>
public sealed record ReadModelState(bool Available, int Format, string? Calendar, bool Pending);
