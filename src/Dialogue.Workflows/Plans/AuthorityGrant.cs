namespace Dialogue.Workflows.Plans;

/// <summary>
/// Who may take one action on a plan: the units the document names for it, whether the act is
/// signed by the unit's head, and who may sign by order (TL.) or by delegation (TUQ.).
/// </summary>
/// <remarks>
/// <para>
/// A signed act (<see cref="Signed"/>: issuing the plan, concluding, reporting, answering) is taken by
/// the head of a named unit in person or "TM." on behalf of the collective body, by a deputy "KT." for
/// the head when the plan's <see cref="PlanAuthority.AllowsDeputies"/> holds, and by a member of a
/// <see cref="Delegates"/> unit "TL." or "TUQ.". An act that is not signed (recording a petition,
/// completing one's own task) is open to anyone in a named unit, whatever their position.
/// </para>
/// <para>Units are named by their keys in <see cref="PlanDefinition.Units"/>.</para>
/// </remarks>
/// <param name="Action">The action.</param>
/// <param name="Units">The units that may take it, by key (several for co-chairs).</param>
/// <example>
/// <code>
/// new AuthorityGrant(PlanAction.Issue, ["chairman"]) { Signed = true, Clause = "Chữ ký: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" }
/// </code>
/// </example>
public sealed record AuthorityGrant(PlanAction Action, IReadOnlyList<string> Units)
{
    /// <summary>Whether the act is signed by the head of the unit (in person, TM., or KT. by a deputy). Default: false.</summary>
    public bool Signed { get; init; }

    /// <summary>Units whose members may take a signed act "TL." (by order) or "TUQ." (by delegation). Default: none.</summary>
    public IReadOnlyList<string> Delegates { get; init; } = [];

    /// <summary>Where the document says so, e.g. "IV.3" or the signature block.</summary>
    public string? Clause { get; init; }
}
