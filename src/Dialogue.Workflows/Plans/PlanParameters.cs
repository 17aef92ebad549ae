using System.Globalization;
using Dialogue.Workflows.Deadlines;
using NodaTime;
using NodaTime.Text;

namespace Dialogue.Workflows.Plans;

/// <summary>A plan type's parameter values, checked against its declared <see cref="PlanParameter"/>s, with the document's defaults filled in.</summary>
/// <remarks>
/// Values are kept as the text given (that is what a plan's history records, so the same
/// definition can be rebuilt later); the typed getters parse them, and <see cref="Bind"/> has
/// already checked that they parse.
/// </remarks>
/// <example>
/// <code>
/// var parameters = PlanParameters.Bind(planType, [new("session", "2023-09-15"), new("groups", "8")]);
/// int groups = parameters.Integer("groups");
/// </code>
/// </example>
public sealed class PlanParameters
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private readonly Dictionary<string, PlanParameter> _declared;
    private readonly Dictionary<string, IReadOnlyList<string>> _values;
    private readonly HashSet<string> _given;

    private PlanParameters(string typeKey, Dictionary<string, PlanParameter> declared, Dictionary<string, IReadOnlyList<string>> values, HashSet<string> given)
    {
        TypeKey = typeKey;
        _declared = declared;
        _values = values;
        _given = given;
    }

    /// <summary>The plan type the values are for.</summary>
    public string TypeKey { get; }

    /// <summary>Every parameter's values, defaults included, by key.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values => _values;

    /// <summary>Checks given values against a plan type's parameters and fills in the defaults.</summary>
    /// <param name="planType">The plan type.</param>
    /// <param name="given">The values given, in order; a key may repeat only for a parameter that takes several values.</param>
    /// <returns>The checked values.</returns>
    /// <exception cref="InvalidPlanParameterException">A key is unknown, repeated, missing, or its value does not parse.</exception>
    public static PlanParameters Bind(IPlanType planType, IEnumerable<KeyValuePair<string, string>> given)
    {
        ArgumentNullException.ThrowIfNull(planType);
        ArgumentNullException.ThrowIfNull(given);
        var declared = planType.Parameters.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var collected = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in given)
        {
            if (!declared.TryGetValue(key, out var parameter))
            {
                throw new InvalidPlanParameterException(planType.Key, key, value,
                    $"one of the parameters {string.Join(", ", declared.Keys)}");
            }

            if (!collected.TryGetValue(key, out var list))
            {
                collected[key] = list = [];
            }
            else if (!parameter.Multiple)
            {
                throw new InvalidPlanParameterException(planType.Key, key, value, "a single value (it was given twice)");
            }

            Check(planType.Key, parameter, value);
            list.Add(value.Trim());
        }

        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var parameter in planType.Parameters)
        {
            if (collected.TryGetValue(parameter.Key, out var list))
            {
                values[parameter.Key] = list;
            }
            else if (parameter.Defaults.Count > 0)
            {
                values[parameter.Key] = parameter.Defaults;
            }
            else if (parameter.Required)
            {
                throw new InvalidPlanParameterException(planType.Key, parameter.Key, null, Expected(parameter));
            }
            else
            {
                values[parameter.Key] = [];
            }
        }

        return new PlanParameters(planType.Key, declared, values, [.. collected.Keys]);
    }

    /// <summary>Whether the caller gave the parameter, as opposed to its default being used.</summary>
    /// <param name="key">The parameter.</param>
    /// <returns>True when at least one value was given.</returns>
    /// <remarks>A type whose defaults form an example (not a document's data) uses it to refuse a plan that mixes its own values with the example's.</remarks>
    /// <example><code>if (!parameters.IsGiven("session") &amp;&amp; parameters.IsGiven("commune")) throw new InvalidPlanParameterException(Key, "session", null, "the session's date");</code></example>
    public bool IsGiven(string key)
    {
        _ = Raw(key);
        return _given.Contains(key);
    }

    /// <summary>The parameter's values as given (or defaulted).</summary>
    /// <param name="key">The parameter.</param>
    /// <returns>The values; empty when none.</returns>
    public IReadOnlyList<string> Texts(string key) => Raw(key);

    /// <summary>The parameter's single text value.</summary>
    /// <param name="key">The parameter.</param>
    /// <returns>The value.</returns>
    public string Text(string key) => Single(key);

    /// <summary>The parameter's single text value, or null when it has none.</summary>
    /// <param name="key">The parameter.</param>
    /// <returns>The value or null.</returns>
    public string? OptionalText(string key) => Raw(key) is [var value, ..] ? value : null;

    /// <summary>The parameter's integer value.</summary>
    /// <param name="key">The parameter.</param>
    /// <returns>The value.</returns>
    public int Integer(string key) => int.Parse(Single(key), NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>The parameter's boolean value.</summary>
    /// <param name="key">The parameter.</param>
    /// <returns>The value.</returns>
    public bool Boolean(string key) => bool.Parse(Single(key));

    /// <summary>The parameter's date value.</summary>
    /// <param name="key">The parameter.</param>
    /// <returns>The value.</returns>
    public LocalDate Date(string key) => IsoDate.Parse(Single(key)).Value;

    /// <summary>The parameter's values as anchors: dates or periods.</summary>
    /// <param name="key">The parameter.</param>
    /// <param name="name">The anchor's Vietnamese name, e.g. "ngày tổ chức đối thoại".</param>
    /// <param name="englishName">The anchor's English name.</param>
    /// <returns>One anchor per value.</returns>
    public IReadOnlyList<Anchor> Anchors(string key, string name, string englishName) =>
        [.. Raw(key).Select(v => Anchor.Parse(v, name, englishName))];

    private IReadOnlyList<string> Raw(string key)
    {
        if (!_declared.ContainsKey(key))
        {
            throw new KeyNotFoundException($"Plan type '{TypeKey}' declares no parameter '{key}'.");
        }

        return _values[key];
    }

    private string Single(string key) => Raw(key) is [var value, ..]
        ? value
        : throw new InvalidPlanParameterException(TypeKey, key, null, Expected(_declared[key]));

    private static void Check(string typeKey, PlanParameter parameter, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        var ok = parameter.Kind switch
        {
            PlanParameterKind.Text => text.Length > 0,
            PlanParameterKind.Integer => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                && n >= parameter.Minimum && n <= parameter.Maximum,
            PlanParameterKind.Date => IsoDate.Parse(text).Success,
            PlanParameterKind.DateOrPeriod => Anchor.TryParse(text, "mốc", out _),
            PlanParameterKind.Boolean => bool.TryParse(text, out _),
            _ => false,
        };
        if (!ok)
        {
            throw new InvalidPlanParameterException(typeKey, parameter.Key, value, Expected(parameter));
        }
    }

    private static string Expected(PlanParameter parameter) => parameter.Kind switch
    {
        PlanParameterKind.Integer => parameter.Minimum == int.MinValue && parameter.Maximum == int.MaxValue
            ? "a whole number"
            : $"a whole number from {parameter.Minimum} to {parameter.Maximum}",
        PlanParameterKind.Date => "a date yyyy-MM-dd",
        PlanParameterKind.DateOrPeriod => "a date yyyy-MM-dd or a period such as 2023-Q3, Quý III/2023, 2024-06, tháng 6 năm 2024",
        PlanParameterKind.Boolean => "true or false",
        _ => "some text",
    };
}
