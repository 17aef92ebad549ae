using NodaTime;

namespace Dialogue.Workflows.Runtime;

/// <summary>A problem with a plan's dates that does not stop it from running, such as a window that ends on a Saturday.</summary>
/// <param name="Code">A stable code, e.g. <c>window.ends-on-day-off</c>.</param>
/// <param name="Subject">What it is about: a task's id, a session's key, or <c>registration</c>.</param>
/// <param name="Message">The warning in Vietnamese.</param>
/// <param name="EnglishMessage">The warning in English.</param>
/// <param name="Date">The date concerned, if any.</param>
public sealed record PlanWarning(string Code, string Subject, string Message, string EnglishMessage, LocalDate? Date);
