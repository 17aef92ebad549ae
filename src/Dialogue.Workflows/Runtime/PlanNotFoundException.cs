namespace Dialogue.Workflows.Runtime;

/// <summary>Thrown when no plan has the id asked for.</summary>
public sealed class PlanNotFoundException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>runtime.plan-not-found</c>.</summary>
    public const string Code = "runtime.plan-not-found";

    /// <summary>Creates the exception.</summary>
    /// <param name="planId">The id asked for.</param>
    public PlanNotFoundException(string planId)
        : base(Code, $"No plan has id '{planId}'. Không tìm thấy kế hoạch '{planId}'.")
    {
        PlanId = planId;
    }

    /// <summary>The id asked for.</summary>
    public string PlanId { get; }
}
