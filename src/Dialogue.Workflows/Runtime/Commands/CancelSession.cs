namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Cancels a session.</summary>
public sealed record CancelSession : PlanCommand
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}
