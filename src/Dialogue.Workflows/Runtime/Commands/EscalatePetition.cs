namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Reports a matter beyond this body's authority to the level above.</summary>
public sealed record EscalatePetition : PlanCommand
{
    /// <summary>The petition's id.</summary>
    public required string Petition { get; init; }

    /// <summary>The body it goes to.</summary>
    public required string To { get; init; }
}
