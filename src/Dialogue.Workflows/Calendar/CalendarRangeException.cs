using System.Globalization;
using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>Thrown when a date is outside the range a calendar covers.</summary>
/// <remarks>Names the bad value and the valid range, so a caller can report it as it is.</remarks>
public sealed class CalendarRangeException : ArgumentOutOfRangeException
{
    /// <summary>The stable error code of this exception: <c>calendar.out-of-range</c>.</summary>
    public const string Code = "calendar.out-of-range";

    /// <summary>Creates the exception.</summary>
    /// <param name="parameterName">The argument that held the date.</param>
    /// <param name="value">The date asked for.</param>
    /// <param name="minDate">The first supported date.</param>
    /// <param name="maxDate">The last supported date.</param>
    /// <param name="message">The message.</param>
    public CalendarRangeException(string? parameterName, LocalDate value, LocalDate minDate, LocalDate maxDate, string message)
        : base(parameterName, value, message)
    {
        Value = value;
        MinDate = minDate;
        MaxDate = maxDate;
    }

    /// <summary>The stable error code, <see cref="Code"/>.</summary>
    public string ErrorCode => Code;

    /// <summary>The date asked for.</summary>
    public LocalDate Value { get; }

    /// <summary>The first supported date.</summary>
    public LocalDate MinDate { get; }

    /// <summary>The last supported date.</summary>
    public LocalDate MaxDate { get; }

    internal static CalendarRangeException ForDate(LocalDate value, LocalDate min, LocalDate max, string what, string parameterName) =>
        new(parameterName, value, min, max, string.Create(CultureInfo.InvariantCulture,
            $"{value:yyyy-MM-dd} is outside the {what}'s range {min:yyyy-MM-dd}..{max:yyyy-MM-dd} (ngày {value:dd/MM/yyyy} nằm ngoài phạm vi {min:dd/MM/yyyy}–{max:dd/MM/yyyy})."));
}
