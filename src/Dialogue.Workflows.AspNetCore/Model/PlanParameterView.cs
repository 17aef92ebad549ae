namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>A parameter of a plan type.</summary>
/// <param name="Key">Its key: <c>session</c>.</param>
/// <param name="Kind">Its kind, camel case: <c>date</c>, <c>dateOrPeriod</c>, <c>integer</c>, <c>text</c> ….</param>
/// <param name="Required">Whether a plan needs it.</param>
/// <param name="Multiple">Whether it takes several values (given comma-separated).</param>
/// <param name="Defaults">Its default values, from the plan's document.</param>
/// <param name="Description">What it is.</param>
public sealed record PlanParameterView(string Key, string Kind, bool Required, bool Multiple, IReadOnlyList<string> Defaults, LocalizedText Description);
