namespace Dialogue.Workflows.Hosting;

/// <summary>
/// Thrown when the engine is resolved from a host's services and no <see cref="Storage.IEventStore"/>
/// was registered.
/// </summary>
/// <remarks>
/// There is deliberately no default store: an in-memory one would lose every plan at restart
/// without a word, and a file or database needs a place the host must choose.
/// </remarks>
public sealed class EventStoreNotConfiguredException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>hosting.no-event-store</c>.</summary>
    public const string Code = "hosting.no-event-store";

    /// <summary>Creates the exception.</summary>
    public EventStoreNotConfiguredException()
        : base(Code,
            "No event store is registered for Dialogue.Workflows. In AddDialogueWorkflows(…), call UseInMemoryStore() " +
            "(tests, nothing kept) or a store package's Use…() such as UseSqlite(…) or UsePostgreSql(…); " +
            "or register an IEventStore in the services yourself. " +
            "Chưa cấu hình nơi lưu trữ kế hoạch: gọi UseInMemoryStore() hoặc UseSqlite(…)/UsePostgreSql(…) trong AddDialogueWorkflows(…).")
    {
    }
}
