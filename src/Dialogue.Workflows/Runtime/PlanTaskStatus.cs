namespace Dialogue.Workflows.Runtime;

/// <summary>Where a task is.</summary>
public enum PlanTaskStatus
{
    /// <summary>Not done yet.</summary>
    Open = 1,

    /// <summary>Done (on time or late).</summary>
    Done = 2,

    /// <summary>Not needed (miễn), with a reason.</summary>
    Waived = 3,
}
