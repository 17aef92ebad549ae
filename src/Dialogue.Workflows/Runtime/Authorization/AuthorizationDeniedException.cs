using Dialogue.Workflows.Plans;

namespace Dialogue.Workflows.Runtime.Authorization;

/// <summary>
/// Thrown when the actor may not take the action: the plan reserves it to another unit, position or
/// signing form, or a host's handler refuses. Nothing is written.
/// </summary>
/// <remarks>
/// <see cref="DialogueWorkflowException.ErrorCode"/> is always <c>authorization.denied</c>;
/// <see cref="Reason"/> is the finer code (<c>authorization.wrong-unit</c>, <c>authorization.signing-form</c>, …)
/// and <see cref="MayAct"/> says who may act instead.
/// </remarks>
public sealed class AuthorizationDeniedException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>authorization.denied</c>.</summary>
    public const string Code = "authorization.denied";

    /// <summary>Creates the exception.</summary>
    /// <param name="planId">The plan.</param>
    /// <param name="action">The action refused.</param>
    /// <param name="actor">Who tried it.</param>
    /// <param name="decision">The refusal.</param>
    public AuthorizationDeniedException(string planId, PlanAction action, Actor actor, AuthorizationDecision decision)
        : base(Code, Describe(planId, action, actor, decision))
    {
        ArgumentNullException.ThrowIfNull(decision);
        PlanId = planId;
        Action = action;
        Actor = actor;
        Reason = decision.Code;
        Explanation = decision.Reason;
        EnglishExplanation = decision.EnglishReason;
        MayAct = decision.MayAct;
        EnglishMayAct = decision.EnglishMayAct;
    }

    /// <summary>The kind of entity the command acts on: the plan, a session, a task or a petition.</summary>
    public EntityKind Entity { get; init; } = EntityKind.Plan;

    /// <summary>The id of the entity the command acts on (a session's key, a task's or a petition's id); null for the plan itself.</summary>
    public string? EntityId { get; init; }

    /// <summary>The plan.</summary>
    public string PlanId { get; }

    /// <summary>The action refused.</summary>
    public PlanAction Action { get; }

    /// <summary>Who tried it.</summary>
    public Actor Actor { get; }

    /// <summary>The finer code of the refusal, e.g. <c>authorization.wrong-unit</c>.</summary>
    public string Reason { get; }

    /// <summary>Why, in Vietnamese.</summary>
    public string Explanation { get; }

    /// <summary>Why, in English.</summary>
    public string EnglishExplanation { get; }

    /// <summary>Who may take the action, in Vietnamese.</summary>
    public IReadOnlyList<string> MayAct { get; }

    /// <summary>Who may take the action, in English.</summary>
    public IReadOnlyList<string> EnglishMayAct { get; }

    private static string Describe(string planId, PlanAction action, Actor actor, AuthorizationDecision decision)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(decision);
        var who = decision.EnglishMayAct.Count == 0 ? string.Empty : $" May act: {string.Join("; ", decision.EnglishMayAct)}.";
        var vi = decision.MayAct.Count == 0 ? string.Empty : $" Người có thẩm quyền: {string.Join("; ", decision.MayAct)}.";
        return $"Plan '{planId}': {actor.UserId} ({actor.Unit}) may not {action}: {decision.EnglishReason}{who} {decision.Reason}{vi}";
    }
}
