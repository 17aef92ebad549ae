namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Postpones a session without a new date.</summary>
public sealed record PostponeSession : PlanCommand
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}
