namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>A warning on a plan's dates.</summary>
/// <param name="Code">Its stable code: <c>session.on-day-off</c>.</param>
/// <param name="Subject">The session, task or window it is about.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Date">The date it is about.</param>
public sealed record WarningView(string Code, string Subject, LocalizedText Message, DateOnly? Date);
