namespace Dialogue.Workflows.Plans;

/// <summary>
/// A kind of dialogue plan — the library's five, or a host's own — that declares a
/// <see cref="PlanDefinition"/> from its parameters.
/// </summary>
/// <remarks>
/// A plan type is registered with <c>AddPlanType&lt;T&gt;()</c>. Its <see cref="Key"/> and
/// <see cref="Version"/> identify it: a running plan stays on the version it started with, so a
/// changed type gets a new version number and both stay registered while plans of the old one run.
/// A complete host's type is <c>samples/NeighbourhoodPlans/NeighbourhoodPlanType.cs</c> in the source repository.
/// </remarks>
/// <example>
/// <code>
/// public sealed class NeighbourhoodPlanType : IPlanType
/// {
///     public string Key => "neighbourhood";
///     public int Version => 1;
///     public string Title => "Đối thoại khu dân cư";
///     public string EnglishTitle => "Neighbourhood dialogue";
///     public IReadOnlyList&lt;PlanParameter&gt; Parameters { get; } =
///         [new("session", "Ngày đối thoại", "Session date", PlanParameterKind.DateOrPeriod) { Required = true }];
///
///     public PlanDefinition Define(PlanParameters parameters)
///     {
///         var session = parameters.Anchors("session", "ngày tổ chức đối thoại", "day of the session")[0];
///         return new PlanDefinition
///         {
///             TypeKey = Key, TypeVersion = Version, Title = Title, EnglishTitle = EnglishTitle,
///             Issuer = "UBND phường Thử Nghiệm", Year = session.Period.Start.Year,
///             Units = [new("office", "Văn phòng phường", "Ward office"), new("chairman", "Chủ tịch UBND phường", "Ward chairman")],
///             Sessions = [new("s1", "Buổi đối thoại", "Session", session)],
///             Tasks =
///             [
///                 new("notice", "Thông báo thời gian, địa điểm", "Announce time and place", "office", TaskPhase.Before)
///                 {
///                     Deadline = DeadlineRule.WorkingDaysBefore(7), CompletedBy = PlanAction.AnnounceSession,
///                 },
///             ],
///             Authority = new PlanAuthority { Grants = [new(PlanAction.Issue, ["chairman"]) { Signed = true }], RecordingUnits = ["office"] },
///         };
///     }
/// }
///
/// services.AddDialogueWorkflows(b => b.UseInMemoryStore().AddPlanType&lt;NeighbourhoodPlanType&gt;());
/// </code>
/// </example>
public interface IPlanType
{
    /// <summary>The stable key, lower-case with hyphens, e.g. <c>ward-chairman</c>.</summary>
    string Key { get; }

    /// <summary>The version of the type's rules, from 1.</summary>
    int Version { get; }

    /// <summary>The type's name in Vietnamese.</summary>
    string Title { get; }

    /// <summary>The type's name in English.</summary>
    string EnglishTitle { get; }

    /// <summary>The parameters the type takes, with the document's defaults.</summary>
    IReadOnlyList<PlanParameter> Parameters { get; }

    /// <summary>Declares the plan for the given parameters.</summary>
    /// <param name="parameters">Checked parameter values.</param>
    /// <returns>The plan's definition.</returns>
    PlanDefinition Define(PlanParameters parameters);

    /// <summary>
    /// The law the type follows and the days it is in force, or null when the type declares none (a host's
    /// own type need not). The engine refuses to start a plan with a session outside that period
    /// (<see cref="LawNotInForceException"/>) and the lint explains it.
    /// </summary>
    /// <remarks>
    /// A default member, so a host's type written before it keeps compiling. A type that declares it also
    /// puts it on its definitions (<see cref="PlanDefinition.LegalBasis"/>), which rules and exports read.
    /// </remarks>
    LegalBasis? LegalBasis => null;
}
