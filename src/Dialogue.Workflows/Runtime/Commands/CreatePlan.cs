namespace Dialogue.Workflows.Runtime.Commands;

/// <summary>Creates a plan from a registered plan type and parameter values.</summary>
/// <example>
/// <code>
/// new CreatePlan { TypeKey = "ward-chairman", By = clerk, Parameters = [new("session", "2023-09-15")] }
/// </code>
/// </example>
public sealed record CreatePlan
{
    /// <summary>The plan type's key.</summary>
    public required string TypeKey { get; init; }

    /// <summary>The plan type's version; null for the latest registered.</summary>
    public int? TypeVersion { get; init; }

    /// <summary>Parameter values (key, value); a key repeats for a parameter that takes several values.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; } = [];

    /// <summary>Who creates it.</summary>
    public required Actor By { get; init; }

    /// <summary>
    /// The plan's id, normalised to Unicode NFC (<see cref="Identifiers.PlanId"/>); null for one made by the engine: from
    /// <see cref="CommandId"/> when given (<see cref="Identifiers.PlanIdOf"/>, so that a repeated create finds the same plan), else at random.
    /// </summary>
    public string? PlanId { get; init; }

    /// <summary>The tenant the plan belongs to, when the host has several.</summary>
    public string? TenantId { get; init; }

    /// <summary>The command's id; null for one made by the engine. A create repeated under the same id returns the plan it created instead of failing.</summary>
    public string? CommandId { get; init; }
}
