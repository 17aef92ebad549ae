namespace Dialogue.Workflows.Storage;

/// <summary>What an append did.</summary>
/// <param name="StreamVersion">The stream's version after the append: the expected version for the next one.</param>
/// <param name="LastPosition">The store position of the last event appended.</param>
public readonly record struct AppendResult(long StreamVersion, long LastPosition);
