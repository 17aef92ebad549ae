namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>A note the plan records beside its steps: a body after the 2025 reform, the wards merged into the ward, a choice the plan type made.</summary>
/// <param name="Text">The note.</param>
/// <param name="Clause">The document's clause or the heading it belongs to, e.g. <c>Sắp xếp đơn vị hành chính</c>.</param>
public sealed record NoteView(LocalizedText Text, string? Clause);
