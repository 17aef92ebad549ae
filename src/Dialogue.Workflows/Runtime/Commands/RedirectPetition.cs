namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Sends guidance to the competent body for a matter outside this body's authority.</summary>
public sealed record RedirectPetition : PlanCommand
{
    /// <summary>The petition's id.</summary>
    public required string Petition { get; init; }

    /// <summary>The competent body.</summary>
    public required string CompetentBody { get; init; }

    /// <summary>The guidance.</summary>
    public required string Guidance { get; init; }
}
