namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>Small pieces of English wording the text output shares.</summary>
internal static class Wording
{
    /// <summary>A count with its noun: "1 working day", "3 working days".</summary>
    /// <param name="count">The count.</param>
    /// <param name="noun">The noun in the singular.</param>
    /// <returns>The text.</returns>
    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
