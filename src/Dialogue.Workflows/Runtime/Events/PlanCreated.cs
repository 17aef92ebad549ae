
namespace Dialogue.Workflows.Runtime.Events;

/// <summary>The plan was created from a plan type and its parameters.</summary>
[PlanEventName("plan-created")]
public sealed record PlanCreated : PlanEvent
{
    /// <summary>The plan's id.</summary>
    public required string PlanId { get; init; }

    /// <summary>The tenant the plan belongs to, if the host has several.</summary>
    public string? TenantId { get; init; }

    /// <summary>The plan type.</summary>
    public required string TypeKey { get; init; }

    /// <summary>The plan type's version, which the plan stays on.</summary>
    public required int TypeVersion { get; init; }

    /// <summary>The parameter values, defaults included.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Parameters { get; init; }

    /// <summary>The deadlines this event changed, with their old and new dates.</summary>
    public IReadOnlyList<DueChange> Deadlines { get; init; } = [];
}
