namespace Dialogue.Workflows.Runtime;

/// <summary>Thrown when a command names a session, task or petition the plan does not have.</summary>
public sealed class EntityNotFoundException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>runtime.entity-not-found</c>.</summary>
    public const string Code = "runtime.entity-not-found";

    /// <summary>Creates the exception.</summary>
    /// <param name="planId">The plan.</param>
    /// <param name="kind">What was looked for.</param>
    /// <param name="id">The id asked for.</param>
    /// <param name="known">The ids the plan has.</param>
    public EntityNotFoundException(string planId, EntityKind kind, string id, IReadOnlyList<string> known)
        : base(Code,
            $"Plan '{planId}' has no {kind.ToString().ToLowerInvariant()} '{id}'; it has: {(known.Count == 0 ? "none" : string.Join(", ", known))}. " +
            $"Kế hoạch '{planId}' không có mục '{id}'.")
    {
        PlanId = planId;
        Kind = kind;
        Id = id;
        Known = known;
    }

    /// <summary>The plan.</summary>
    public string PlanId { get; }

    /// <summary>What was looked for.</summary>
    public EntityKind Kind { get; }

    /// <summary>The id asked for.</summary>
    public string Id { get; }

    /// <summary>The ids of that kind the plan has.</summary>
    public IReadOnlyList<string> Known { get; }
}
