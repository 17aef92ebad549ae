using Dialogue.Workflows.Storage;

namespace Dialogue.Workflows.StoreContract;

/// <summary>
/// What a store shared by several processes must do: writers in separate processes append to one
/// plan, and one is killed in the middle of its appends. A store's test project derives from this
/// class and names its store the way Dialogue.Workflows.StoreWriter understands it.
/// </summary>
public abstract class CrossProcessContract
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>The writer's name for the store kind: <c>sqlite</c>, or <c>postgres:SCHEMA</c>; read after <see cref="CreateSharedStoreAsync"/>.</summary>
    protected abstract string StoreKind { get; }

    /// <summary>A new, empty store for one test, and the target (file or connection string) a writer process opens it by.</summary>
    protected abstract Task<(IEventStore Store, string Target)> CreateSharedStoreAsync();

    [Fact]
    public async Task Processes_AppendingToOnePlanAtOnce_EveryAcceptedAppendLandsOnceWithContiguousVersions()
    {
        const int writers = 4;
        const int appendsEach = 15;
        const int eventsPerAppend = 2;
        var (store, target) = await CreateSharedStoreAsync();

        var processes = Enumerable.Range(0, writers)
            .Select(w => StoreWriterProcess.Start(StoreKind, target, "plan-1", $"w{w}", appendsEach, eventsPerAppend))
            .ToList();
        try
        {
            foreach (var process in processes)
            {
                await process.WaitForSuccessAsync(Patience);
            }

            var events = await store.ReadStreamAsync("plan-1");
            Assert.Equal(Enumerable.Range(1, writers * appendsEach * eventsPerAppend).Select(v => (long)v), events.Select(e => e.Version));
            foreach (var process in processes)
            {
                Assert.Equal(appendsEach, process.AcceptedAppends.Count);
                AssertAppendsRecordedWhole(events, process.AcceptedAppends, eventsPerAppend);
            }

            Assert.Equal(events.Count, events.Select(e => e.Event.Type).Distinct().Count());
        }
        finally
        {
            processes.ForEach(process => process.Dispose());
        }
    }

    [Fact]
    public async Task Process_KilledWhileAppending_LeavesWholeAppendsAndOtherWritersGoOn()
    {
        const int eventsPerAppend = 5;
        var (store, target) = await CreateSharedStoreAsync();
        using var victim = StoreWriterProcess.Start(StoreKind, target, "plan-1", "victim", 0, eventsPerAppend);
        using var survivor = StoreWriterProcess.Start(StoreKind, target, "plan-1", "survivor", 40, eventsPerAppend);

        await victim.WaitForAppendsAsync(20, Patience);
        await victim.KillAsync();
        var reported = victim.AcceptedAppends;
        await survivor.WaitForSuccessAsync(Patience);

        var events = await store.ReadStreamAsync("plan-1");
        Assert.Equal(Enumerable.Range(1, events.Count).Select(v => (long)v), events.Select(e => e.Version));
        Assert.Equal(0, events.Count % eventsPerAppend);
        // Every append is whole: five events of one append, in order, at consecutive versions.
        foreach (var chunk in events.Chunk(eventsPerAppend))
        {
            var append = chunk[0].Event.Type[..chunk[0].Event.Type.LastIndexOf('-')];
            Assert.Equal(Enumerable.Range(0, eventsPerAppend).Select(i => $"{append}-{i}"), chunk.Select(e => e.Event.Type));
        }

        AssertAppendsRecordedWhole(events, reported, eventsPerAppend);
        AssertAppendsRecordedWhole(events, survivor.AcceptedAppends, eventsPerAppend);
        // The victim may have committed one append that it was killed before reporting.
        var victimAppends = events.Count(e => e.Event.Type.StartsWith("victim-", StringComparison.Ordinal)) / eventsPerAppend;
        Assert.InRange(victimAppends, reported.Count, reported.Count + 1);
        Assert.Equal(events.Count + 1, (await store.AppendAsync("plan-1", events.Count, [new EventData(Guid.NewGuid(), "after", 1, "{}")])).StreamVersion);
    }

    [Fact]
    public async Task Processes_RepeatingTheSameCommandsAtOnce_RecordEachCommandOnce()
    {
        const int commands = 30;
        var (store, target) = await CreateSharedStoreAsync();
        using var a = StoreWriterProcess.StartCommands(StoreKind, target, "plan-1", "a", commands);
        using var b = StoreWriterProcess.StartCommands(StoreKind, target, "plan-1", "b", commands);

        await a.WaitForSuccessAsync(Patience);
        await b.WaitForSuccessAsync(Patience);

        var events = await store.ReadStreamAsync("plan-1");
        Assert.Equal(commands, events.Count);
        // Both processes were told the same version for each command, and that version holds that command's event.
        Assert.Equal(a.AcceptedAppends, b.AcceptedAppends);
        foreach (var command in a.AcceptedAppends)
        {
            var n = command.Append["cmd-".Length..];
            Assert.Contains(events[(int)command.StreamVersion - 1].Event.Type, new[] { $"a-{n}-0", $"b-{n}-0" });
        }
    }

    private static void AssertAppendsRecordedWhole(IReadOnlyList<RecordedEvent> events, IReadOnlyList<StoreWriterProcess.Accepted> accepted, int eventsPerAppend)
    {
        var byType = events.ToDictionary(e => e.Event.Type, StringComparer.Ordinal);
        foreach (var append in accepted)
        {
            for (var i = 0; i < eventsPerAppend; i++)
            {
                Assert.True(byType.TryGetValue($"{append.Append}-{i}", out var recorded), $"accepted append {append.Append} lost event {i}");
                Assert.Equal(append.StreamVersion - eventsPerAppend + 1 + i, recorded.Version);
            }
        }
    }
}
