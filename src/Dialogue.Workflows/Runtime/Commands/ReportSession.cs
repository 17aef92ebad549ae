namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Records that the session's results were reported.</summary>
public sealed record ReportSession : PlanCommand
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }

    /// <summary>Who the report went to; empty for the plan's named recipients.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];
}
