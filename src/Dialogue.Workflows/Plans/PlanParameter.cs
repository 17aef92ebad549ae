namespace Dialogue.Workflows.Plans;

/// <summary>A parameter a plan type takes (year, unit names, session dates, number of residential groups …), with its default from the document.</summary>
/// <param name="Key">The parameter's key, e.g. <c>groups</c> or <c>session</c>.</param>
/// <param name="Description">What it is, in Vietnamese.</param>
/// <param name="EnglishDescription">What it is, in English.</param>
/// <param name="Kind">How its value is parsed.</param>
public sealed record PlanParameter(string Key, string Description, string EnglishDescription, PlanParameterKind Kind)
{
    /// <summary>The default values (the document's), used when none is given; empty for none.</summary>
    public IReadOnlyList<string> Defaults { get; init; } = [];

    /// <summary>Whether the parameter takes several values (repeated <c>--param key=value</c>, or <c>--session</c> several times).</summary>
    public bool Multiple { get; init; }

    /// <summary>Whether a value must be given when there is no default.</summary>
    public bool Required { get; init; }

    /// <summary>For integers: the least value.</summary>
    public int Minimum { get; init; } = int.MinValue;

    /// <summary>For integers: the greatest value.</summary>
    public int Maximum { get; init; } = int.MaxValue;

    /// <summary>
    /// Whether the default names a unit or place as the type's source document had it, before the 2025 arrangement of
    /// administrative units (the document's ward, its district, an address in it). A plan with a session from 01/07/2025 that keeps
    /// such a default is warned by the lint (<c>plan.pre-reform-default</c>): the unit may no longer exist under that name.
    /// </summary>
    public bool DefaultPredatesReform { get; init; }
}
