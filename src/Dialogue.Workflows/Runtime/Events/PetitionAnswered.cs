using NodaTime;

namespace Dialogue.Workflows.Runtime.Events;

/// <summary>A petition was answered.</summary>
[PlanEventName("petition-answered")]
public sealed record PetitionAnswered : PlanEvent
{
    /// <summary>The petition's id.</summary>
    public required string Petition { get; init; }

    /// <summary>At the session or in writing.</summary>
    public required AnswerMode Mode { get; init; }

    /// <summary>The answer, in short.</summary>
    public required string Summary { get; init; }

    /// <summary>The day.</summary>
    public required LocalDate On { get; init; }

    /// <summary>Whether it was answered after its due date.</summary>
    public required bool Late { get; init; }
}
