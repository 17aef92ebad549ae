using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Spectre.Console;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>How plans, timelines and petitions read as text.</summary>
internal static class PlanText
{
    /// <summary>The date column of a timeline line: the date, a window <c>from – to</c>, or the range a pending date can take.</summary>
    /// <param name="entry">The line.</param>
    /// <returns>The text.</returns>
    public static string Due(TimelineEntry entry) => entry switch
    {
        { Due: { } due, Opens: { } opens } => $"{DateText.Iso(opens)} – {DateText.Iso(due)}",
        { Due: { } due } => DateText.Iso(due),
        { DueEarliest: { } earliest, DueLatest: { } latest } when earliest == latest => $"{DateText.Iso(earliest)} (expected)",
        { DueEarliest: { } earliest, DueLatest: { } latest } => $"{DateText.Iso(earliest)} … {DateText.Iso(latest)} (pending)",
        _ => "—",
    };

    /// <summary>The status column: the status, the day it was done, and whether it was late or is overdue.</summary>
    /// <param name="entry">The line.</param>
    /// <returns>The text.</returns>
    public static string Status(TimelineEntry entry)
    {
        var text = entry.DoneOn is { } done ? $"{entry.Status} {DateText.Iso(done)}" : entry.Status;
        return entry.Overdue ? $"{text}, OVERDUE" : entry.Late ? $"{text}, LATE" : text;
    }

    /// <summary>The phase in lower case, or "session" for a session line.</summary>
    /// <param name="entry">The line.</param>
    /// <returns>The text.</returns>
    public static string Phase(TimelineEntry entry) => entry.Phase is { } phase ? Phase(phase) : "session";

    /// <summary>A phase in lower case: before, at, after.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The text.</returns>
    public static string Phase(TaskPhase phase) => phase.ToString().ToLowerInvariant();

    /// <summary>A table cell, red and bold when the line is overdue, yellow when done late.</summary>
    /// <param name="entry">The line.</param>
    /// <param name="text">The cell's text.</param>
    /// <returns>The cell.</returns>
    public static Markup Cell(TimelineEntry entry, string text)
    {
        var escaped = Markup.Escape(text);
        return new Markup(entry.Overdue ? $"[bold red]{escaped}[/]" : entry.Late ? $"[yellow]{escaped}[/]" : escaped);
    }

    /// <summary>The petitions grouped by outcome, in the order of their statuses.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The groups; only statuses some petition has.</returns>
    public static IEnumerable<IGrouping<PetitionStatus, PetitionInstance>> ByOutcome(PlanInstance plan) =>
        plan.Petitions.GroupBy(p => p.Status).OrderBy(g => g.Key);

    /// <summary>The session's date, or the period planned while it has none.</summary>
    /// <param name="session">The session.</param>
    /// <returns>The text.</returns>
    public static string When(SessionInstance session) =>
        session.Date is { } date ? DateText.Iso(date) : $"{session.Planned.EnglishLabel} ({DateText.Iso(session.Planned.Period.Start)} … {DateText.Iso(session.Planned.Period.End)})";
}
