namespace Dialogue.Workflows.Plans;

/// <summary>
/// Who may do what in a plan, as its document says: who issues it, chairs and concludes its
/// sessions, answers which domain, completes which task, records petitions, reports and closes.
/// </summary>
/// <remarks>
/// <para>The engine checks every command's actor against it (see <c>PlanDefinitionAuthorization</c>):</para>
/// <list type="bullet">
/// <item>An action with <see cref="Grants"/> is open to the units they name, in the signing forms they allow.</item>
/// <item>A task is completed by its owner unit, or by a <see cref="RecordingUnits"/> unit on its behalf.</item>
/// <item>A petition of a routed domain is answered by the route's unit (<see cref="PetitionRoute.Unit"/>).</item>
/// <item><see cref="PlanAction.Deviate"/>, <see cref="PlanAction.WaiveTask"/> and <see cref="PlanAction.ExtendDeadline"/> without
/// grants of their own fall to whoever may <see cref="PlanAction.Issue"/> the plan: its signer decides exceptions.</item>
/// <item>Any other action without grants is open to anyone in one of the plan's units.</item>
/// </list>
/// </remarks>
/// <example>
/// <code>
/// Authority = new PlanAuthority
/// {
///     Grants =
///     [
///         new(PlanAction.Create, ["office"]),
///         new(PlanAction.Issue, ["chairman"]) { Signed = true },
///         new(PlanAction.HoldSession, ["chairman"]) { Signed = true },
///     ],
///     RecordingUnits = ["office"],
/// }
/// </code>
/// </example>
public sealed record PlanAuthority
{
    /// <summary>The grants, one or more per action.</summary>
    public IReadOnlyList<AuthorityGrant> Grants { get; init; } = [];

    /// <summary>Units that may record an unsigned act on behalf of the unit that did it (the office that keeps the plan's records).</summary>
    public IReadOnlyList<string> RecordingUnits { get; init; } = [];

    /// <summary>Whether a deputy may take a signed act "KT." for the head. Default: true (Nghị định 30/2020/NĐ-CP).</summary>
    public bool AllowsDeputies { get; init; } = true;

    /// <summary>The plan's rules of authority in words, with their clauses, for reports.</summary>
    public IReadOnlyList<PolicyClause> Clauses { get; init; } = [];

    /// <summary>The grants for an action, as declared (without the fallbacks the remarks describe).</summary>
    /// <param name="action">The action.</param>
    /// <returns>The grants; empty when the plan declares none for it.</returns>
    public IReadOnlyList<AuthorityGrant> For(PlanAction action) => [.. Grants.Where(g => g.Action == action)];
}
