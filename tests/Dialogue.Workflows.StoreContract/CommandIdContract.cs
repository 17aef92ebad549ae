using Dialogue.Workflows.Storage;

namespace Dialogue.Workflows.StoreContract;

/// <summary>
/// What every <see cref="IEventStore"/> must do with command ids: a command is recorded once, however
/// often and from however many writers it is repeated. Part of <see cref="EventStoreContract"/>.
/// </summary>
public abstract partial class EventStoreContract
{
    [Fact]
    public async Task AppendCommand_SameIdTwice_SecondReturnsTheFirstOutcomeAndAppendsNothing()
    {
        var store = await CreateStoreAsync();
        await store.AppendAsync("plan-1", 0, [Event("plan-created")]);

        var first = await store.AppendCommandAsync("plan-1", 1, "receive-petition-7", [Event("petition-received"), Event("deadlines-recalculated")]);
        var second = await store.AppendCommandAsync("plan-1", 3, "receive-petition-7", [Event("petition-received-again")]);

        Assert.False(first.Repeated);
        Assert.Equal(new RecordedCommand("plan-1", "receive-petition-7", 2, 3), first.Command);
        Assert.True(second.Repeated);
        Assert.Equal(first.Command, second.Command);
        Assert.Equal(["plan-created", "petition-received", "deadlines-recalculated"], (await store.ReadStreamAsync("plan-1")).Select(e => e.Event.Type));
        Assert.Equal(first.Command, await store.FindCommandAsync("plan-1", "receive-petition-7"));
    }

    [Fact]
    public async Task AppendCommand_RepeatedWithAStaleVersion_ReturnsTheFirstOutcomeRatherThanAConflict()
    {
        var store = await CreateStoreAsync();
        await store.AppendCommandAsync("plan-1", 0, "create", [Event("plan-created")]);
        await store.AppendCommandAsync("plan-1", 1, "issue", [Event("plan-issued")]);
        await store.AppendAsync("plan-1", 2, [Event("session-scheduled")]);

        var repeated = await store.AppendCommandAsync("plan-1", 1, "issue", [Event("plan-issued")]);
        var created = await store.AppendCommandAsync("plan-1", 0, "create", [Event("plan-created")]);

        Assert.True(repeated.Repeated);
        Assert.Equal(2, repeated.Command.LastVersion);
        Assert.True(created.Repeated);
        Assert.Equal(new RecordedCommand("plan-1", "create", 1, 1), created.Command);
        Assert.Equal(3, (await store.ReadStreamAsync("plan-1")).Count);
    }

    [Fact]
    public async Task AppendCommand_NewIdWithAStaleVersion_IsAConflictAndRecordsNoId()
    {
        var store = await CreateStoreAsync();
        await store.AppendCommandAsync("plan-1", 0, "create", [Event("plan-created"), Event("plan-issued")]);

        await Assert.ThrowsAsync<ConcurrencyException>(async () => await store.AppendCommandAsync("plan-1", 1, "late", [Event("x")]));

        Assert.Null(await store.FindCommandAsync("plan-1", "late"));
        var next = await store.AppendCommandAsync("plan-1", 2, "late", [Event("x")]);
        Assert.False(next.Repeated);
        Assert.Equal(3, next.Command.FirstVersion);
    }

    [Fact]
    public async Task AppendCommand_SameIdOnAnotherPlan_IsAnotherCommand()
    {
        var store = await CreateStoreAsync();

        var a = await store.AppendCommandAsync("plan-a", 0, "same", [Event("a")]);
        var b = await store.AppendCommandAsync("plan-b", 0, "same", [Event("b")]);

        Assert.False(a.Repeated);
        Assert.False(b.Repeated);
        Assert.Equal(["plan-a", "plan-b"], await store.ListStreamsAsync());
    }

    [Fact]
    public async Task AppendCommand_AfterAnAmbiguousCommit_RepeatingItRecordsItOnce()
    {
        var store = await CreateStoreAsync();
        await store.AppendAsync("plan-1", 0, [Event("plan-created")]);
        // The commit happens, but its answer is lost on the way back, as when the server stops right after it.
        var lossy = new AnswerLosingStore(store);

        await Assert.ThrowsAsync<StoreUnavailableException>(async () => await lossy.AppendCommandAsync("plan-1", 1, "cmd-1", [Event("petition-received")]));
        var repeated = await store.AppendCommandAsync("plan-1", 1, "cmd-1", [Event("petition-received")]);

        Assert.True(repeated.Repeated);
        Assert.Equal(new RecordedCommand("plan-1", "cmd-1", 2, 2), repeated.Command);
        Assert.Equal(["plan-created", "petition-received"], (await store.ReadStreamAsync("plan-1")).Select(e => e.Event.Type));
    }

    [Fact]
    public async Task AppendCommand_SameIdFromConcurrentWriters_IsRecordedOnceAndEveryWriterGetsThatRecord()
    {
        var store = await CreateStoreAsync();
        await store.AppendAsync("plan-1", 0, [Event("plan-created")]);
        const int writers = 8;
        using var start = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            start.Wait();
            while (true)
            {
                var version = (await store.ReadStreamAsync("plan-1")).Count;
                try
                {
                    return await store.AppendCommandAsync("plan-1", version, "the-one", [Event($"writer-{i}")]);
                }
                catch (ConcurrencyException)
                {
                    // Reload and repeat under the same id, as the engine does.
                }
            }
        })).ToArray();
        start.Set();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => !o.Repeated);
        Assert.All(outcomes, o => Assert.Equal(new RecordedCommand("plan-1", "the-one", 2, 2), o.Command));
        Assert.Equal(2, (await store.ReadStreamAsync("plan-1")).Count);
    }

    [Fact]
    public async Task FindCommand_Unknown_IsNull()
    {
        var store = await CreateStoreAsync();
        await store.AppendCommandAsync("plan-1", 0, "create", [Event("a")]);

        Assert.Null(await store.FindCommandAsync("plan-1", "other"));
        Assert.Null(await store.FindCommandAsync("plan-2", "create"));
    }

    [Fact]
    public async Task AppendCommand_BadCommandIds_AreRejectedBeforeAnythingIsWritten()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendCommandAsync("plan-1", 0, " ", [Event("a")]));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendCommandAsync("plan-1", 0, new string('c', 201), [Event("a")]));
        Assert.Empty(await store.ListStreamsAsync());
    }

    /// <summary>A store whose command appends commit and then fail, as when the connection drops after the commit.</summary>
    private sealed class AnswerLosingStore(IEventStore inner)
    {
        public async Task AppendCommandAsync(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events)
        {
            await inner.AppendCommandAsync(streamId, expectedVersion, commandId, events);
            throw new StoreUnavailableException("test", "the connection was lost while committing");
        }
    }
}
