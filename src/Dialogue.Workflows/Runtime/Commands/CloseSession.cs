namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Closes a session: follow-up done, dossier filed.</summary>
public sealed record CloseSession : PlanCommand
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }
}
