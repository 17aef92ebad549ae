using System.Diagnostics;
using Dialogue.Workflows.Storage;

namespace Dialogue.Workflows.Sqlite.Tests;

/// <summary>What the SQLite store does beyond the contract: a file that outlives the store, failures that name the file and write nothing.</summary>
public sealed class SqliteEventStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Reopen_AfterDispose_ReadsEverythingThatWasWritten()
    {
        var path = _folder.File("plans.db");
        IReadOnlyList<RecordedEvent> written;
        using (var store = new SqliteEventStore(path))
        {
            await store.AppendAsync("plan-1", 0, [Event("created"), Event("issued")]);
            await store.AppendAsync("plan-2", 0, [Event("created")]);
            await store.AppendAsync("plan-1", 2, [Event("held")]);
            written = await store.ReadAllAsync(1, 100);
        }

        using var reopened = new SqliteEventStore(path);

        Assert.Equal(written, await reopened.ReadAllAsync(1, 100));
        Assert.Equal(["plan-1", "plan-2"], await reopened.ListStreamsAsync());
        Assert.Equal(["created", "issued", "held"], (await reopened.ReadStreamAsync("plan-1")).Select(e => e.Event.Type));
        Assert.Equal(4, (await reopened.AppendAsync("plan-1", 3, [Event("concluded")])).StreamVersion);
    }

    [Fact]
    public async Task Append_BodyThatIsNotJson_IsKeptExactlyAsGiven()
    {
        using var store = new SqliteEventStore(_folder.File("plans.db"));
        var data = new EventData(Guid.NewGuid(), "session-held", 2, "{not json");

        await store.AppendAsync("plan-1", 0, [data]);

        Assert.Equal(data, Assert.Single(await store.ReadStreamAsync("plan-1")).Event);
    }

    [Fact]
    public async Task Append_FailingOnItsSecondEvent_WritesNothingAndTheStoreGoesOn()
    {
        var path = _folder.File("plans.db");
        using var store = new SqliteEventStore(path);
        await store.AppendAsync("plan-1", 0, [Event("created")]);
        // A trigger that refuses one event type makes the store fail in the middle of an append.
        RawSqlite.Execute(path, "CREATE TRIGGER refuse_boom BEFORE INSERT ON events WHEN NEW.type = 'boom' BEGIN SELECT RAISE(ABORT, 'boom refused'); END;");

        var existing = await Assert.ThrowsAsync<StoreUnavailableException>(async () => await store.AppendAsync("plan-1", 1, [Event("issued"), Event("boom")]));
        var created = await Assert.ThrowsAsync<StoreUnavailableException>(async () => await store.AppendAsync("plan-2", 0, [Event("created"), Event("boom")]));

        Assert.Contains("boom refused", existing.Message, StringComparison.Ordinal);
        Assert.Equal(path, created.Store);
        Assert.Equal(["created"], (await store.ReadStreamAsync("plan-1")).Select(e => e.Event.Type));
        Assert.Equal(["plan-1"], await store.ListStreamsAsync());
        Assert.Equal(1, RawSqlite.Long(path, "SELECT version FROM streams WHERE stream_id = 'plan-1'"));
        Assert.Equal(2, (await store.AppendAsync("plan-1", 1, [Event("issued")])).StreamVersion);
        Assert.Equal(1, (await store.AppendAsync("plan-2", 0, [Event("created")])).StreamVersion);
    }

    [Fact]
    public async Task Append_HeadRowBehindItsEvents_IsRefusedByTheUniqueIndexAsAConflict()
    {
        var path = _folder.File("plans.db");
        using var store = new SqliteEventStore(path);
        await store.AppendAsync("plan-1", 0, [Event("a"), Event("b"), Event("c")]);
        // Edited by hand: the head says version 1, but versions 2 and 3 are recorded.
        RawSqlite.Execute(path, "UPDATE streams SET version = 1 WHERE stream_id = 'plan-1'");

        var error = await Assert.ThrowsAsync<ConcurrencyException>(async () => await store.AppendAsync("plan-1", 1, [Event("x")]));

        Assert.Equal(3, error.ActualVersion);
        Assert.Equal(["a", "b", "c"], (await store.ReadStreamAsync("plan-1")).Select(e => e.Event.Type));
    }

    [Fact]
    public async Task Append_WhileAnotherConnectionHoldsTheWriteLock_FailsNamingTheFileAndReadsGoOn()
    {
        var path = _folder.File("plans.db");
        using var store = new SqliteEventStore(new SqliteEventStoreOptions { Path = path, BusyTimeout = TimeSpan.FromMilliseconds(200) });
        await store.AppendAsync("plan-1", 0, [Event("a")]);
        using var locker = RawSqlite.Open(path);
        using (var begin = locker.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.ExecuteNonQuery();
        }

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<StoreUnavailableException>(async () => await store.AppendAsync("plan-1", 1, [Event("b")]));
        clock.Stop();

        Assert.Equal("storage.unavailable", error.ErrorCode);
        Assert.Equal(path, error.Store);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("lock", error.Problem, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"waited {clock.Elapsed} for a 200 ms busy timeout");
        // WAL: readers do not wait for the writer.
        Assert.Single(await store.ReadStreamAsync("plan-1"));

        using (var rollback = locker.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }

        Assert.Equal(2, (await store.AppendAsync("plan-1", 1, [Event("b")])).StreamVersion);
    }

    [Fact]
    public async Task Append_WhileAnotherConnectionHoldsTheLockBriefly_WaitsAndSucceeds()
    {
        var path = _folder.File("plans.db");
        using var store = new SqliteEventStore(path);
        await store.InitializeAsync();
        using var locker = RawSqlite.Open(path);
        using var command = locker.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE";
        command.ExecuteNonQuery();

        var append = Task.Run(async () => await store.AppendAsync("plan-1", 0, [Event("a")]));
        await Task.Delay(300);
        Assert.False(append.IsCompleted);
        command.CommandText = "COMMIT";
        command.ExecuteNonQuery();

        Assert.Equal(1, (await append).StreamVersion);
    }

    [Theory]
    [InlineData("missing-folder/plans.db")]
    [InlineData("a-file/plans.db")]
    public async Task Open_PathThatCannotBeCreated_FailsNamingTheFile(string relative)
    {
        await File.WriteAllTextAsync(_folder.File("a-file"), "not a folder");
        var path = Path.Combine(_folder.Path, relative);
        using var store = new SqliteEventStore(path);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(async () => await store.AppendAsync("plan-1", 0, [Event("a")]));

        Assert.Equal(path, error.Store);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be opened or created", error.Problem, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.File("missing-folder")));
    }

    [Fact]
    public async Task Open_FileThatIsNotADatabase_FailsAsCorruptAndLeavesItAlone()
    {
        var path = _folder.File("notes.db");
        var bytes = Enumerable.Range(0, 8192).Select(i => (byte)(i * 7 % 251)).ToArray();
        await File.WriteAllBytesAsync(path, bytes);
        using var store = new SqliteEventStore(path);

        var error = await Assert.ThrowsAsync<StoreCorruptException>(async () => await store.ReadStreamAsync("plan-1"));

        Assert.Equal("storage.corrupt", error.ErrorCode);
        Assert.Equal(path, error.Store);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Read_FileWithADamagedPage_FailsAsCorruptNamingTheFile()
    {
        var path = _folder.File("damaged.db");
        using (var store = new SqliteEventStore(path))
        {
            for (var i = 0; i < 50; i++)
            {
                await store.AppendAsync("plan-1", i, [new EventData(Guid.NewGuid(), "note", 1, new string('x', 2000))]);
            }
        }

        // Closing the last connection checkpoints the log into the file; then a page in the middle is overwritten.
        Assert.False(File.Exists(path + "-wal") && new FileInfo(path + "-wal").Length > 0);
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.Position = 4096 * 5;
            await file.WriteAsync(Enumerable.Repeat((byte)0xA5, 4096 * 4).ToArray());
        }

        using var damaged = new SqliteEventStore(path);

        var error = await Assert.ThrowsAsync<StoreCorruptException>(async () => await damaged.ReadStreamAsync("plan-1"));

        Assert.Equal(path, error.Store);
    }

    [Fact]
    public async Task Use_AfterDispose_ThrowsNamingTheFile()
    {
        var path = _folder.File("plans.db");
        var store = new SqliteEventStore(path);
        await store.AppendAsync("plan-1", 0, [Event("a")]);

        store.Dispose();

        var error = await Assert.ThrowsAsync<ObjectDisposedException>(async () => await store.AppendAsync("plan-1", 1, [Event("b")]));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await store.ReadStreamAsync("plan-1"));
    }

    [Fact]
    public async Task Options_ConnectionString_OpensTheFileItNames()
    {
        var path = _folder.File("by-connection-string.db");
        using var store = new SqliteEventStore(new SqliteEventStoreOptions { ConnectionString = $"Data Source={path};Pooling=True", DurableCommits = false });

        await store.AppendAsync("plan-1", 0, [Event("a")]);

        Assert.Equal(path, store.FilePath);
        Assert.Equal(1, RawSqlite.Long(path, "SELECT count(*) FROM events"));
    }

    public static TheoryData<SqliteEventStoreOptions, string> InvalidOptions => new()
    {
        { new SqliteEventStoreOptions(), "Path" },
        { new SqliteEventStoreOptions { Path = "a.db", ConnectionString = "Data Source=b.db" }, "not both" },
        { new SqliteEventStoreOptions { ConnectionString = "Data Source=:memory:" }, "in-memory" },
        { new SqliteEventStoreOptions { ConnectionString = "Data Source=x.db;Mode=Memory" }, "in-memory" },
        { new SqliteEventStoreOptions { ConnectionString = "Cache=Shared" }, "Data Source" },
        { new SqliteEventStoreOptions { ConnectionString = "Data Source=x.db;Colour=blue" }, "malformed" },
        { new SqliteEventStoreOptions { Path = "a.db", BusyTimeout = TimeSpan.Zero }, "BusyTimeout" },
        { new SqliteEventStoreOptions { Path = "a.db", BusyTimeout = TimeSpan.FromHours(1) }, "BusyTimeout" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Options_Invalid_AreRefusedWithTheReason(SqliteEventStoreOptions options, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => new SqliteEventStore(options));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    private static EventData Event(string type) => new(Guid.NewGuid(), type, 1, $$"""{"type":"{{type}}"}""");
}
