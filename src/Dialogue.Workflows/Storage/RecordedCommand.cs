namespace Dialogue.Workflows.Storage;

/// <summary>A command a store has recorded: its id and the versions of the events it appended to its stream.</summary>
/// <param name="StreamId">The stream (one per plan instance).</param>
/// <param name="CommandId">The command's id, unique within the stream.</param>
/// <param name="FirstVersion">The version of the first event the command appended.</param>
/// <param name="LastVersion">The version of its last event: the stream's version right after the command.</param>
public sealed record RecordedCommand(string StreamId, string CommandId, long FirstVersion, long LastVersion);
