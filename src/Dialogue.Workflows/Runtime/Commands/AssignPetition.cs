namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Assigns a petition to a unit to prepare the answer.</summary>
public sealed record AssignPetition : PlanCommand
{
    /// <summary>The petition's id.</summary>
    public required string Petition { get; init; }

    /// <summary>The unit's key.</summary>
    public required string Unit { get; init; }
}
