namespace Dialogue.Workflows.Plans;

/// <summary>A rule of the source document kept in words, with its clause, for reports and explanations.</summary>
/// <param name="Text">The rule, in Vietnamese, close to the document's words.</param>
/// <param name="EnglishText">The rule, in English.</param>
/// <param name="Clause">Where the document says it, e.g. "II.2".</param>
public sealed record PolicyClause(string Text, string EnglishText, string? Clause = null);
