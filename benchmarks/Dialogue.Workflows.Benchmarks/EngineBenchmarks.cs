using BenchmarkDotNet.Attributes;
using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using NodaTime;
using NodaTime.Testing;
using Stateless;

namespace Dialogue.Workflows.Benchmarks;

/// <summary>
/// A command on a plan with a long history: load by replay, validate, append. The baseline fires the
/// same number of transitions on a bare Stateless machine, so the ratio says what the event store,
/// JSON and the fold cost on top of the state machine itself.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private static readonly Actor Clerk = new("clerk", "Văn phòng", "office");
    private DialogueEngine _engine = null!;
    private StateMachine<int, int> _machine = null!;
    private int _state;

    /// <summary>How many events the plan's history holds.</summary>
    [Params(250, 1000)]
    public int Events { get; set; }

    /// <summary>Records a plan of <see cref="Events"/> events: petitions received, classified, assigned, answered, notified and closed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 5, 20, 2, 0));
        var store = new InMemoryEventStore();
        var recording = new DialogueEngine(new PlanTypeRegistry([new BenchmarkPlanType()]), store, WorkingCalendar.Default, clock);
        recording.CreateAsync(new CreatePlan { TypeKey = "benchmark", By = Clerk, PlanId = "plan" }).GetAwaiter().GetResult();
        PlanCommand[] cycle(string id) =>
        [
            new ClassifyPetition { By = Clerk, Petition = id, Category = PetitionCategory.Petition },
            new AssignPetition { By = Clerk, Petition = id, Unit = "office" },
            new AnswerPetition { By = Clerk, Petition = id, Mode = AnswerMode.InWriting, Summary = "Đã trả lời bằng văn bản" },
            new NotifyPetitionResult { By = Clerk, Petition = id },
            new ClosePetition { By = Clerk, Petition = id },
        ];
        var count = 1;
        for (var n = 1; count < Events; n++)
        {
            recording.ExecuteAsync("plan", new ReceivePetition { By = Clerk, Subject = $"Kiến nghị {n}", Petitioner = $"Công dân {n}", Channel = PetitionChannel.Paper })
                .GetAwaiter().GetResult();
            count++;
            foreach (var command in cycle($"P-{n:000}").Take(Events - count))
            {
                recording.ExecuteAsync("plan", command).GetAwaiter().GetResult();
                count++;
            }
        }

        // Appends are checked but not kept, so every invocation runs on the same history.
        _engine = new DialogueEngine(new PlanTypeRegistry([new BenchmarkPlanType()]), new NonGrowingStore(store), WorkingCalendar.Default, clock);
        _machine = new StateMachine<int, int>(() => _state, s => _state = s);
        _machine.Configure(0).Permit(1, 1);
        _machine.Configure(1).Permit(0, 0);
    }

    /// <summary>Fires as many transitions as the plan has events, on a bare Stateless machine.</summary>
    [Benchmark(Baseline = true)]
    public int StatelessFire()
    {
        for (var i = 0; i < Events; i++)
        {
            _machine.Fire(_state == 0 ? 1 : 0);
        }

        return _state;
    }

    /// <summary>Loads the plan: reads and deserializes every event and folds it.</summary>
    [Benchmark]
    public long Replay() => _engine.GetAsync("plan").GetAwaiter().GetResult().Version;

    /// <summary>Runs one command: load by replay, check against the machines and rules, serialize and append.</summary>
    [Benchmark]
    public long Command() => _engine.ExecuteAsync("plan", new ReceivePetition
    {
        By = Clerk, Subject = "Kiến nghị mới", Petitioner = "Công dân", Channel = PetitionChannel.Paper,
    }).GetAwaiter().GetResult().Version;

    /// <summary>A store whose appends are checked against the version but not kept.</summary>
    private sealed class NonGrowingStore(IEventStore inner) : IEventStore
    {
        public async ValueTask<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
        {
            var current = (await inner.ReadStreamAsync(streamId, 1, cancellationToken).ConfigureAwait(false)).Count;
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

        // The benchmark repeats the same command on a plan that never grows: no command is ever found recorded.
        public ValueTask<RecordedCommand?> FindCommandAsync(string streamId, string commandId, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<RecordedCommand?>(null);

        public ValueTask<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default) =>
            inner.ReadStreamAsync(streamId, fromVersion, cancellationToken);

        public ValueTask<IReadOnlyList<RecordedEvent>> ReadAllAsync(long fromPosition, int maxCount, CancellationToken cancellationToken = default) =>
            inner.ReadAllAsync(fromPosition, maxCount, cancellationToken);

        public ValueTask<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default) => inner.ListStreamsAsync(cancellationToken);
    }
}
