namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Records that the petitioner was told the result.</summary>
public sealed record NotifyPetitionResult : PlanCommand
{
    /// <summary>The petition's id.</summary>
    public required string Petition { get; init; }

    /// <summary>How.</summary>
    public string? Channel { get; init; }
}
