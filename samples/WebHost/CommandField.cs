namespace Dialogue.Workflows.Samples.WebHost;

/// <summary>A field of a command's form.</summary>
/// <param name="Name">The JSON name: <c>newDate</c>.</param>
/// <param name="Label">The record's property name: <c>NewDate</c>.</param>
/// <param name="Input">The input: <c>text</c>, <c>date</c>, <c>select</c>, <c>list</c> (comma-separated).</param>
/// <param name="Required">Whether the command needs it.</param>
/// <param name="Choices">The values of a <c>select</c>.</param>
public sealed record CommandField(string Name, string Label, string Input, bool Required, IReadOnlyList<string> Choices);
