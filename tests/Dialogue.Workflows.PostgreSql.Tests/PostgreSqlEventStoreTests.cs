using Dialogue.Workflows.Storage;
using NodaTime;
using Npgsql;

namespace Dialogue.Workflows.PostgreSql.Tests;

/// <summary>What the PostgreSQL store does beyond the contract: its schema, the order of positions, failures that write nothing.</summary>
public sealed class PostgreSqlEventStoreTests : IDisposable
{
    private readonly Lazy<TestSchema> _schema = new(() => new TestSchema());

    private TestSchema Schema => _schema.Value;

    public void Dispose()
    {
        if (_schema.IsValueCreated)
        {
            _schema.Value.Dispose();
        }
    }

    [PostgresFact]
    public async Task Reopen_ANewStoreOnTheSameSchema_ReadsEverythingThatWasWritten()
    {
        IReadOnlyList<RecordedEvent> written;
        await using (var store = Schema.Store())
        {
            await store.AppendAsync("plan-1", 0, [Event("created"), Event("issued")]);
            await store.AppendAsync("plan-2", 0, [Event("created")]);
            written = await store.ReadAllAsync(1, 100);
        }

        var reopened = Schema.Store();

        Assert.Equal(written, await reopened.ReadAllAsync(1, 100));
        Assert.Equal([1L, 2L, 3L], written.Select(e => e.Position));
        Assert.Equal(["plan-1", "plan-2"], await reopened.ListStreamsAsync());
        Assert.Equal(3, (await reopened.AppendAsync("plan-1", 2, [Event("held")])).StreamVersion);
    }

    [PostgresFact]
    public async Task Open_NewSchema_IsCreatedAtTheCurrentVersion()
    {
        await Schema.Store().InitializeAsync();

        Assert.Equal(5, await Schema.ScalarAsync<int>("SELECT version FROM {schema}.schema_version"));
        Assert.Equal(0L, await Schema.ScalarAsync<long>("SELECT position FROM {schema}.position_head"));
    }

    [PostgresFact]
    public async Task Open_FromSeveralStoresAtOnce_CreatesTheSchemaOnce()
    {
        var stores = Enumerable.Range(0, 6).Select(_ => Schema.Store()).ToList();

        await Task.WhenAll(stores.Select(store => Task.Run(async () => await store.InitializeAsync())));

        Assert.Equal(5, await Schema.ScalarAsync<int>("SELECT version FROM {schema}.schema_version"));
        Assert.Equal(1L, await Schema.ScalarAsync<long>("SELECT count(*) FROM {schema}.position_head"));
    }

    [PostgresFact]
    public async Task Open_NewerSchema_IsRefusedNamingTheSchemaAndBothVersions()
    {
        await Schema.Store().AppendAsync("plan-1", 0, [Event("a")]);
        await Schema.ExecuteAsync("UPDATE {schema}.schema_version SET version = 6");
        var newer = Schema.Store();

        var error = await Assert.ThrowsAsync<StoreSchemaTooNewException>(async () => await newer.AppendAsync("plan-1", 1, [Event("b")]));

        Assert.Equal("storage.schema-too-new", error.ErrorCode);
        Assert.Contains(Schema.Name, error.Store, StringComparison.Ordinal);
        Assert.Equal(6, error.SchemaVersion);
        Assert.Equal(5, error.SupportedSchemaVersion);
        await Assert.ThrowsAsync<StoreSchemaTooNewException>(async () => await newer.ReadStreamAsync("plan-1"));
        Assert.Equal(1L, await Schema.ScalarAsync<long>("SELECT count(*) FROM {schema}.events"));
    }

    [PostgresFact]
    public async Task Append_WhileAnotherAppendHoldsThePositionLock_WaitsSoPositionsBecomeVisibleInOrder()
    {
        var store = Schema.Store();
        await store.AppendAsync("plan-1", 0, [Event("1a")]);
        // Stands for an append to another plan that has taken its positions but not committed yet.
        await using var inFlight = new NpgsqlConnection(Schema.ConnectionString);
        await inFlight.OpenAsync();
        await using var transaction = await inFlight.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand($"UPDATE {Schema.Name}.position_head SET position = position + 1 RETURNING position", inFlight, transaction))
        {
            Assert.Equal(2L, await take.ExecuteScalarAsync());
        }

        var waiting = Task.Run(async () => await store.AppendAsync("plan-2", 0, [Event("2a")]));
        await Task.Delay(500);

