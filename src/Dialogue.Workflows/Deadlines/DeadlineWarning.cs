using NodaTime;

namespace Dialogue.Workflows.Deadlines;

/// <summary>
/// A lint finding about a computed deadline: the deadline stands as computed, but a person should
/// look at it — a window that ends on a Saturday, a session moved out of its quarter.
/// </summary>
/// <param name="Code">The stable code, one of <see cref="DeadlineWarningCodes"/>.</param>
/// <param name="Message">The finding in Vietnamese.</param>
/// <param name="EnglishMessage">The finding in English.</param>
/// <param name="Date">The date the finding is about.</param>
/// <remarks>Warnings never change the dates: absolute dates are kept as the document writes them.</remarks>
/// <example>
/// <code>
/// foreach (var warning in deadline.Warnings) logger.LogWarning("{Code}: {Message}", warning.Code, warning.EnglishMessage);
/// </code>
/// </example>
public sealed record DeadlineWarning(string Code, string Message, string EnglishMessage, LocalDate Date)
{
    /// <summary>The code and the Vietnamese message.</summary>
    /// <returns>For example <c>[window.ends-on-day-off] …</c>.</returns>
    public override string ToString() => $"[{Code}] {Message}";
}
