namespace Dialogue.Workflows.Deadlines;

/// <summary>How precisely an <see cref="Anchor"/> is known.</summary>
public enum AnchorKind
{
    /// <summary>An exact date: deadlines counted from it are fixed.</summary>
    Date = 1,

    /// <summary>A quarter ("Quý III/2023"): deadlines are pending between the quarter's first and last day.</summary>
    Quarter = 2,

    /// <summary>A month ("tháng 6 năm 2024"): deadlines are pending between the month's first and last day.</summary>
    Month = 3,

    /// <summary>Any other span of dates: deadlines are pending between its first and last day.</summary>
    Interval = 4,
}
