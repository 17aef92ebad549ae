using System.Text;
using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Runtime;

namespace Dialogue.Workflows.Export;

/// <summary>A plan's timeline as a Mermaid gantt chart: a section per session, a milestone per date, a bar per window.</summary>
/// <remarks>
/// <para>
/// One <c>section</c> per session of the plan, in the plan's order, holding the session's own
/// milestone (its date) and its tasks; then one section for the plan-wide tasks. A task with a fixed
/// due date is a milestone on that date; a window ("từ ngày … đến hết ngày …") is a bar from the day
/// it opens through its due date. Mermaid's end dates are exclusive, so a bar through 31/05 is written
/// to end on 2024-06-01. Finished items are tagged <c>done</c>, overdue ones <c>crit</c> and "(quá hạn)".
/// </para>
/// <para>
/// Pending items (a date that depends on something not yet known, such as the day a session is held)
/// are drawn where the timeline expects them, at their earliest date, with "(dự kiến)" in the label:
/// a milestone when their earliest and latest dates agree, else a bar over the dates they can take
/// (a session planned for "Quý III"). An item with no expected date at all is left out of the chart
/// and named in a <c>%%</c> comment line, so the text still accounts for every line of the timeline.
/// </para>
/// <para>
/// Labels keep their Vietnamese text; the characters Mermaid's gantt grammar cannot carry in a label
/// (<c>: ; # %</c>) are replaced by their full-width look-alikes. Lines end in <c>\n</c>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var plan = engine.Preview("ward-chairman", [new("session", "2023-09-15")]);
/// var gantt = TimelineGantt.Mermaid(plan, engine.Timeline(plan));
/// // gantt
/// //     title Kế hoạch tổ chức đối thoại …
/// //     dateFormat YYYY-MM-DD
/// //     section Hội nghị đối thoại
/// //     Thông báo thời gian, địa điểm :milestone, notice_s1, 2023-09-05, 0d
/// </code>
/// </example>
public static class TimelineGantt
{
    /// <summary>The Vietnamese name of the section for tasks that belong to no session.</summary>
    private const string PlanWideSection = "Nhiệm vụ chung của kế hoạch";

    /// <summary>Writes the gantt chart of a plan's timeline.</summary>
    /// <param name="plan">The plan: its title and its sessions' order and titles.</param>
    /// <param name="timeline">The plan's timeline, as <see cref="DialogueEngine.Timeline"/> gives it.</param>
    /// <returns>The chart, without a Markdown fence.</returns>
    /// <example>
    /// <code>
    /// Console.WriteLine("```mermaid\n" + TimelineGantt.Mermaid(plan, engine.Timeline(plan)) + "```");
    /// </code>
    /// </example>
    public static string Mermaid(PlanInstance plan, IReadOnlyList<TimelineEntry> timeline)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(timeline);
        var text = new StringBuilder();
        var title = plan.DocumentNumber is { } number ? $"{plan.Definition.Title} ({number})" : plan.Definition.Title;
        text.Append("gantt\n");
        text.Append("    title ").Append(MermaidText.Escape(title)).Append('\n');
        text.Append("    dateFormat YYYY-MM-DD\n");
        text.Append("    axisFormat %d/%m\n");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, entries) in Sections(plan, timeline))
        {
            text.Append("    section ").Append(MermaidText.Escape(name)).Append('\n');
            foreach (var entry in entries)
            {
                Write(text, entry, ids);
            }
        }

        return text.ToString();
    }

    private static IEnumerable<(string Name, List<TimelineEntry> Entries)> Sections(PlanInstance plan, IReadOnlyList<TimelineEntry> timeline)
    {
        var known = plan.Sessions.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var session in plan.Sessions)
        {
            var entries = timeline.Where(e => e.Session == session.Key).ToList();
            if (entries.Count > 0)
            {
                yield return (string.IsNullOrWhiteSpace(session.Title) ? session.Key : session.Title, entries);
            }
        }

        // A timeline read from another version of the plan may name a session this instance lacks: keep its lines.
        foreach (var group in timeline.Where(e => e.Session is not null && !known.Contains(e.Session)).GroupBy(e => e.Session!, StringComparer.Ordinal))
        {
            yield return (group.Key, group.ToList());
        }

        var planWide = timeline.Where(e => e.Session is null).ToList();
        if (planWide.Count > 0)
        {
            yield return (PlanWideSection, planWide);
        }
    }

    private static void Write(StringBuilder text, TimelineEntry entry, HashSet<string> ids)
    {
        var pending = entry.Due is null;
        var start = pending ? entry.Opens ?? entry.DueEarliest : entry.Opens ?? entry.Due;
        var end = pending ? entry.DueLatest ?? entry.DueEarliest : entry.Due;
        if (start is not { } from || end is not { } through)
        {
            // %% starts a Mermaid comment: the item is named but not drawn.
            text.Append("    %% Chưa xác định được ngày: ").Append(MermaidText.Escape($"{Title(entry)} ({entry.Id})")).Append('\n');
            return;
        }

        var label = Label(entry, pending);

        var tags = new List<string>();
        if (IsFinished(entry))
        {
            tags.Add("done");
        }

        if (entry.Overdue)
        {
            tags.Add("crit");
        }

        var milestone = through <= from;
        if (milestone)
        {
            tags.Add("milestone");
        }

        tags.Add(MermaidText.Id(entry.Id, ids));
        tags.Add(DayNames.IsoDate(milestone ? through : from));
        // A milestone has no length; a bar's end is exclusive, so the day after its last day.
        tags.Add(milestone ? "0d" : DayNames.IsoDate(through.PlusDays(1)));
        text.Append("    ").Append(label).Append(" :").Append(string.Join(", ", tags)).Append('\n');
    }

    private static string Label(TimelineEntry entry, bool pending)
    {
        var label = Title(entry);
        var notes = new List<string>();
        if (pending)
        {
            notes.Add("dự kiến");
        }

        if (entry.Overdue)
        {
            notes.Add("quá hạn");
        }

        if (entry.Late)
        {
            notes.Add("trễ hạn");
        }

        if (entry.Status == nameof(PlanTaskStatus.Waived))
        {
            notes.Add("miễn thực hiện");
        }

        if (entry.Kind == EntityKind.Session && entry.Status is nameof(SessionStatus.Cancelled) or nameof(SessionStatus.Postponed))
        {
            notes.Add(entry.Status == nameof(SessionStatus.Cancelled) ? "đã hủy" : "hoãn");
        }

        return MermaidText.Escape(notes.Count == 0 ? label : $"{label} ({string.Join(", ", notes)})");
    }

    private static string Title(TimelineEntry entry) => string.IsNullOrWhiteSpace(entry.Title) ? entry.Id : entry.Title;

    private static bool IsFinished(TimelineEntry entry) =>
        entry.DoneOn is not null
        || (entry.Kind == EntityKind.Task && entry.Status is nameof(PlanTaskStatus.Done) or nameof(PlanTaskStatus.Waived))
        || (entry.Kind == EntityKind.Session && entry.Status is nameof(SessionStatus.AnsweredInWriting) or nameof(SessionStatus.Closed));
}
