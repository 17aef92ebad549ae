namespace Dialogue.Workflows.Storage;

/// <summary>Thrown when an append expected a stream version that another writer has already moved past.</summary>
/// <remarks>Nothing was written. Reload the plan, check the command still makes sense, and retry.</remarks>
public sealed class ConcurrencyException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>storage.concurrency</c>.</summary>
    public const string Code = "storage.concurrency";

    /// <summary>Creates the exception.</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="expectedVersion">The version the writer expected.</param>
    /// <param name="actualVersion">The stream's version in the store.</param>
    public ConcurrencyException(string streamId, long expectedVersion, long actualVersion)
        : base(Code,
            $"Stream '{streamId}' is at version {actualVersion}, not {expectedVersion}: another command was recorded first; reload and retry. " +
            $"Kế hoạch '{streamId}' đã được cập nhật bởi thao tác khác (phiên bản {actualVersion}); vui lòng tải lại và thực hiện lại.")
    {
        StreamId = streamId;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>The stream.</summary>
    public string StreamId { get; }

    /// <summary>The version the writer expected.</summary>
    public long ExpectedVersion { get; }

    /// <summary>The stream's version in the store when the append was refused.</summary>
    public long ActualVersion { get; }
}
