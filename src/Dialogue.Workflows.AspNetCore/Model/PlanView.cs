namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>A plan: where it stands, its sessions, its timeline and its petitions.</summary>
/// <param name="Summary">Its id, type, title, state and version.</param>
/// <param name="Parameters">The parameter values it was created with.</param>
/// <param name="Sessions">Its sessions.</param>
/// <param name="Timeline">Its timeline.</param>
/// <param name="Petitions">Its petitions.</param>
/// <param name="CreatedBy">Who created it.</param>
public sealed record PlanView(PlanSummaryView Summary, IReadOnlyDictionary<string, IReadOnlyList<string>> Parameters, IReadOnlyList<SessionView> Sessions,
    IReadOnlyList<TimelineStepView> Timeline, IReadOnlyList<PetitionView> Petitions, ActorView CreatedBy)
{
    /// <summary>Why it was cancelled.</summary>
    public string? CancellationReason { get; init; }

    /// <summary>The notes the plan records: bodies after the 2025 reform, merged wards, the type's choices.</summary>
    public IReadOnlyList<NoteView> Notes { get; init; } = [];

    /// <summary>Warnings on its dates and defaults, as the lint gives them (days off, notices that cannot be met, a law not in force, a unit named as before the 2025 arrangement).</summary>
    public IReadOnlyList<WarningView> Warnings { get; init; } = [];
}
