using NodaTime;

namespace Dialogue.Workflows.Plans;

/// <summary>
/// Thrown when a plan is started whose session falls outside the days its type's <see cref="LegalBasis"/> is in force:
/// a district People's Council chairman's dialogue dated after the district level ended on 01/07/2025, or a
/// commune dialogue under Law 72/2025/QH15 dated before it.
/// </summary>
/// <remarks>Nothing is recorded. The message names the law, its period and what ended it, in Vietnamese and English.</remarks>
public sealed class LawNotInForceException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>plan.law-not-in-force</c>.</summary>
    public const string Code = "plan.law-not-in-force";

    /// <summary>Creates the exception.</summary>
    /// <param name="typeKey">The plan type.</param>
    /// <param name="session">The session's key.</param>
    /// <param name="date">The session's date, or its planned period's first day.</param>
    /// <param name="basis">The type's legal basis.</param>
    public LawNotInForceException(string typeKey, string session, LocalDate date, LegalBasis basis)
        : base(Code, Describe(typeKey, session, date, basis))
    {
        TypeKey = typeKey;
        Session = session;
        Date = date;
        Basis = basis;
    }

    /// <summary>The plan type.</summary>
    public string TypeKey { get; }

    /// <summary>The session outside the period.</summary>
    public string Session { get; }

    /// <summary>The session's date, or its planned period's first day.</summary>
    public LocalDate Date { get; }

    /// <summary>The type's legal basis, with its period and what ended it.</summary>
    public LegalBasis Basis { get; }

    private static string Describe(string typeKey, string session, LocalDate date, LegalBasis basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        var (vi, en) = basis.Outside(date) ?? ("", "");
        return $"Plan type '{typeKey}', session '{session}': {en} Kế hoạch loại '{typeKey}', buổi '{session}': {vi}";
    }
}
