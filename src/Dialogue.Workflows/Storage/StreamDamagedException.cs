namespace Dialogue.Workflows.Storage;

/// <summary>Thrown when a plan's stream is damaged: an event in the middle or at the end of its history is missing.</summary>
/// <remarks>
/// Retrying cannot help, and it is not a concurrency conflict: restore the plan's events from a backup.
/// Cross-plan reads report such a plan by name and answer for every other plan.
/// </remarks>
public sealed class StreamDamagedException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>storage.stream-damaged</c>.</summary>
    public const string Code = "storage.stream-damaged";

    /// <summary>Creates the exception.</summary>
    /// <param name="streamId">The plan's stream.</param>
    /// <param name="version">The first missing version.</param>
    /// <param name="problem">What is wrong, in English.</param>
    public StreamDamagedException(string streamId, long version, string problem)
        : base(Code,
            $"The history of plan '{streamId}' is damaged at version {version}: {problem}. Restore it from a backup. " +
            $"Lịch sử của kế hoạch '{streamId}' bị hỏng tại phiên bản {version}; hãy khôi phục từ bản sao lưu.")
    {
        StreamId = streamId;
        Version = version;
        Problem = problem;
    }

    /// <summary>The plan's stream.</summary>
    public string StreamId { get; }

    /// <summary>The first missing version.</summary>
    public long Version { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
