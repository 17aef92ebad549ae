using Dialogue.Workflows.Storage;

namespace Dialogue.Workflows.Sqlite.Tests;

/// <summary>The file's schema: created, versioned, migrated from version 0, and a newer one refused.</summary>
public sealed class SqliteSchemaTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Open_NewFile_CreatesTheCurrentSchemaInWalMode()
    {
        var path = _folder.File("new.db");
        using (var store = new SqliteEventStore(path))
        {
            await store.InitializeAsync();
        }

        Assert.Equal(5, RawSqlite.Long(path, "SELECT version FROM schema_version"));
        Assert.Equal("wal", RawSqlite.Scalar(path, "PRAGMA journal_mode"));
        Assert.Equal(1, RawSqlite.Long(path, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'events_stream_version'"));
        Assert.Equal(1, RawSqlite.Long(path, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'notifications'"));
        Assert.Equal(1, RawSqlite.Long(path, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'commands'"));
        Assert.Equal(SqliteSchema.ApplicationId, RawSqlite.Long(path, "PRAGMA application_id"));
    }

    [Fact]
    public async Task Open_AnotherApplicationsFile_IsRefusedBeforeAnythingChanges()
    {
        var path = _folder.File("other.db");
        RawSqlite.Execute(path, "CREATE TABLE events (id INTEGER PRIMARY KEY, what TEXT); INSERT INTO events (what) VALUES ('x');");
        var before = await File.ReadAllBytesAsync(path);
        using var store = new SqliteEventStore(path);

        var error = await Assert.ThrowsAsync<StoreNotOursException>(async () => await store.InitializeAsync());

        Assert.Equal("storage.not-ours", error.ErrorCode);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.Equal("delete", RawSqlite.Scalar(path, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Open_ReadOnly_ReadsWithoutSwitchingToWalOrMigrating()
    {
        var path = _folder.File("v1-read.db");
        RawSqlite.Execute(path, RawSqlite.Version1Layout.Replace("PRAGMA journal_mode = WAL;", string.Empty, StringComparison.Ordinal)
            + "INSERT INTO streams (stream_id, version) VALUES ('plan-1', 1);" + RawSqlite.Version1Row(1, "plan-1", 1, "a"));
        var before = await File.ReadAllBytesAsync(path);
        using var store = new SqliteEventStore(new SqliteEventStoreOptions { Path = path, ReadOnly = true });

        Assert.Equal(["a"], (await store.ReadStreamAsync("plan-1")).Select(e => e.Event.Type));
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.Equal(1, RawSqlite.Long(path, "SELECT version FROM schema_version"));
    }

    [Fact]
    public async Task Open_Version0File_MigratesKeepingEveryEventPositionAndStreamOrder()
    {
        var path = _folder.File("v0.db");
        RawSqlite.Execute(path, RawSqlite.Version0Layout
            + RawSqlite.Version0Row(1, "plan-b", 1, "b1")
            + RawSqlite.Version0Row(2, "plan-a", 1, "a1")
            + RawSqlite.Version0Row(5, "plan-b", 2, "b2")
            + RawSqlite.Version0Row(9, "plan-a", 2, "a2"));
        using var store = new SqliteEventStore(path);

        var all = await store.ReadAllAsync(1, 100);

        Assert.Equal(["b1", "a1", "b2", "a2"], all.Select(e => e.Event.Type));
        Assert.Equal([1L, 2L, 5L, 9L], all.Select(e => e.Position));
        Assert.All(all, e => Assert.Equal(1, e.Event.SchemaVersion));
        Assert.Equal(["plan-b", "plan-a"], await store.ListStreamsAsync());
        Assert.Equal(5, RawSqlite.Long(path, "SELECT version FROM schema_version"));
        Assert.Equal(0, RawSqlite.Long(path, "SELECT count(*) FROM sqlite_master WHERE name = 'events_v0'"));
        // The version-1 index and head rows work: a stale append is refused, the next one continues.
        await Assert.ThrowsAsync<ConcurrencyException>(async () => await store.AppendAsync("plan-a", 1, [Event("late")]));
        var result = await store.AppendAsync("plan-a", 2, [Event("a3")]);
        Assert.Equal(3, result.StreamVersion);
        Assert.True(result.LastPosition > 9);
    }

    [Fact]
    public async Task Open_Version0FileFromSeveralStoresAtOnce_MigratesItOnce()
    {
        var path = _folder.File("v0-race.db");
        RawSqlite.Execute(path, RawSqlite.Version0Layout + RawSqlite.Version0Row(1, "plan-1", 1, "a") + RawSqlite.Version0Row(2, "plan-1", 2, "b"));
        var stores = Enumerable.Range(0, 4).Select(_ => new SqliteEventStore(path)).ToList();

        try
        {
            await Task.WhenAll(stores.Select(store => Task.Run(async () => await store.InitializeAsync())));

            Assert.Equal(["a", "b"], (await stores[0].ReadStreamAsync("plan-1")).Select(e => e.Event.Type));
            Assert.Equal(5, RawSqlite.Long(path, "SELECT version FROM schema_version"));
        }
        finally
        {
            stores.ForEach(store => store.Dispose());
        }
    }

    [Fact]
    public async Task Open_Version0FileThatCannotBeMigrated_IsRefusedAsCorruptAndLeftAsItWas()
    {
        var path = _folder.File("v0-duplicate.db");
        // Two events claim version 1 of the same stream: the version-1 unique index cannot hold them.
        RawSqlite.Execute(path, RawSqlite.Version0Layout + RawSqlite.Version0Row(1, "plan-1", 1, "a") + RawSqlite.Version0Row(2, "plan-1", 1, "b"));
        using var store = new SqliteEventStore(path);

        var error = await Assert.ThrowsAsync<StoreCorruptException>(async () => await store.ReadStreamAsync("plan-1"));

        Assert.Equal("storage.corrupt", error.ErrorCode);
        Assert.Equal(path, error.Store);
        Assert.Contains("from version 0 to 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, RawSqlite.Long(path, "SELECT count(*) FROM events"));
        Assert.Equal(0, RawSqlite.Long(path, "SELECT count(*) FROM sqlite_master WHERE name IN ('schema_version', 'streams', 'events_v0')"));
    }

    [Fact]
    public async Task Open_NewerSchema_IsRefusedNamingTheFileAndBothVersions()
    {
        var path = _folder.File("newer.db");
        using (var store = new SqliteEventStore(path))
        {
            await store.AppendAsync("plan-1", 0, [Event("a")]);
        }

        RawSqlite.Execute(path, "UPDATE schema_version SET version = 6");
        using var newer = new SqliteEventStore(path);

        var error = await Assert.ThrowsAsync<StoreSchemaTooNewException>(async () => await newer.ReadStreamAsync("plan-1"));

        Assert.Equal("storage.schema-too-new", error.ErrorCode);
        Assert.Equal(path, error.Store);
        Assert.Equal(6, error.SchemaVersion);
        Assert.Equal(5, error.SupportedSchemaVersion);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("schema version 6", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StoreSchemaTooNewException>(async () => await newer.AppendAsync("plan-1", 1, [Event("b")]));
        Assert.Equal(1, RawSqlite.Long(path, "SELECT count(*) FROM events"));
    }

    [Fact]
    public async Task Open_NewerSchemaInRollbackJournalMode_IsNotTouched()
    {
        var path = _folder.File("newer-journal.db");
        RawSqlite.Execute(path, "CREATE TABLE schema_version (id INTEGER PRIMARY KEY, version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1, 7);");
        var before = await File.ReadAllBytesAsync(path);
        using var store = new SqliteEventStore(path);

        var error = await Assert.ThrowsAsync<StoreSchemaTooNewException>(async () => await store.InitializeAsync());

        Assert.Equal(7, error.SchemaVersion);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.Equal("delete", RawSqlite.Scalar(path, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Open_Version1File_AddsTheNotificationsTableKeepingEveryEvent()
    {
        var path = _folder.File("v1.db");
        RawSqlite.Execute(path, RawSqlite.Version1Layout
            + "INSERT INTO streams (stream_id, version) VALUES ('plan-1', 2);"
            + RawSqlite.Version1Row(1, "plan-1", 1, "a")
            + RawSqlite.Version1Row(4, "plan-1", 2, "b"));
        using var store = new SqliteEventStore(path);
        var ledger = new SqliteNotificationLedger(store);
        var now = NodaTime.Instant.FromUtc(2024, 6, 3, 2, 0);

        Assert.True(await ledger.TryClaimAsync("k", "host-a", now, now + NodaTime.Duration.FromMinutes(5)));

        Assert.Equal(5, RawSqlite.Long(path, "SELECT version FROM schema_version"));
        Assert.Equal(["a", "b"], (await store.ReadStreamAsync("plan-1")).Select(e => e.Event.Type));
        Assert.Equal([1L, 4L], (await store.ReadAllAsync(1, 10)).Select(e => e.Position));
        Assert.Equal("claimed", RawSqlite.Scalar(path, "SELECT state FROM notifications WHERE key = 'k'"));
        Assert.Equal(3, (await store.AppendAsync("plan-1", 2, [Event("c")])).StreamVersion);
    }

    [Fact]
    public async Task Open_Version1FileWithATableInTheWay_IsRefusedAsCorruptAndLeftAtVersion1()
    {
        var path = _folder.File("v1-clash.db");
        // A table the migration must create already exists: the file is not laid out as version 1 says.
        RawSqlite.Execute(path, RawSqlite.Version1Layout + "CREATE TABLE notifications (key TEXT);");
        using var store = new SqliteEventStore(path);

        var error = await Assert.ThrowsAsync<StoreCorruptException>(async () => await store.InitializeAsync());

        Assert.Contains("from version 1 to 2", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, RawSqlite.Long(path, "SELECT version FROM schema_version"));
    }

    [Fact]
    public async Task Open_Version2File_AddsTheCommandsTableKeepingEveryEventAndNotification()
    {
        var path = _folder.File("v2.db");
        RawSqlite.Execute(path, RawSqlite.Version1Layout
            + "INSERT INTO streams (stream_id, version) VALUES ('plan-1', 2);"
            + RawSqlite.Version1Row(1, "plan-1", 1, "a")
            + RawSqlite.Version1Row(4, "plan-1", 2, "b")
            + RawSqlite.Version2Notifications
            + "INSERT INTO notifications VALUES ('k', 'delivered', 'host-a', 1, 0, 0, NULL);"
            + "UPDATE schema_version SET version = 2;");
        using var store = new SqliteEventStore(path);

        var first = await store.AppendCommandAsync("plan-1", 2, "cmd-1", [Event("c")]);
        var again = await store.AppendCommandAsync("plan-1", 3, "cmd-1", [Event("c")]);

        Assert.Equal(5, RawSqlite.Long(path, "SELECT version FROM schema_version"));
        Assert.Equal(["a", "b", "c"], (await store.ReadStreamAsync("plan-1")).Select(e => e.Event.Type));
        Assert.Equal("delivered", RawSqlite.Scalar(path, "SELECT state FROM notifications WHERE key = 'k'"));
        Assert.False(first.Repeated);
        Assert.True(again.Repeated);
        Assert.Equal(new RecordedCommand("plan-1", "cmd-1", 3, 3), again.Command);
    }

    [Fact]
    public async Task Open_Version2FileWithATableInTheWay_IsRefusedAsCorruptAndLeftAtVersion2()
    {
        var path = _folder.File("v2-clash.db");
        RawSqlite.Execute(path, RawSqlite.Version1Layout + RawSqlite.Version2Notifications + "UPDATE schema_version SET version = 2; CREATE TABLE commands (x TEXT);");
        using var store = new SqliteEventStore(path);

        var error = await Assert.ThrowsAsync<StoreCorruptException>(async () => await store.InitializeAsync());

        Assert.Contains("from version 2 to 3", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, RawSqlite.Long(path, "SELECT version FROM schema_version"));
    }

    [Fact]
    public async Task Open_Version4File_AddsAnEmptySnapshotsTableKeepingEveryEventAndTheReadModel()
    {
        var path = Version4File("v4.db");
        using var store = new SqliteEventStore(path);

        Assert.Null(await store.ReadSnapshotAsync("plan-1"));
        Assert.True(await store.WriteSnapshotAsync(new StreamSnapshot("plan-1", 2, 1, "t", 1, "{}")));

        Assert.Equal(5, RawSqlite.Long(path, "SELECT version FROM schema_version"));
        Assert.Equal(["a", "b"], (await store.ReadStreamAsync("plan-1")).Select(e => e.Event.Type));
        Assert.Equal(1, RawSqlite.Long(path, "SELECT count(*) FROM read_model_pending"));
        Assert.Equal(2, (await store.ReadSnapshotAsync("plan-1"))?.Version);
    }

    [Fact]
    public async Task Open_Version4FileWithATableInTheWay_IsRefusedAsCorruptAndLeftAtVersion4()
    {
        var path = Version4File("v4-clash.db");
        RawSqlite.Execute(path, "CREATE TABLE snapshots (x TEXT);");
        using var store = new SqliteEventStore(path);

        var error = await Assert.ThrowsAsync<StoreCorruptException>(async () => await store.InitializeAsync());

        Assert.Contains("from version 4 to 5", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, RawSqlite.Long(path, "SELECT version FROM schema_version"));
    }

    [Fact]
    public async Task Open_Version4FileReadOnly_HasNoSnapshotsAndIsLeftAtVersion4()
    {
        var path = Version4File("v4-read-only.db");
        using var store = new SqliteEventStore(new SqliteEventStoreOptions { Path = path, ReadOnly = true });

        Assert.Null(await store.ReadSnapshotAsync("plan-1"));
        Assert.Equal(2, (await store.ReadStreamAsync("plan-1")).Count);
        Assert.Equal(4, RawSqlite.Long(path, "SELECT version FROM schema_version"));
    }

    // A file as version 4 left it: version 5 only adds the snapshots table, so a current file without it is one.
    private string Version4File(string name)
    {
        var path = _folder.File(name);
        using (var store = new SqliteEventStore(path))
        {
            store.AppendAsync("plan-1", 0, [Event("a"), Event("b")]).AsTask().GetAwaiter().GetResult();
        }

        RawSqlite.Execute(path, "DROP TABLE snapshots; UPDATE schema_version SET version = 4;");
        return path;
    }

    private static EventData Event(string type) => new(Guid.NewGuid(), type, 1, "{}");
}
