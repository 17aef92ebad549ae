namespace Dialogue.Workflows.Storage;

/// <summary>
/// Thrown when a store's database is damaged or is not one of ours: a file that is not a database,
/// a damaged page, tables whose layout does not match the recorded schema version.
/// </summary>
/// <remarks>
/// Unlike <see cref="StoreUnavailableException"/>, retrying cannot help: restore the database from a
/// backup. A single event whose body is not valid JSON is not this error: stores keep bodies as they
/// were given, and the engine reports such an event when it replays the plan.
/// </remarks>
public sealed class StoreCorruptException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>storage.corrupt</c>.</summary>
    public const string Code = "storage.corrupt";

    /// <summary>Creates the exception.</summary>
    /// <param name="store">The database: a file path, or a server, database and schema (never a password).</param>
    /// <param name="problem">What is wrong, in English.</param>
    /// <param name="innerException">The driver's error, if any.</param>
    public StoreCorruptException(string store, string problem, Exception? innerException = null)
        : base(Code,
            $"The event store '{store}' is damaged or is not a Dialogue.Workflows store: {problem}. Restore it from a backup. " +
            $"Cơ sở dữ liệu '{store}' bị hỏng hoặc không phải kho sự kiện của Dialogue.Workflows; hãy khôi phục từ bản sao lưu.",
            innerException)
    {
        Store = store;
        Problem = problem;
    }

    /// <summary>The database: a file path, or a server, database and schema.</summary>
    public string Store { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
