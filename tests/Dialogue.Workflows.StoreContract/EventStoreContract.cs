using Dialogue.Workflows.Storage;

namespace Dialogue.Workflows.StoreContract;

/// <summary>
/// What every <see cref="IEventStore"/> must do. A store's test project derives a class from this
/// one and supplies a fresh, empty store; the tests run unchanged on every store.
/// </summary>
public abstract partial class EventStoreContract
{
    /// <summary>A new, empty store.</summary>
    protected abstract Task<IEventStore> CreateStoreAsync();

    [Fact]
    public async Task Append_NewStream_NumbersEventsFromOne()
    {
        var store = await CreateStoreAsync();

        var result = await store.AppendAsync("plan-1", 0, [Event("plan-created"), Event("session-scheduled")]);

        Assert.Equal(2, result.StreamVersion);
        var events = await store.ReadStreamAsync("plan-1");
        Assert.Equal([1L, 2L], events.Select(e => e.Version));
        Assert.Equal(["plan-created", "session-scheduled"], events.Select(e => e.Event.Type));
        Assert.All(events, e => Assert.Equal("plan-1", e.StreamId));
    }

    [Fact]
    public async Task Append_KeepsEveryFieldExactly_IncludingVietnameseText()
    {
        var store = await CreateStoreAsync();
        var data = new EventData(Guid.NewGuid(), "petition-received", 3,
            """{"subject":"Đề nghị sửa đường hẻm tổ dân phố 5","note":"“trích dẫn” — ✓","n":1}""");

        await store.AppendAsync("plan-ư", 0, [data]);

        var read = Assert.Single(await store.ReadStreamAsync("plan-ư"));
        Assert.Equal(data, read.Event);
    }

    [Fact]
    public async Task Append_ThenAppendAgain_ContinuesTheVersions()
    {
        var store = await CreateStoreAsync();
        await store.AppendAsync("plan-1", 0, [Event("a")]);

        var result = await store.AppendAsync("plan-1", 1, [Event("b"), Event("c")]);

        Assert.Equal(3, result.StreamVersion);
        Assert.Equal([1L, 2L, 3L], (await store.ReadStreamAsync("plan-1")).Select(e => e.Version));
    }

    [Fact]
    public async Task Append_StaleExpectedVersion_FailsAndWritesNothing()
    {
        var store = await CreateStoreAsync();
        await store.AppendAsync("plan-1", 0, [Event("a"), Event("b")]);

        var error = await Assert.ThrowsAsync<ConcurrencyException>(async () => await store.AppendAsync("plan-1", 1, [Event("c"), Event("d")]));

        Assert.Equal("storage.concurrency", error.ErrorCode);
        Assert.Equal("plan-1", error.StreamId);
        Assert.Equal(1, error.ExpectedVersion);
        Assert.Equal(2, error.ActualVersion);
        Assert.Equal(["a", "b"], (await store.ReadStreamAsync("plan-1")).Select(e => e.Event.Type));
    }

    [Fact]
    public async Task Append_ExpectingANewStreamThatExists_Fails()
    {
        var store = await CreateStoreAsync();
        await store.AppendAsync("plan-1", 0, [Event("a")]);

        await Assert.ThrowsAsync<ConcurrencyException>(async () => await store.AppendAsync("plan-1", 0, [Event("b")]));
    }

    [Fact]
    public async Task Append_ExpectingEventsInAStreamThatDoesNotExist_Fails()
    {
        var store = await CreateStoreAsync();

        var error = await Assert.ThrowsAsync<ConcurrencyException>(async () => await store.AppendAsync("plan-9", 3, [Event("a")]));

        Assert.Equal(0, error.ActualVersion);
        Assert.Empty(await store.ReadStreamAsync("plan-9"));
        Assert.Empty(await store.ListStreamsAsync());
    }

