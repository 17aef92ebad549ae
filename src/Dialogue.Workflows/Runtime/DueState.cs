namespace Dialogue.Workflows.Runtime;

/// <summary>How an open task stands against its deadline.</summary>
public enum DueState
{
    /// <summary>Due within the look-ahead (in working days), not yet past.</summary>
    Approaching = 1,

    /// <summary>Due today.</summary>
    DueToday = 2,

    /// <summary>Past its due date and still open.</summary>
    Overdue = 3,
}
