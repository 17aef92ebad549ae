using BenchmarkDotNet.Attributes;
using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using NodaTime;
using NodaTime.Testing;

namespace Dialogue.Workflows.Benchmarks;

/// <summary>
/// Loading a plan with a long history, and running one command on it, by replaying every event (the baseline) and through its
/// snapshot. The snapshot is half of <see cref="DialogueEngineOptions.DefaultSnapshotEvery"/> events behind the plan, the average
/// a plan is behind its last snapshot, so the snapshot load also reads and folds those events.
/// </summary>
[MemoryDiagnoser]
public class SnapshotBenchmarks
{
    private static readonly Actor Clerk = new("clerk", "Văn phòng", "office");
    private DialogueEngine _replaying = null!;
    private DialogueEngine _snapshotting = null!;

    /// <summary>How many events the plan's history holds.</summary>
    [Params(1000, 10000)]
    public int Events { get; set; }

    /// <summary>Records a plan of <see cref="Events"/> events (petitions received, classified, assigned, answered, notified and closed) and a snapshot 50 events before its end.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 5, 20, 2, 0));
        var store = new InMemoryEventStore();
        var registry = new PlanTypeRegistry([new BenchmarkPlanType()]);
        // Recorded with snapshots, so that the setup itself does not replay the growing history on every command.
        var recording = new DialogueEngine(registry, store, WorkingCalendar.Default, clock);
        recording.CreateAsync(new CreatePlan { TypeKey = "benchmark", By = Clerk, PlanId = "plan" }).GetAwaiter().GetResult();
        var count = 1;
        for (var n = 1; count < Events; n++)
        {
            var id = $"P-{n:000}";
            PlanCommand[] commands =
            [
                new ReceivePetition { By = Clerk, Subject = $"Kiến nghị {n}", Petitioner = $"Công dân {n}", Channel = PetitionChannel.Paper },
                new ClassifyPetition { By = Clerk, Petition = id, Category = PetitionCategory.Petition },
                new AssignPetition { By = Clerk, Petition = id, Unit = "office" },
                new AnswerPetition { By = Clerk, Petition = id, Mode = AnswerMode.InWriting, Summary = "Đã trả lời bằng văn bản" },
                new NotifyPetitionResult { By = Clerk, Petition = id },
                new ClosePetition { By = Clerk, Petition = id },
            ];
            foreach (var command in commands.Take(Events - count))
            {
                count = (int)recording.ExecuteAsync("plan", command).GetAwaiter().GetResult().Version;
            }
        }

        store.DeleteSnapshotsAsync().AsTask().GetAwaiter().GetResult();
        var at = recording.ReplayToAsync("plan", Events - (DialogueEngineOptions.DefaultSnapshotEvery / 2)).GetAwaiter().GetResult();
        store.WriteSnapshotAsync(new StreamSnapshot("plan", at.Version, DialogueEngine.SnapshotFormat, at.TypeKey, at.TypeVersion, recording.SnapshotBody(at)))
            .AsTask().GetAwaiter().GetResult();

        // Appends are checked but not kept, nor snapshots written, so every invocation runs on the same history and snapshot.
        var fixedStore = new NonGrowingStore(store);
        _replaying = new DialogueEngine(registry, fixedStore, WorkingCalendar.Default, clock, new DialogueEngineOptions { SnapshotEvery = 0 });
        _snapshotting = new DialogueEngine(registry, fixedStore, WorkingCalendar.Default, clock);
    }

    /// <summary>Loads the plan by reading, deserializing and folding every event.</summary>
    [Benchmark(Baseline = true)]
    public long LoadByReplay() => _replaying.GetAsync("plan").GetAwaiter().GetResult().Version;

    /// <summary>Loads the plan from its snapshot and the 50 events after it.</summary>
    [Benchmark]
    public long LoadThroughSnapshot() => _snapshotting.GetCurrentAsync("plan").GetAwaiter().GetResult().Version;

    /// <summary>One command, its plan loaded by replaying every event.</summary>
    [Benchmark]
    public long CommandByReplay() => _replaying.ExecuteAsync("plan", NewPetition()).GetAwaiter().GetResult().Version;

    /// <summary>One command, its plan loaded through the snapshot.</summary>
    [Benchmark]
    public long CommandThroughSnapshot() => _snapshotting.ExecuteAsync("plan", NewPetition()).GetAwaiter().GetResult().Version;

    private static ReceivePetition NewPetition() => new() { By = Clerk, Subject = "Kiến nghị mới", Petitioner = "Công dân", Channel = PetitionChannel.Paper };

    /// <summary>A store whose appends are checked against the version but not kept, and whose snapshot stays the one set up.</summary>
    private sealed class NonGrowingStore(InMemoryEventStore inner) : IEventStore, ISnapshotStore
    {
        public async ValueTask<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
        {
            var current = (await inner.ReadStreamAsync(streamId, expectedVersion + 1, cancellationToken).ConfigureAwait(false)).Count + expectedVersion;
            if (current != expectedVersion)
            {
                throw new ConcurrencyException(streamId, expectedVersion, current);
            }

            return new AppendResult(current + events.Count, current + events.Count);
        }

        public async ValueTask<CommandAppendResult> AppendCommandAsync(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
        {
            var result = await AppendAsync(streamId, expectedVersion, events, cancellationToken).ConfigureAwait(false);
            return new CommandAppendResult(new RecordedCommand(streamId, commandId, expectedVersion + 1, result.StreamVersion), Repeated: false);
        }

        public ValueTask<RecordedCommand?> FindCommandAsync(string streamId, string commandId, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<RecordedCommand?>(null);

        public ValueTask<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default) =>
            inner.ReadStreamAsync(streamId, fromVersion, cancellationToken);

        public ValueTask<IReadOnlyList<RecordedEvent>> ReadAllAsync(long fromPosition, int maxCount, CancellationToken cancellationToken = default) =>
            inner.ReadAllAsync(fromPosition, maxCount, cancellationToken);

        public ValueTask<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default) => inner.ListStreamsAsync(cancellationToken);

        public ValueTask<StreamSnapshot?> ReadSnapshotAsync(string streamId, CancellationToken cancellationToken = default) => inner.ReadSnapshotAsync(streamId, cancellationToken);

        public ValueTask<bool> WriteSnapshotAsync(StreamSnapshot snapshot, CancellationToken cancellationToken = default) => ValueTask.FromResult(false);

        public ValueTask<int> DeleteSnapshotsAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(0);
    }
}
