using NodaTime;

namespace Dialogue.Workflows.Plans;

/// <summary>
/// A body a plan names around its own — the superior that receives its reports, the one that announces its sessions — in
/// Vietnamese and English, and whether it is the body the type's source document names.
/// </summary>
/// <param name="Name">The body's Vietnamese name, e.g. "UBND tỉnh Quảng Ngãi".</param>
/// <param name="EnglishName">Its English name.</param>
/// <param name="IsDocuments">True for the body the source document names; false for one the plan names or the reform brought.</param>
/// <example>
/// <code>
/// var superior = PlanBody.ForDay(parameters.OptionalText("superior"), session.Period.Start,
///     documents: new("UBND thành phố Quảng Ngãi", "Quảng Ngãi city People's Committee", IsDocuments: true),
///     twoTier: new("UBND tỉnh Quảng Ngãi", "Quảng Ngãi provincial People's Committee"));
/// </code>
/// </example>
public sealed record PlanBody(string Name, string EnglishName, bool IsDocuments = false)
{
    /// <summary>
    /// The body for a plan whose sessions start on <paramref name="day"/>: the one the plan names; else, before the two-tier local
    /// government (<see cref="LocalGovernmentReform.TwoTierFrom"/>), the document's; from it on, the post-reform one.
    /// </summary>
    /// <param name="named">The name the plan gives (its own name in both languages); null when it gives none.</param>
    /// <param name="day">The day the plan is judged by, e.g. its first session's first possible day.</param>
    /// <param name="documents">The body the source document names.</param>
    /// <param name="twoTier">The body from 01/07/2025.</param>
    /// <returns>The body.</returns>
    public static PlanBody ForDay(string? named, LocalDate day, PlanBody documents, PlanBody twoTier)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(twoTier);
        return named is not null ? new(named, named) : LocalGovernmentReform.IsTwoTier(day) ? twoTier : documents;
    }
}
