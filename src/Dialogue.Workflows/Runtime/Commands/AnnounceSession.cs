namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Records that a session's time and place were announced.</summary>
public sealed record AnnounceSession : PlanCommand
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }
}
