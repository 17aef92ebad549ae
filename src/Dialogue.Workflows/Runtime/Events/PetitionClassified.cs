using Dialogue.Workflows.Plans;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A petition was classified.</summary>
[PlanEventName("petition-classified")]
public sealed record PetitionClassified : PlanEvent
{
    /// <summary>The petition's id.</summary>
    public required string Petition { get; init; }

    /// <summary>Its category.</summary>
    public required PetitionCategory Category { get; init; }

    /// <summary>Its domain (for routing the answer), if the plan routes by domain.</summary>
    public string? Domain { get; init; }
}
