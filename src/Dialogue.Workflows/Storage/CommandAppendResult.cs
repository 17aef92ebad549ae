namespace Dialogue.Workflows.Storage;

/// <summary>What <see cref="IEventStore.AppendCommandAsync"/> did: appended the command's events, or found the command already recorded.</summary>
/// <param name="Command">The command as recorded: by this append, or by the earlier one when <paramref name="Repeated"/>.</param>
/// <param name="Repeated">True when the command id was already recorded for the stream: nothing was appended.</param>
public readonly record struct CommandAppendResult(RecordedCommand Command, bool Repeated);
