namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Receives a petition: a registration form, or one raised at the session.</summary>
public sealed record ReceivePetition : PlanCommand
{
    /// <summary>The session it is for.</summary>
    public string? Session { get; init; }

    /// <summary>What it is about.</summary>
    public required string Subject { get; init; }

    /// <summary>Who brings it.</summary>
    public required string Petitioner { get; init; }

    /// <summary>Where a written answer goes.</summary>
    public string? Address { get; init; }

    /// <summary>How it came in.</summary>
    public required PetitionChannel Channel { get; init; }
}
