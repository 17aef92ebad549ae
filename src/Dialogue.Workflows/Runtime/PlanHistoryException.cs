namespace Dialogue.Workflows.Runtime;

/// <summary>Thrown when a plan's stored history cannot be replayed: an unreadable event, or a move its state machine does not allow.</summary>
/// <remarks>Names the plan and the event's version, so the bad record can be found; other plans are not affected.</remarks>
public sealed class PlanHistoryException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>runtime.invalid-history</c>.</summary>
    public const string Code = "runtime.invalid-history";

    /// <summary>Creates the exception.</summary>
    /// <param name="planId">The plan.</param>
    /// <param name="version">The version (1-based) of the event that failed.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public PlanHistoryException(string planId, long version, string problem, Exception? innerException = null)
        : base(Code, $"Plan '{planId}', event {version}: {problem}. Lịch sử kế hoạch '{planId}' bị lỗi tại sự kiện {version}.", innerException)
    {
        PlanId = planId;
        Version = version;
        Problem = problem;
    }

    /// <summary>The plan.</summary>
    public string PlanId { get; }

    /// <summary>The version of the event that failed.</summary>
    public long Version { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
