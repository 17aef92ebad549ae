using NodaTime;

namespace Dialogue.Workflows.Runtime;

/// <summary>A change of a session's date: rescheduled or postponed.</summary>
/// <param name="Old">The date before (null when it had none).</param>
/// <param name="New">The date after (null when postponed without a new date).</param>
/// <param name="Reason">Why.</param>
/// <param name="At">When it was recorded.</param>
public sealed record SessionDateChange(LocalDate? Old, LocalDate? New, string Reason, Instant At);
