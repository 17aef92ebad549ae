using Dialogue.Workflows.Plans;

namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Classifies a petition by category and domain.</summary>
public sealed record ClassifyPetition : PlanCommand
{
    /// <summary>The petition's id.</summary>
    public required string Petition { get; init; }

    /// <summary>Its category.</summary>
    public required PetitionCategory Category { get; init; }

    /// <summary>Its domain, one of the plan's routes.</summary>
    public string? Domain { get; init; }
}
