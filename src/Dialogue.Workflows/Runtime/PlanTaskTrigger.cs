namespace Dialogue.Workflows.Runtime;

/// <summary>What moves a task from one <see cref="PlanTaskStatus"/> to another.</summary>
public enum PlanTaskTrigger
{
    /// <summary>Record it done.</summary>
    Complete = 1,

    /// <summary>Waive it.</summary>
    Waive = 2,

    /// <summary>Extend its deadline (gia hạn); it stays open.</summary>
    Extend = 3,
}
