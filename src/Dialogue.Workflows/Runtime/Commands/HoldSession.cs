namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Records that a session was held on its date.</summary>
public sealed record HoldSession : PlanCommand
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }
}
