using Dialogue.Workflows.Storage;
using Microsoft.Data.Sqlite;

namespace Dialogue.Workflows.Sqlite;

/// <summary>SQLite's result codes the store tells apart, and their translation into the store's exceptions.</summary>
internal static class SqliteErrors
{
    public const int Error = 1;
    public const int Permission = 3;
    public const int Busy = 5;
    public const int Locked = 6;
    public const int ReadOnly = 8;
    public const int IoError = 10;
    public const int Corrupt = 11;
    public const int Full = 13;
    public const int CannotOpen = 14;
    public const int Constraint = 19;
    public const int Authorization = 23;
    public const int NotADatabase = 26;

    // Extended codes of SQLITE_CONSTRAINT raised by a duplicate key, as opposed to a CHECK or a trigger.
    public const int ConstraintPrimaryKey = 1555;
    public const int ConstraintUnique = 2067;

    public static bool IsDuplicateKey(SqliteException e) =>
        e.SqliteExtendedErrorCode is ConstraintUnique or ConstraintPrimaryKey;

    /// <summary>Whether the connection that raised the error should be thrown away rather than reused.</summary>
    public static bool IsFatalToConnection(SqliteException e) =>
        e.SqliteErrorCode is IoError or Corrupt or NotADatabase or CannotOpen or Full or Permission;

    /// <summary>The store's exception for a SQLite error.</summary>
    /// <param name="e">The error.</param>
    /// <param name="store">The file.</param>
    /// <param name="action">What the store was doing, e.g. "append to stream 'plan-1'".</param>
    /// <param name="busyTimeout">The configured wait for locks, for the message.</param>
    public static DialogueWorkflowException Translate(SqliteException e, string store, string action, TimeSpan busyTimeout) => e.SqliteErrorCode switch
    {
        Busy or Locked => new StoreUnavailableException(store,
            $"could not {action}: another connection or process held the database's lock for longer than the busy timeout ({busyTimeout.TotalSeconds:0.###} s)", e),
        Corrupt or NotADatabase => new StoreCorruptException(store, $"could not {action}: {e.Message}", e),
        CannotOpen => new StoreUnavailableException(store,
            $"could not {action}: the file cannot be opened or created; check that its folder exists and can be written", e),
        ReadOnly or Permission or Authorization => new StoreUnavailableException(store,
            $"could not {action}: the file or its folder cannot be written ({e.Message})", e),
        Full => new StoreUnavailableException(store, $"could not {action}: the disk is full", e),
        IoError => new StoreUnavailableException(store, $"could not {action}: a disk I/O error ({e.Message})", e),
        _ => new StoreUnavailableException(store, $"could not {action}: {e.Message}", e),
    };
}
