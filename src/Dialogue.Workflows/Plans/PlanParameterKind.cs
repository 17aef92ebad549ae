namespace Dialogue.Workflows.Plans;

/// <summary>The kind of value a plan parameter takes, which decides how its text is parsed.</summary>
public enum PlanParameterKind
{
    /// <summary>Free text.</summary>
    Text = 1,

    /// <summary>A whole number, within the parameter's bounds.</summary>
    Integer = 2,

    /// <summary>A date, <c>yyyy-MM-dd</c>.</summary>
    Date = 3,

    /// <summary>A date or a period: <c>yyyy-MM-dd</c>, <c>2023-Q3</c>, <c>Quý III/2023</c>, <c>2024-06</c>, <c>tháng 6 năm 2024</c>.</summary>
    DateOrPeriod = 4,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean = 5,
}
