using Dialogue.Workflows.Storage;
using Dialogue.Workflows.StoreContract;

namespace Dialogue.Workflows.Tests.Storage;

/// <summary>The event-store contract on the in-memory store.</summary>
public sealed class InMemoryEventStoreTests : EventStoreContract
{
    protected override Task<IEventStore> CreateStoreAsync() => Task.FromResult<IEventStore>(new InMemoryEventStore());
}
