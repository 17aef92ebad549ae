namespace Dialogue.Workflows.Runtime;

/// <summary>Thrown when a command asks for a move the entity's state does not allow (announcing a session that has no date, answering a closed petition).</summary>
/// <remarks>Names the plan, the entity, its state, the trigger asked for and the triggers permitted now.</remarks>
public sealed class InvalidTransitionException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>runtime.invalid-transition</c>.</summary>
    public const string Code = "runtime.invalid-transition";

    /// <summary>Creates the exception.</summary>
    /// <param name="planId">The plan.</param>
    /// <param name="entity">The kind of entity.</param>
    /// <param name="entityId">The entity's id (the plan's id for the plan itself).</param>
    /// <param name="state">Its state.</param>
    /// <param name="trigger">The trigger asked for.</param>
    /// <param name="permitted">The triggers its state permits now.</param>
    public InvalidTransitionException(string planId, EntityKind entity, string entityId, string state, string trigger, IReadOnlyList<string> permitted)
        : base(Code,
            $"{(entity == EntityKind.Plan ? $"Plan '{planId}'" : $"{entity} '{entityId}' of plan '{planId}'")} is {state}: it cannot {trigger}; permitted now: {(permitted.Count == 0 ? "nothing" : string.Join(", ", permitted))}. " +
            $"Không thể thực hiện '{trigger}' khi {Vi(entity)} '{entityId}' đang ở trạng thái {state}.")
    {
        PlanId = planId;
        Entity = entity;
        EntityId = entityId;
        State = state;
        Trigger = trigger;
        Permitted = permitted;
    }

    /// <summary>The plan.</summary>
    public string PlanId { get; }

    /// <summary>The kind of entity.</summary>
    public EntityKind Entity { get; }

    /// <summary>The entity's id.</summary>
    public string EntityId { get; }

    /// <summary>Its state.</summary>
    public string State { get; }

    /// <summary>The trigger asked for.</summary>
    public string Trigger { get; }

    /// <summary>The triggers its state permits now.</summary>
    public IReadOnlyList<string> Permitted { get; }

    internal static string Vi(EntityKind kind) => kind switch
    {
        EntityKind.Plan => "kế hoạch",
        EntityKind.Session => "buổi đối thoại",
        EntityKind.Task => "nhiệm vụ",
        _ => "kiến nghị",
    };
}
