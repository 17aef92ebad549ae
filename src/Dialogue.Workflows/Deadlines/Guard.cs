using System.Runtime.CompilerServices;

namespace Dialogue.Workflows.Deadlines;

/// <summary>The argument checks of the deadline types, so every factory words its errors the same way.</summary>
internal static class Guard
{
    public static int Days(int value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        if (value is < 0 or > DeadlineRule.MaxDays)
        {
            throw new ArgumentOutOfRangeException(parameterName, value,
                $"A number of days must be from 0 to {DeadlineRule.MaxDays}; got {value} (số ngày phải từ 0 đến {DeadlineRule.MaxDays}).");
        }

        return value;
    }

    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        return value.Trim();
    }
}
