namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>A plan as it would be created, nothing saved: its timeline and the warnings on its dates.</summary>
/// <param name="Type">The plan type's key.</param>
/// <param name="TypeVersion">The plan type's version.</param>
/// <param name="Title">The plan's title.</param>
/// <param name="Sessions">Its sessions.</param>
/// <param name="Timeline">Its timeline.</param>
/// <param name="Warnings">Dates that fall on days off, notices that cannot be met, a law not in force, a unit named as before the 2025 arrangement.</param>
public sealed record PreviewView(string Type, int TypeVersion, LocalizedText Title, IReadOnlyList<SessionView> Sessions,
    IReadOnlyList<TimelineStepView> Timeline, IReadOnlyList<WarningView> Warnings)
{
    /// <summary>The notes the plan would record: bodies after the 2025 reform, merged wards, the type's choices.</summary>
    public IReadOnlyList<NoteView> Notes { get; init; } = [];
}
