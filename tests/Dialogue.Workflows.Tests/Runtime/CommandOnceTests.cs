using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Events;
using Dialogue.Workflows.Storage;
using NodaTime;
using static Dialogue.Workflows.Tests.Runtime.EngineFixture;

namespace Dialogue.Workflows.Tests.Runtime;

/// <summary>Every command lands once: a command id repeats safely, the outcome lists only the command's own events, ids and act days obey their rules.</summary>
public sealed class CommandOnceTests
{
    private static readonly LocalDate May20 = new(2024, 5, 20);

    private static ReceivePetition Petition(string subject, string? commandId = null) =>
        new() { By = Clerk, Subject = subject, Petitioner = "Ông A", Channel = PetitionChannel.Paper, CommandId = commandId };

    [Fact]
    public async Task Receive_RepeatedUnderItsCommandId_ReturnsTheFirstPetitionAndRecordsNothing()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();

        var first = await fixture.Engine.RunAsync("plan-1", Petition("Đường hẻm ngập nước", "desk-3/17"));
        var again = await fixture.Engine.RunAsync("plan-1", Petition("Đường hẻm ngập nước", "desk-3/17"));

        Assert.False(first.Repeated);
        Assert.True(again.Repeated);
        Assert.Equal("desk-3/17", again.CommandId);
        Assert.Equal(first.Plan.Version, again.Plan.Version);
        Assert.Equal(first.Events, again.Events);
        Assert.Single((await fixture.Engine.GetAsync("plan-1")).Petitions);
    }

    [Fact]
    public async Task Issue_RepeatedAfterTheStoreLostTheAnswer_IsNotRefusedAsAlreadyIssued()
    {
        var store = new AnswerLosingStore(new InMemoryEventStore());
        var fixture = new EngineFixture(May20, store: store);
        await fixture.CreateAsync();
        var issue = new IssuePlan { By = Chairman, Document = "45/KH-UBND", CommandId = "issue-45" };

        store.LoseNextAnswer = true;
        await Assert.ThrowsAsync<StoreUnavailableException>(() => fixture.Engine.RunAsync("plan-1", issue));
        var repeated = await fixture.Engine.RunAsync("plan-1", issue);

        Assert.True(repeated.Repeated);
        Assert.IsType<PlanIssued>(Assert.Single(repeated.Events));
        Assert.Equal(2, (await fixture.Engine.GetAsync("plan-1")).Version);
    }

    [Fact]
    public async Task Create_RepeatedUnderItsCommandId_ReturnsThePlanInsteadOfPlanAlreadyExists()
    {
        var fixture = new EngineFixture(May20);
        var create = new CreatePlan { TypeKey = "neighbourhood", By = Clerk, CommandId = "create-2024" };

        var first = await fixture.Engine.CreateAsync(create);
        var again = await fixture.Engine.CreateAsync(create);

        Assert.Equal(Identifiers.PlanIdOf("create-2024"), first.Id);
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(1, again.Version);
        Assert.Single(await fixture.Engine.ListIdsAsync());
        await Assert.ThrowsAsync<PlanAlreadyExistsException>(() => fixture.Engine.CreateAsync(create with { CommandId = "another", PlanId = first.Id }));
    }

    [Fact]
    public async Task Run_RetriedAfterAnotherWriter_ListsOnlyItsOwnEvents()
    {
        var store = new InterleavingStore(new InMemoryEventStore());
        var fixture = new EngineFixture(May20, store: store);
        await fixture.CreateAsync();
        // Just before this command's first append, another writer records a petition of its own.
        store.BeforeNextAppend = () => fixture.Engine.RunAsync("plan-1", Petition("Của người khác")).GetAwaiter().GetResult();

        var outcome = await fixture.Engine.RunAsync("plan-1", Petition("Của tôi"));

        var received = Assert.IsType<PetitionReceived>(Assert.Single(outcome.Events));
        Assert.Equal("Của tôi", received.Subject);
        Assert.Equal(3, outcome.Plan.Version);
        Assert.Equal(3, outcome.FirstVersion);
        // The create, the other writer, then this command's two attempts under one id.
        Assert.Equal(4, store.CommandIdsSeen.Count);
        Assert.Equal(store.CommandIdsSeen[2], store.CommandIdsSeen[3]);
        Assert.Equal(3, store.CommandIdsSeen.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("", "id.blank")]
    [InlineData("   ", "id.blank")]
    [InlineData(" plan-1", "id.surrounding-space")]
    [InlineData("plan\n# heading", "id.control-character")]
    [InlineData("plan\u202Eevil", "id.control-character")]
    [InlineData("plan\u001B[31m", "id.control-character")]
    public async Task Create_WithABadPlanId_IsRefusedNamingTheRule(string id, string rule)
    {
        var fixture = new EngineFixture(May20);

        var error = await Assert.ThrowsAsync<InvalidIdentifierException>(() =>
            fixture.Engine.CreateAsync(new CreatePlan { TypeKey = "neighbourhood", By = Clerk, PlanId = id }));

        Assert.Equal(rule, error.Rule);
        Assert.Equal("runtime.invalid-identifier", error.ErrorCode);
        Assert.Empty(await fixture.Engine.ListIdsAsync());
    }

    [Fact]
    public async Task PlanIds_DifferingOnlyInNormalisation_AreOnePlan()
    {
        var fixture = new EngineFixture(May20);
        const string composed = "phường-bến-nghé";
        const string decomposed = "phu\u031bo\u031b\u0300ng-be\u0302\u0301n-nghe\u0301";
        Assert.NotEqual(composed.Length, decomposed.Length);
        await fixture.Engine.CreateAsync(new CreatePlan { TypeKey = "neighbourhood", By = Clerk, PlanId = decomposed });

        Assert.Equal(composed, (await fixture.Engine.GetAsync(composed)).Id);
        await Assert.ThrowsAsync<PlanAlreadyExistsException>(() =>
            fixture.Engine.CreateAsync(new CreatePlan { TypeKey = "neighbourhood", By = Clerk, PlanId = composed }));
        Assert.Equal([composed], await fixture.Engine.ListIdsAsync());
    }

    [Fact]
    public async Task Complete_DatedBeforeTheBackdatingLimit_IsRefusedAndRecordsNothing()
    {
        var fixture = new EngineFixture(May20, options: new DialogueEngineOptions { MaxBackdatingDays = 30 });
        await fixture.CreateAsync();

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            fixture.RunAsync(new CompleteTask { By = Clerk, Task = "notice@s1", On = May20.PlusDays(-31) }));

        Assert.Equal("command.date-too-old", error.Rule);
        Assert.Contains("2024-04-20", error.EnglishReason, StringComparison.Ordinal);
        Assert.Equal(1, (await fixture.Engine.GetAsync("plan-1")).Version);
    }

    [Fact]
    public async Task Complete_DatedIn1995_IsRefusedByTheDefaultLimit()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            fixture.RunAsync(new CompleteTask { By = Clerk, Task = "notice@s1", On = new LocalDate(1995, 5, 20) }));

        Assert.Equal("command.date-too-old", error.Rule);
    }

    [Fact]
    public async Task Complete_DatedAWeekAgo_RecordsTheHostInstantAndTheActDaySeparately()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();

        var outcome = await fixture.Engine.RunAsync("plan-1", new CompleteTask { By = Clerk, Task = "notice@s1", On = May20.PlusDays(-7) });

        var done = Assert.IsType<TaskCompleted>(outcome.Events.Last());
        Assert.Equal(At(May20), done.At);
        Assert.Equal(May20.PlusDays(-7), done.ActedOn);
        Assert.Equal(May20.PlusDays(-7), done.On);
    }

    [Fact]
    public void Options_BackdatingLimitOutOfRange_IsRefusedAtStartUp()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DialogueEngineOptions { MaxBackdatingDays = -1 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new DialogueEngineOptions { MaxBackdatingDays = 3661 }.Validate());
        Assert.Equal(366, new DialogueEngineOptions().MaxBackdatingDays);
    }

    /// <summary>A store that commits a command append and then, once, fails as if the connection dropped during the commit.</summary>
    private sealed class AnswerLosingStore(IEventStore inner) : ForwardingStore(inner)
    {
        public bool LoseNextAnswer { get; set; }

        public override async ValueTask<CommandAppendResult> AppendCommandAsync(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
        {
            var result = await base.AppendCommandAsync(streamId, expectedVersion, commandId, events, cancellationToken);
            if (LoseNextAnswer)
            {
                LoseNextAnswer = false;
                throw new StoreUnavailableException("test", "the connection was lost while committing");
            }

            return result;
        }
    }

    /// <summary>A store that lets another writer in just before the next command append, and notes every command id it sees.</summary>
    private sealed class InterleavingStore(IEventStore inner) : ForwardingStore(inner)
    {
        public Action? BeforeNextAppend { get; set; }

        public List<string> CommandIdsSeen { get; } = [];

        public override ValueTask<CommandAppendResult> AppendCommandAsync(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
        {
            var before = BeforeNextAppend;
            BeforeNextAppend = null;
            before?.Invoke();
            CommandIdsSeen.Add(commandId);
            return base.AppendCommandAsync(streamId, expectedVersion, commandId, events, cancellationToken);
        }
    }

    private abstract class ForwardingStore(IEventStore inner) : IEventStore
    {
        public ValueTask<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default) =>
            inner.AppendAsync(streamId, expectedVersion, events, cancellationToken);

        public virtual ValueTask<CommandAppendResult> AppendCommandAsync(string streamId, long expectedVersion, string commandId, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default) =>
            inner.AppendCommandAsync(streamId, expectedVersion, commandId, events, cancellationToken);

        public ValueTask<RecordedCommand?> FindCommandAsync(string streamId, string commandId, CancellationToken cancellationToken = default) =>
            inner.FindCommandAsync(streamId, commandId, cancellationToken);

        public ValueTask<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default) =>
            inner.ReadStreamAsync(streamId, fromVersion, cancellationToken);

        public ValueTask<IReadOnlyList<RecordedEvent>> ReadAllAsync(long fromPosition, int maxCount, CancellationToken cancellationToken = default) =>
            inner.ReadAllAsync(fromPosition, maxCount, cancellationToken);

        public ValueTask<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default) => inner.ListStreamsAsync(cancellationToken);
    }
}
