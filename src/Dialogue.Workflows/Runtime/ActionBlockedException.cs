using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Runtime;

/// <summary>
/// Thrown when the state allows a move but a rule of the plan blocks it now (cancelling a session
/// would leave fewer than the minimum a year; a complaint cannot be answered in a TTHC dialogue).
/// </summary>
/// <remarks>Carries each blocking rule's code and reason in Vietnamese and English.</remarks>
public sealed class ActionBlockedException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>runtime.action-blocked</c>.</summary>
    public const string Code = "runtime.action-blocked";

    /// <summary>Creates the exception.</summary>
    /// <param name="planId">The plan.</param>
    /// <param name="entity">The kind of entity.</param>
    /// <param name="entityId">The entity's id.</param>
    /// <param name="state">Its state.</param>
    /// <param name="trigger">The trigger asked for.</param>
    /// <param name="reasons">The rules that block it.</param>
    public ActionBlockedException(string planId, EntityKind entity, string entityId, string state, string trigger, IReadOnlyList<GuardResult> reasons)
        : base(Code,
            $"{(entity == EntityKind.Plan ? $"Plan '{planId}'" : $"{entity} '{entityId}' of plan '{planId}'")} ({state}) cannot {trigger} now: {string.Join(" ", reasons.Select(r => r.EnglishReason))} " +
            $"{string.Join(" ", reasons.Select(r => r.Reason))}")
    {
        PlanId = planId;
        Entity = entity;
        EntityId = entityId;
        State = state;
        Trigger = trigger;
        Reasons = reasons;
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

    /// <summary>The rules that block it, each with a code and reasons.</summary>
    public IReadOnlyList<GuardResult> Reasons { get; }
}
