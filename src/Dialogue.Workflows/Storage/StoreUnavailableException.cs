namespace Dialogue.Workflows.Storage;

/// <summary>
/// Thrown when a store cannot do what was asked because its database cannot be reached, opened or
/// written: locked by another writer past the busy timeout, a path that cannot be created or
/// written, a server that is down or refuses the login, a full disk.
/// </summary>
/// <remarks>
/// An append that fails is rolled back whole, but when the connection is lost during the commit the
/// store cannot know whether the commit happened: the command may or may not be recorded. Repeating
/// it with the same command id (<see cref="IEventStore.AppendCommandAsync"/>) records it at most once,
/// so that is always safe. Whether a retry can help depends on <see cref="Problem"/> (a lock is
/// released, a wrong path stays wrong); the message says which database and what went wrong, and
/// <see cref="Exception.InnerException"/> holds the driver's error.
/// </remarks>
public sealed class StoreUnavailableException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>storage.unavailable</c>.</summary>
    public const string Code = "storage.unavailable";

    /// <summary>Creates the exception.</summary>
    /// <param name="store">The database: a file path, or a server, database and schema (never a password).</param>
    /// <param name="problem">What went wrong, in English.</param>
    /// <param name="innerException">The driver's error, if any.</param>
    public StoreUnavailableException(string store, string problem, Exception? innerException = null)
        : base(Code,
            $"The event store '{store}' is unavailable: {problem}. A command in flight may or may not have been recorded: repeat it with the same command id, which records it at most once. " +
            $"Không truy cập được cơ sở dữ liệu '{store}'; thao tác đang thực hiện có thể đã được ghi hoặc chưa: hãy thực hiện lại với cùng mã thao tác, thao tác chỉ được ghi một lần.",
            innerException)
    {
        Store = store;
        Problem = problem;
    }

    /// <summary>The database: a file path, or a server, database and schema.</summary>
    public string Store { get; }

    /// <summary>What went wrong.</summary>
    public string Problem { get; }
}
