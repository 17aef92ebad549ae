namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Answers a petition, at the session or in writing.</summary>
public sealed record AnswerPetition : PlanCommand
{
    /// <summary>The petition's id.</summary>
    public required string Petition { get; init; }

    /// <summary>How.</summary>
    public required AnswerMode Mode { get; init; }

    /// <summary>The answer, in short.</summary>
    public required string Summary { get; init; }
}
