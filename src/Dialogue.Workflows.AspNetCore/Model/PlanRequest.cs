namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>The body that creates a plan, or previews one without saving it.</summary>
/// <remarks>
/// It names no creator: the signed-in user is the creator. The command id comes from the
/// <c>Idempotency-Key</c> header.
/// </remarks>
public sealed record PlanRequest
{
    /// <summary>The plan type's key: <c>ward-chairman</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The plan type's version; null for the latest.</summary>
    public int? Version { get; init; }

    /// <summary>The parameter values by key: <c>{"session": "2023-09-15"}</c>; a parameter that takes several values takes them comma-separated.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>The plan's id; null to make one (from the <c>Idempotency-Key</c> when given). Ignored by a preview.</summary>
    public string? Id { get; init; }

    /// <summary>The tenant the plan belongs to, for hosts that serve several; ignored by a preview.</summary>
    public string? TenantId { get; init; }
}
