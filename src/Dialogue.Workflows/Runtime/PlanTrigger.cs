namespace Dialogue.Workflows.Runtime;

/// <summary>What moves a plan from one <see cref="PlanStatus"/> to another.</summary>
public enum PlanTrigger
{
    /// <summary>Issue the plan.</summary>
    Issue = 1,

    /// <summary>The first session is announced or held (the engine fires it).</summary>
    Start = 2,

    /// <summary>Complete the plan.</summary>
    Complete = 3,

    /// <summary>Cancel the plan.</summary>
    Cancel = 4,
}
