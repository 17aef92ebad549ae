namespace Dialogue.Workflows.Storage;

/// <summary>
/// Thrown when a store cannot do what was asked because its database cannot be reached, opened or
/// written: locked by another writer past the busy timeout, a path that cannot be created or
/// written, a server that is down or refuses the login, a full disk.
/// </summary>
/// <remarks>
/// Nothing was written: an append that fails is rolled back whole. Whether a retry can help depends
/// on <see cref="Problem"/> (a lock is released, a wrong path stays wrong); the message says which
/// database and what went wrong, and <see cref="Exception.InnerException"/> holds the driver's error.
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
            $"The event store '{store}' is unavailable: {problem}. Nothing was written. " +
            $"Không truy cập được cơ sở dữ liệu '{store}'; dữ liệu chưa được ghi.",
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
