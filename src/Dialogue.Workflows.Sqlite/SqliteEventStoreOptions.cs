using Microsoft.Data.Sqlite;

namespace Dialogue.Workflows.Sqlite;

/// <summary>Where a <see cref="SqliteEventStore"/> keeps its file, and how it waits and flushes.</summary>
/// <remarks>
/// Give either <see cref="Path"/> or <see cref="ConnectionString"/>, not both. The store opens and
/// pools its own connections, so a connection string's <c>Pooling</c> and <c>Default Timeout</c> are
/// replaced by its own; an in-memory database is refused, because each of the store's connections
/// would see a different one (use <c>InMemoryEventStore</c> instead).
/// </remarks>
public sealed class SqliteEventStoreOptions
{
    /// <summary>The longest <see cref="BusyTimeout"/> accepted: ten minutes.</summary>
    public static readonly TimeSpan MaxBusyTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The database file, absolute or relative to the working folder; created with its tables when missing, but not its folder.</summary>
    public string? Path { get; set; }

    /// <summary>A Microsoft.Data.Sqlite connection string naming the file in <c>Data Source</c>, for settings a path cannot carry.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// How long an operation waits for another connection or process to release the write lock
    /// before it fails with <c>StoreUnavailableException</c>. Five seconds by default.
    /// </summary>
    /// <remarks>Appends hold the lock for well under a millisecond, so a wait this long means a writer is stuck.</remarks>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Whether every commit is flushed to the disk before the append returns (<c>PRAGMA synchronous=FULL</c>).
    /// True by default.
    /// </summary>
    /// <remarks>
    /// When false (<c>synchronous=NORMAL</c>), a commit survives a crash of the process but the last
    /// few may be lost if the machine loses power; the file stays consistent either way, since the
    /// write-ahead log is only ever replayed whole transaction by whole transaction.
    /// </remarks>
    public bool DurableCommits { get; set; } = true;

    /// <summary>
    /// Whether the file is opened read-only, for tools that only read: nothing is ever written to it, not even
    /// the switch to write-ahead logging or a migration. False by default.
    /// </summary>
    /// <remarks>A read-only store still refuses a file that is not one of ours or is newer than this library; appends fail.</remarks>
    public bool ReadOnly { get; set; }

    /// <summary>Checks the options and throws when they cannot open a store.</summary>
    /// <exception cref="ArgumentException">Neither or both of the path and the connection string are given, the connection string is malformed or names an in-memory database, or the busy timeout is out of range; the message lists every problem.</exception>
    public void Validate()
    {
        var problems = Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Invalid SQLite event store options: {string.Join("; ", problems)}.");
        }
    }

    private IEnumerable<string> Problems()
    {
        var hasPath = !string.IsNullOrWhiteSpace(Path);
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        if (hasPath == hasConnectionString)
        {
            yield return hasPath
                ? "give either Path or ConnectionString, not both"
                : "give the database file's Path (or a ConnectionString)";
        }

        if (hasConnectionString)
        {
            SqliteConnectionStringBuilder? parsed = null;
            string? error = null;
            try
            {
                parsed = new SqliteConnectionStringBuilder(ConnectionString);
            }
            catch (ArgumentException e)
            {
                error = $"the connection string is malformed ({e.Message})";
            }

            if (error is not null)
            {
                yield return error;
            }
            else if (string.IsNullOrWhiteSpace(parsed!.DataSource))
            {
                yield return "the connection string names no file in Data Source";
            }
            else if (parsed.Mode == SqliteOpenMode.Memory || parsed.DataSource.Trim() == ":memory:")
            {
                yield return "the connection string names an in-memory database; use InMemoryEventStore for that";
            }
        }

        if (BusyTimeout <= TimeSpan.Zero || BusyTimeout > MaxBusyTimeout)
        {
            yield return $"BusyTimeout must be more than zero and at most {MaxBusyTimeout.TotalMinutes:0} minutes, not {BusyTimeout}";
        }
    }
}
