namespace Dialogue.Workflows.Runtime;

/// <summary>Thrown when a plan is created with an id another plan already has.</summary>
public sealed class PlanAlreadyExistsException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>runtime.plan-exists</c>.</summary>
    public const string Code = "runtime.plan-exists";

    /// <summary>Creates the exception.</summary>
    /// <param name="planId">The id.</param>
    public PlanAlreadyExistsException(string planId)
        : base(Code, $"A plan with id '{planId}' already exists. Kế hoạch '{planId}' đã tồn tại.")
    {
        PlanId = planId;
    }

    /// <summary>The id.</summary>
    public string PlanId { get; }
}