    [Fact]
    public async Task Append_ConcurrentWritersWithTheSameExpectedVersion_OneWinsAndNothingIsLost()
    {
        var store = await CreateStoreAsync();
        await store.AppendAsync("plan-1", 0, [Event("plan-created")]);
        const int writers = 8;
        using var start = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                await store.AppendAsync("plan-1", 1, [Event($"writer-{i}-a"), Event($"writer-{i}-b")]);
                return i;
            }
            catch (ConcurrencyException)
            {
                return -1;
            }
        })).ToArray();
        start.Set();
        var outcomes = await Task.WhenAll(attempts);

        var winner = Assert.Single(outcomes, o => o >= 0);
        var events = await store.ReadStreamAsync("plan-1");
        Assert.Equal(["plan-created", $"writer-{winner}-a", $"writer-{winner}-b"], events.Select(e => e.Event.Type));
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Version));
    }

    [Fact]
    public async Task Append_ConcurrentWritersRetryingOnConflict_AllEventsLandOnceWithContiguousVersions()
    {
        var store = await CreateStoreAsync();
        const int writers = 6;
        const int appendsEach = 5;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var n = 0; n < appendsEach; n++)
            {
                while (true)
                {
                    var version = (await store.ReadStreamAsync("plan-1")).Count;
                    try
                    {
                        await store.AppendAsync("plan-1", version, [Event($"w{w}-{n}")]);
                        break;
                    }
                    catch (ConcurrencyException)
                    {
                        // Another writer got there first: reload and retry, as a host would.
                    }
                }
            }
        })));

        var events = await store.ReadStreamAsync("plan-1");
        Assert.Equal(Enumerable.Range(1, writers * appendsEach).Select(i => (long)i), events.Select(e => e.Version));
        Assert.Equal(writers * appendsEach, events.Select(e => e.Event.Type).Distinct().Count());
        for (var w = 0; w < writers; w++)
        {
            // Each writer's own events stay in the order it appended them.
            var own = events.Select(e => e.Event.Type).Where(t => t.StartsWith($"w{w}-", StringComparison.Ordinal)).ToList();
            Assert.Equal(Enumerable.Range(0, appendsEach).Select(n => $"w{w}-{n}"), own);
        }
    }

    [Fact]
    public async Task ReadStream_FromAVersion_SkipsEarlierEvents()
    {
        var store = await CreateStoreAsync();
        await store.AppendAsync("plan-1", 0, [Event("a"), Event("b"), Event("c")]);

        Assert.Equal(["b", "c"], (await store.ReadStreamAsync("plan-1", 2)).Select(e => e.Event.Type));
        Assert.Empty(await store.ReadStreamAsync("plan-1", 4));
    }

    [Fact]
    public async Task ReadStream_UnknownStream_IsEmpty()
    {
        var store = await CreateStoreAsync();

        Assert.Empty(await store.ReadStreamAsync("no-such-plan"));
    }

    [Fact]
    public async Task ReadAll_AcrossStreams_IsInAppendOrderWithIncreasingPositions()
    {
        var store = await CreateStoreAsync();
        await store.AppendAsync("plan-1", 0, [Event("1a")]);
        await store.AppendAsync("plan-2", 0, [Event("2a"), Event("2b")]);
        await store.AppendAsync("plan-1", 1, [Event("1b")]);

        var all = await store.ReadAllAsync(1, 100);

        Assert.Equal(["1a", "2a", "2b", "1b"], all.Select(e => e.Event.Type));
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Position < p.Second.Position));
        var fromThird = await store.ReadAllAsync(all[2].Position, 100);
        Assert.Equal(["2b", "1b"], fromThird.Select(e => e.Event.Type));
        Assert.Equal(["1a", "2a"], (await store.ReadAllAsync(1, 2)).Select(e => e.Event.Type));
    }

    [Fact]
    public async Task ListStreams_NamesEveryStreamOnceInCreationOrder()
    {
        var store = await CreateStoreAsync();
        await store.AppendAsync("plan-b", 0, [Event("a")]);
        await store.AppendAsync("plan-a", 0, [Event("a")]);
        await store.AppendAsync("plan-b", 1, [Event("b")]);

        Assert.Equal(["plan-b", "plan-a"], await store.ListStreamsAsync());
    }

    [Fact]
    public async Task Append_BadArguments_AreRejectedBeforeAnythingIsWritten()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendAsync("", 0, [Event("a")]));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendAsync("plan-1", -1, [Event("a")]));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendAsync("plan-1", 0, []));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendAsync("plan-1", 0, [new EventData(Guid.NewGuid(), "a", 0, "{}")]));
        Assert.Empty(await store.ListStreamsAsync());
    }

    /// <summary>An event with a fresh id and a small JSON body.</summary>
    protected static EventData Event(string type) => new(Guid.NewGuid(), type, 1, $$"""{"type":"{{type}}"}""");
}
