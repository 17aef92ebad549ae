namespace Dialogue.Workflows.Plans;

/// <summary>Thrown when a plan parameter is missing, unknown, or has a value of the wrong form.</summary>
public sealed class InvalidPlanParameterException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>plan.invalid-parameter</c>.</summary>
    public const string Code = "plan.invalid-parameter";

    /// <summary>Creates the exception.</summary>
    /// <param name="typeKey">The plan type.</param>
    /// <param name="key">The parameter.</param>
    /// <param name="value">The bad value, or null when it is missing.</param>
    /// <param name="expected">What was expected, e.g. "a whole number from 1 to 100".</param>
    public InvalidPlanParameterException(string typeKey, string key, string? value, string expected)
        : base(Code, value is null
            ? $"Plan type '{typeKey}' needs parameter '{key}': {expected}. Thiếu tham số '{key}'."
            : $"Plan type '{typeKey}': parameter '{key}' has value '{value}', expected {expected}. Tham số '{key}' không hợp lệ: '{value}'.")
    {
        TypeKey = typeKey;
        Key = key;
        Value = value;
        Expected = expected;
    }

    /// <summary>The plan type.</summary>
    public string TypeKey { get; }

    /// <summary>The parameter.</summary>
    public string Key { get; }

    /// <summary>The bad value, or null when missing.</summary>
    public string? Value { get; }

    /// <summary>What was expected.</summary>
    public string Expected { get; }
}