        Assert.False(waiting.IsCompleted, "an append took a position while an earlier one was still in flight");
        Assert.Equal(["1a"], (await store.ReadAllAsync(1, 100)).Select(e => e.Event.Type));
        await transaction.RollbackAsync();
        var result = await waiting;
        Assert.Equal(2, result.LastPosition);
        Assert.Equal(["1a", "2a"], (await store.ReadAllAsync(1, 100)).Select(e => e.Event.Type));
    }

    [PostgresFact]
    public async Task ReadAll_FollowedWhileWritersAppendToDifferentPlans_NeverSkipsAnEvent()
    {
        var store = Schema.Store();
        await store.InitializeAsync();
        const int writers = 4;
        const int appendsEach = 30;
        var writing = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var writer = Schema.Store();
            for (var n = 0; n < appendsEach; n++)
            {
                await writer.AppendAsync($"plan-{w}", n * 2, [Event($"w{w}-{n}-a"), Event($"w{w}-{n}-b")]);
            }
        })).ToArray();

        // A reader that pages by position, as a projection would, while the writers run.
        var seen = new List<RecordedEvent>();
        var done = false;
        while (!done)
        {
            done = writing.All(task => task.IsCompleted);
            var from = seen.Count == 0 ? 1 : seen[^1].Position + 1;
            var page = await store.ReadAllAsync(from, 7);
            seen.AddRange(page);
            if (page.Count == 7)
            {
                done = false;
            }
        }

        await Task.WhenAll(writing);
        var all = await store.ReadAllAsync(1, 10_000);
        Assert.Equal(writers * appendsEach * 2, all.Count);
        Assert.Equal(all.Select(e => e.Position), seen.Select(e => e.Position));
        Assert.Equal(Enumerable.Range(1, all.Count).Select(p => (long)p), all.Select(e => e.Position));
    }

    [PostgresFact]
    public async Task Append_FailingOnItsSecondEvent_WritesNothing()
    {
        var store = Schema.Store();
        await store.AppendAsync("plan-1", 0, [Event("created")]);
        await Schema.ExecuteAsync("""
            CREATE FUNCTION {schema}.refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.type = 'boom' THEN RAISE EXCEPTION 'boom refused'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse_boom BEFORE INSERT ON {schema}.events FOR EACH ROW EXECUTE FUNCTION {schema}.refuse_boom();
            """);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(async () => await store.AppendAsync("plan-1", 1, [Event("issued"), Event("boom")]));
        await Assert.ThrowsAsync<StoreUnavailableException>(async () => await store.AppendAsync("plan-2", 0, [Event("created"), Event("boom")]));

        Assert.Contains("boom refused", error.Message, StringComparison.Ordinal);
        Assert.Equal(["created"], (await store.ReadStreamAsync("plan-1")).Select(e => e.Event.Type));
        Assert.Equal(["plan-1"], await store.ListStreamsAsync());
        Assert.Equal(1L, await Schema.ScalarAsync<long>("SELECT position FROM {schema}.position_head"));
        Assert.Equal(2, (await store.AppendAsync("plan-1", 1, [Event("issued")])).StreamVersion);
    }

    [PostgresFact]
    public async Task Append_HeadRowBehindItsEvents_IsRefusedByTheUniqueConstraintAsAConflict()
    {
        var store = Schema.Store();
        await store.AppendAsync("plan-1", 0, [Event("a"), Event("b"), Event("c")]);
        await Schema.ExecuteAsync("UPDATE {schema}.streams SET version = 1 WHERE stream_id = 'plan-1'");

        var error = await Assert.ThrowsAsync<ConcurrencyException>(async () => await store.AppendAsync("plan-1", 1, [Event("x")]));

        Assert.Equal(3, error.ActualVersion);
        Assert.Equal(["a", "b", "c"], (await store.ReadStreamAsync("plan-1")).Select(e => e.Event.Type));
    }

    [PostgresFact]
    public async Task Append_HeadAheadOfItsLastEvent_IsRefusedAsDamaged_WritingNothingAndTakingNoPosition()
    {
        var store = Schema.Store();
        await store.AppendAsync("plan-1", 0, [Event("plan-created"), Event("plan-issued")]);
        await Schema.ExecuteAsync("UPDATE {schema}.streams SET version = 4 WHERE stream_id = 'plan-1'");

        var error = await Assert.ThrowsAsync<StreamDamagedException>(async () => await store.AppendAsync("plan-1", 2, [Event("session-scheduled")]));

        Assert.Equal(3, error.Version);
        Assert.Equal(["plan-created", "plan-issued"], (await store.ReadStreamAsync("plan-1")).Select(e => e.Event.Type));
        Assert.Equal(2L, await Schema.ScalarAsync<long>("SELECT position FROM {schema}.position_head"));
    }

    [PostgresFact]
    public async Task Append_WithReadModelRowsAtAVersionAlreadyTaken_IsAConflict_AndLeavesThePlansRowsAsTheyWere()
    {
        var store = Schema.Store();
        await store.AppendAsync("plan-1", 0, [Event("plan-created")], Rows("plan-1", 1, "Kế hoạch 12/KH-UBND", new LocalDate(2024, 6, 4)));

        var stale = await Assert.ThrowsAsync<ConcurrencyException>(async () =>
            await store.AppendAsync("plan-1", 0, [Event("plan-created")], Rows("plan-1", 1, "Kế hoạch khác", new LocalDate(2024, 7, 1))));
        var missing = await Assert.ThrowsAsync<ConcurrencyException>(async () =>
            await store.AppendAsync("plan-9", 3, [Event("plan-issued")], Rows("plan-9", 4, "Kế hoạch 9/KH-UBND", new LocalDate(2024, 7, 1))));

        Assert.Equal(1, stale.ActualVersion);
        Assert.Equal(0, missing.ActualVersion);
        Assert.Equal("Kế hoạch 12/KH-UBND", await Schema.ScalarAsync<string>("SELECT string_agg(title, ',') FROM {schema}.plan_summaries"));
        Assert.Equal("2024-06-04", await Schema.ScalarAsync<string>("SELECT string_agg(due::text, ',') FROM {schema}.dated_items"));
        Assert.Equal(1L, await Schema.ScalarAsync<long>("SELECT position FROM {schema}.position_head"));
    }

    [PostgresFact]
    public async Task Append_RefusedAsAConflict_NeitherWaitsForNorTakesThePositionLock()
    {
        var store = Schema.Store();
        await store.AppendAsync("plan-1", 0, [Event("plan-created")]);
        await store.AppendAsync("plan-1", 1, [Event("plan-issued")]);
        // Stands for an append to another plan that has taken its positions but not committed yet.
        await using var inFlight = new NpgsqlConnection(Schema.ConnectionString);
        await inFlight.OpenAsync();
        await using var transaction = await inFlight.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand($"UPDATE {Schema.Name}.position_head SET position = position + 1", inFlight, transaction))
        {
            await take.ExecuteNonQueryAsync();
        }

        // A writer that read version 1 brings as many events as the one that won: the head is at its new version, moved by another.
        // Were the lock taken, the append would wait for the rollback below and the wait would end first.
        var error = await Assert.ThrowsAsync<ConcurrencyException>(async () =>
            await store.AppendAsync("plan-1", 1, [Event("plan-issued")]).AsTask().WaitAsync(TimeSpan.FromSeconds(30)));

        await transaction.RollbackAsync();
        Assert.Equal(2, error.ActualVersion);
        Assert.Equal(["plan-created", "plan-issued"], (await store.ReadStreamAsync("plan-1")).Select(e => e.Event.Type));
    }

    [PostgresFact]
    public async Task Append_PositionHeadBehindTheEvents_FailsAsCorruptNotAsAConflict()
    {
        var store = Schema.Store();
        await store.AppendAsync("plan-1", 0, [Event("a"), Event("b")]);
        await Schema.ExecuteAsync("UPDATE {schema}.position_head SET position = 1");

        var error = await Assert.ThrowsAsync<StoreCorruptException>(async () => await store.AppendAsync("plan-2", 0, [Event("x")]));

        Assert.Contains("position_head", error.Problem, StringComparison.Ordinal);
        Assert.Equal(["plan-1"], await store.ListStreamsAsync());
    }

    [PostgresFact]
    public async Task Append_BodyThatIsNotJson_IsKeptExactlyAsGiven()
    {
        var store = Schema.Store();
        var data = new EventData(Guid.NewGuid(), "session-held", 2, "{not json \u0001 ✓");

        await store.AppendAsync("plan-1", 0, [data]);

        Assert.Equal(data, Assert.Single(await store.ReadStreamAsync("plan-1")).Event);
    }

    [PostgresFact]
    public async Task Open_WrongPassword_FailsNamingTheDatabaseButNotThePassword()
    {
        var builder = new NpgsqlConnectionStringBuilder(Schema.ConnectionString) { Password = "not-the-password-42" };
        await using var store = new PostgreSqlEventStore(new PostgreSqlEventStoreOptions { ConnectionString = builder.ToString(), Schema = Schema.Name });

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(async () => await store.ReadStreamAsync("plan-1"));

        Assert.Contains(builder.Host!, error.Store, StringComparison.Ordinal);
        Assert.Contains(Schema.Name, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password-42", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_NoServerListening_FailsNamingTheServer()
    {
        // Port 1 on the loopback address: nothing listens there, so the connection is refused at once.
        await using var store = new PostgreSqlEventStore(new PostgreSqlEventStoreOptions
        {
            ConnectionString = "Host=127.0.0.1;Port=1;Database=plans;Username=app;Password=secret;Timeout=5",
            Schema = "plans",
        });

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(async () => await store.AppendAsync("plan-1", 0, [Event("a")]));

        Assert.Equal("storage.unavailable", error.ErrorCode);
        Assert.Equal("127.0.0.1:1/plans, schema plans", error.Store);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Open_Version2Schema_AddsTheCommandsTableKeepingEveryEvent()
    {
        // A version 2 schema: what version 3 creates, less the commands table.
        await Schema.Store().InitializeAsync();
        await Schema.ExecuteAsync("DROP TABLE {schema}.snapshots, {schema}.commands, {schema}.plan_summaries, {schema}.dated_items, {schema}.read_model_pending, {schema}.read_model_state; UPDATE {schema}.schema_version SET version = 2;");
        await Schema.Store().AppendAsync("plan-1", 0, [Event("a")]);
        var store = Schema.Store();

        var first = await store.AppendCommandAsync("plan-1", 1, "cmd-1", [Event("b")]);
        var again = await store.AppendCommandAsync("plan-1", 2, "cmd-1", [Event("b")]);

        Assert.Equal(5, await Schema.ScalarAsync<int>("SELECT version FROM {schema}.schema_version"));
        Assert.False(first.Repeated);
        Assert.True(again.Repeated);
        Assert.Equal(["a", "b"], (await store.ReadStreamAsync("plan-1")).Select(e => e.Event.Type));
    }

    [PostgresFact]
    public async Task Open_Version4Schema_AddsAnEmptySnapshotsTableKeepingEveryEvent()
    {
        // A version 4 schema: what version 5 creates, less the snapshots table.
        await Schema.Store().AppendAsync("plan-1", 0, [Event("a"), Event("b")]);
        await Schema.ExecuteAsync("DROP TABLE {schema}.snapshots; UPDATE {schema}.schema_version SET version = 4;");
        var store = Schema.Store();

        Assert.Null(await store.ReadSnapshotAsync("plan-1"));
        Assert.True(await store.WriteSnapshotAsync(new StreamSnapshot("plan-1", 2, 1, "t", 1, "{}")));

        Assert.Equal(5, await Schema.ScalarAsync<int>("SELECT version FROM {schema}.schema_version"));
        Assert.Equal(["a", "b"], (await store.ReadStreamAsync("plan-1")).Select(e => e.Event.Type));
        Assert.Equal(2, (await store.ReadSnapshotAsync("plan-1"))?.Version);
    }

    [PostgresFact]
    public async Task Open_Version4SchemaWithATableInTheWay_IsRefusedAsCorruptAndLeftAtVersion4()
    {
        await Schema.Store().InitializeAsync();
        await Schema.ExecuteAsync("DROP TABLE {schema}.snapshots; CREATE TABLE {schema}.snapshots (x text); UPDATE {schema}.schema_version SET version = 4;");

        var error = await Assert.ThrowsAsync<StoreCorruptException>(async () => await Schema.Store().InitializeAsync());

        Assert.Contains("from version 4 to 5", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, await Schema.ScalarAsync<int>("SELECT version FROM {schema}.schema_version"));
    }

    public static TheoryData<PostgreSqlEventStoreOptions, string> InvalidOptions => new()
    {
        { new PostgreSqlEventStoreOptions(), "ConnectionString" },
        { new PostgreSqlEventStoreOptions { ConnectionString = "Database=plans" }, "Host" },
        { new PostgreSqlEventStoreOptions { ConnectionString = "Host=db;Colour=blue" }, "malformed" },
        { new PostgreSqlEventStoreOptions { ConnectionString = "Host=db", Schema = "Plans" }, "Schema" },
        { new PostgreSqlEventStoreOptions { ConnectionString = "Host=db", Schema = "plans; DROP TABLE x" }, "Schema" },
        { new PostgreSqlEventStoreOptions { ConnectionString = "Host=db", Schema = new string('a', 64) }, "Schema" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Options_Invalid_AreRefusedWithTheReason(PostgreSqlEventStoreOptions options, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => new PostgreSqlEventStore(options));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    private static ReadModelUpdate Rows(string planId, long version, string title, LocalDate due) => new(
        new PlanSummary(planId, "ward-dialogue", 1, title, "UBND phường Tân Định", 2024, null, "Issued", version)
        {
            CreatedAt = Instant.FromUtc(2024, 5, 20, 2, 0),
            OpenItems = 1,
            NextDue = due,
            Calendar = "vn-2024",
            SearchText = title.ToLowerInvariant(),
        },
        [new DatedItem(planId, "notice@s1", "task", "office", due, "Open") { OwnerName = "Văn phòng", Title = "Thông báo", EnglishTitle = "Notice", Session = "s1" }]);

    private static EventData Event(string type) => new(Guid.NewGuid(), type, 1, $$"""{"type":"{{type}}"}""");
}
