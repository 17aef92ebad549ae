namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Records the session's conclusion notice; give its number in <see cref="PlanCommand.Document"/>.</summary>
public sealed record ConcludeSession : PlanCommand
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }
}
