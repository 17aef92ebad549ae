namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>A text in Vietnamese and in English.</summary>
/// <param name="Vi">The Vietnamese text, the official one.</param>
/// <param name="En">The English text.</param>
public sealed record LocalizedText(string Vi, string En);
