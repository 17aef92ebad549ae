namespace Dialogue.Workflows.Plans;

/// <summary>
/// A kind of dialogue plan — the library's five, or a host's own — that declares a
/// <see cref="PlanDefinition"/> from its parameters.
/// </summary>
/// <remarks>
/// A plan type is registered with <c>AddPlanType&lt;T&gt;()</c>. Its <see cref="Key"/> and
/// <see cref="Version"/> identify it: a running plan stays on the version it started with, so a
/// changed type gets a new version number and both stay registered while plans of the old one run.
/// </remarks>
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
