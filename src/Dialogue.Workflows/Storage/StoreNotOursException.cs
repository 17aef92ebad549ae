namespace Dialogue.Workflows.Storage;

/// <summary>
/// Thrown when a store is pointed at a database that another application owns: a SQLite file with
/// another application id, or with tables this library never writes.
/// </summary>
/// <remarks>
/// The store refuses before it changes anything: no journal-mode switch, no table, no row. Point the
/// host at a file of its own.
/// </remarks>
public sealed class StoreNotOursException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>storage.not-ours</c>.</summary>
    public const string Code = "storage.not-ours";

    /// <summary>Creates the exception.</summary>
    /// <param name="store">The database: a file path, or a server, database and schema (never a password).</param>
    /// <param name="reason">Why it is not one of ours, in English.</param>
    public StoreNotOursException(string store, string reason)
        : base(Code,
            $"The database '{store}' is not a Dialogue.Workflows event store ({reason}); it was left untouched. " +
            $"Cơ sở dữ liệu '{store}' không phải kho dữ liệu của Dialogue.Workflows; không có gì bị thay đổi.")
    {
        Store = store;
        Reason = reason;
    }

    /// <summary>The database.</summary>
    public string Store { get; }

    /// <summary>Why it is not one of ours.</summary>
    public string Reason { get; }
}
