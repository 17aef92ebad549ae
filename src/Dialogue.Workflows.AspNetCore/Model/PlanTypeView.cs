namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>A registered plan type.</summary>
/// <param name="Key">Its key: <c>ward-chairman</c>.</param>
/// <param name="Version">Its version.</param>
/// <param name="Title">Its title.</param>
/// <param name="Parameters">The parameters a plan of it takes.</param>
public sealed record PlanTypeView(string Key, int Version, LocalizedText Title, IReadOnlyList<PlanParameterView> Parameters);
