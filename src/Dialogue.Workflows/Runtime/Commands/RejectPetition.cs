namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Rejects a petition.</summary>
public sealed record RejectPetition : PlanCommand
{
    /// <summary>The petition's id.</summary>
    public required string Petition { get; init; }

    /// <summary>Why.</summary>
    public required RejectionReason Reason { get; init; }

    /// <summary>The explanation to the petitioner.</summary>
    public required string Explanation { get; init; }
}
