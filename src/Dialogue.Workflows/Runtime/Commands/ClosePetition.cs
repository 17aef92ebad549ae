namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Closes a petition.</summary>
public sealed record ClosePetition : PlanCommand
{
    /// <summary>The petition's id.</summary>
    public required string Petition { get; init; }
}
