namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Answers every registrant in writing because no meeting can be held.</summary>
public sealed record AnswerSessionInWriting : PlanCommand
{
    /// <summary>The session's key.</summary>
    public required string Session { get; init; }

    /// <summary>Why no meeting can be held.</summary>
    public required string Reason { get; init; }
}
