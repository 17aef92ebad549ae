using System.Text;
using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using NodaTime;

namespace Dialogue.Workflows.Export;

/// <summary>A plan's progress report as Markdown: sessions, the timeline, tasks, petitions by outcome, overdue items, deviations and the plan's notes.</summary>
/// <remarks>
/// <para>
/// The report is for a clerk to file or send: headings and column names are Vietnamese with the English
/// in brackets, dates are written dd/MM/yyyy as Vietnamese documents write them, and each section is a
/// table. What is overdue is what <see cref="DialogueEngine.Timeline"/> marked overdue (its clock's
/// "today"), plus every petition whose answer deadline passed before <c>asOf</c> without an answer.
/// </para>
/// <para>
/// Text from the plan and from users is written as it is, except that the characters that would break
/// a table (<c>|</c> and line breaks) are escaped or joined. Lines end in <c>\n</c>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var plan = await engine.GetAsync(planId);
/// File.WriteAllText("report.md", MarkdownReport.Render(plan, engine.Timeline(plan), VietnamTime.Today(clock)));
/// </code>
/// </example>
public static class MarkdownReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="timeline">The plan's timeline, as <see cref="DialogueEngine.Timeline"/> gives it.</param>
    /// <param name="asOf">The day the report is made (today in Vietnam): late petition answers are counted against it.</param>
    /// <returns>The Markdown text.</returns>
    public static string Render(PlanInstance plan, IReadOnlyList<TimelineEntry> timeline, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(timeline);
        var text = new StringBuilder();
        var definition = plan.Definition;
        text.Append("# ").Append(Cell(definition.Title)).Append('\n').Append('\n');
        text.Append("- Loại kế hoạch (plan type): ").Append(Cell(plan.TypeKey)).Append(" v").Append(plan.TypeVersion).Append('\n');
        text.Append("- Mã kế hoạch (plan id): ").Append(Cell(plan.Id)).Append('\n');
        text.Append("- Cơ quan ban hành (issuer): ").Append(Cell(definition.Issuer)).Append('\n');
        text.Append("- Số văn bản (document): ").Append(Cell(plan.DocumentNumber ?? definition.DocumentNumber ?? "—")).Append('\n');
        text.Append("- Trạng thái (status): ").Append(plan.Status).Append('\n');
        text.Append("- Ngày lập báo cáo (as of): ").Append(DayNames.ViDate(asOf)).Append('\n');
        Sessions(text, plan);
        Timeline(text, timeline);
        Tasks(text, plan, timeline);
        Petitions(text, plan, asOf);
        Overdue(text, plan, timeline, asOf);
        Deviations(text, plan);
        Notes(text, definition);
        return text.ToString();
    }

    // The definition's notes record what the plan's type adds to the document: the bodies after the 2025 reform, the merged units.
    private static void Notes(StringBuilder text, PlanDefinition definition)
    {
        if (definition.Notes.Count == 0)
        {
            return;
        }

        text.Append("\n## Ghi chú (notes)\n\n");
        foreach (var note in definition.Notes)
        {
            text.Append("- ").Append(note.Clause is null ? string.Empty : $"[{Cell(note.Clause)}] ").Append(Cell(note.Text))
                .Append(" — ").Append(Cell(note.EnglishText)).Append('\n');
        }
    }

    private static void Sessions(StringBuilder text, PlanInstance plan)
    {
        text.Append("\n## Buổi đối thoại (sessions)\n\n");
        text.Append("| Buổi (session) | Ngày (date) | Trạng thái (status) | Tổ chức (held) | Kết luận (conclusion) | Báo cáo (reported) |\n");
        text.Append("|---|---|---|---|---|---|\n");
        foreach (var session in plan.Sessions)
        {
            var when = session.Date is { } date ? DayNames.ViDate(date) : session.Planned.Label;
            var conclusion = session.ConcludedOn is { } concluded ? $"{DayNames.ViDate(concluded)} {session.ConclusionNotice}".TrimEnd() : string.Empty;
            Row(text, $"{session.Title} ({session.Key})", when, session.Status.ToString(), Date(session.HeldOn), conclusion, Date(session.ReportedOn));
        }
    }

    private static void Timeline(StringBuilder text, IReadOnlyList<TimelineEntry> timeline)
    {
        text.Append("\n## Tiến độ (timeline)\n\n");
        text.Append("| # | Hạn (due) | Giai đoạn (phase) | Việc (step) | Đơn vị (owner) | Trạng thái (status) |\n");
        text.Append("|---|---|---|---|---|---|\n");
        var number = 0;
        foreach (var entry in timeline)
        {
            number++;
            var status = entry.DoneOn is { } done ? $"{entry.Status} {DayNames.ViDate(done)}" : entry.Status;
            status = entry.Late ? $"{status}, trễ hạn (late)" : status;
            Row(text, number.ToString(System.Globalization.CultureInfo.InvariantCulture), Due(entry), Phase(entry.Phase), $"{entry.Title} ({entry.Id})", entry.Owner,
                entry.Overdue ? Strong($"{status}, quá hạn (overdue)") : status);
        }
    }

    private static void Tasks(StringBuilder text, PlanInstance plan, IReadOnlyList<TimelineEntry> timeline)
    {
        var overdue = timeline.Count(e => e.Kind == EntityKind.Task && e.Overdue);
        text.Append("\n## Nhiệm vụ (tasks)\n\n");
        text.Append("| Tổng (total) | Đang mở (open) | Quá hạn (overdue) | Đúng hạn (done on time) | Trễ hạn (done late) | Miễn (waived) |\n");
        text.Append("|---|---|---|---|---|---|\n");
        Row(text,
            Count(plan.Tasks.Count),
            Count(plan.Tasks.Count(t => t.Status == PlanTaskStatus.Open)),
            Count(overdue),
            Count(plan.Tasks.Count(t => t.Status == PlanTaskStatus.Done && !t.DoneLate)),
            Count(plan.Tasks.Count(t => t.Status == PlanTaskStatus.Done && t.DoneLate)),
            Count(plan.Tasks.Count(t => t.Status == PlanTaskStatus.Waived)));
    }

    private static void Petitions(StringBuilder text, PlanInstance plan, LocalDate asOf)
    {
        text.Append("\n## Kiến nghị theo kết quả (petitions by outcome)\n");
        if (plan.Petitions.Count == 0)
        {
            text.Append("\nKhông có kiến nghị (no petitions).\n");
            return;
        }

        foreach (var group in plan.Petitions.GroupBy(p => p.Status).OrderBy(g => g.Key))
        {
            text.Append("\n### ").Append(group.Key).Append(" (").Append(group.Count()).Append(")\n\n");
            text.Append("| Mã (id) | Ngày nhận (received) | Nội dung (subject) | Người kiến nghị (petitioner) | Loại (category) | Đơn vị (unit) | Hạn trả lời (answer due) | Kết quả (outcome) |\n");
            text.Append("|---|---|---|---|---|---|---|---|\n");
            foreach (var petition in group)
            {
                object due = Date(petition.AnswerDue);
                if (IsLate(petition, asOf))
                {
                    due = Strong($"{due}, quá hạn (overdue)");
                }
                else if (petition.AnsweredLate)
                {
                    due = $"{due}, trễ hạn (late)";
                }

                Row(text, petition.Id, DayNames.ViDate(petition.ReceivedOn), petition.Subject, petition.Petitioner, petition.Category?.ToString() ?? string.Empty,
                    petition.AssignedTo ?? string.Empty, due, petition.Outcome ?? string.Empty);
            }
        }
    }

    private static void Overdue(StringBuilder text, PlanInstance plan, IReadOnlyList<TimelineEntry> timeline, LocalDate asOf)
    {
        text.Append("\n## Quá hạn (overdue items)\n\n");
        var tasks = timeline.Where(e => e.Overdue).ToList();
        var petitions = plan.Petitions.Where(p => IsLate(p, asOf)).ToList();
        if (tasks.Count == 0 && petitions.Count == 0)
        {
            text.Append("Không có việc quá hạn (nothing overdue).\n");
            return;
        }

        foreach (var entry in tasks)
        {
            text.Append("- ").Append(Due(entry)).Append(": ").Append(Cell(entry.Title)).Append(" (").Append(Cell(entry.Id)).Append(") — ").Append(Cell(entry.Owner)).Append('\n');
        }

        foreach (var petition in petitions)
        {
            text.Append("- ").Append(Date(petition.AnswerDue)).Append(": trả lời kiến nghị (answer petition) ").Append(Cell(petition.Id)).Append(" — ")
                .Append(Cell(petition.Subject)).Append(" — ").Append(Cell(petition.AssignedTo)).Append('\n');
        }
    }

    // Only a plan that set a rule aside gets the section, so reports of plans that kept every rule read as before.
    private static void Deviations(StringBuilder text, PlanInstance plan)
    {
        if (plan.Deviations.Count == 0)
        {
            return;
        }

        text.Append("\n## Ngoại lệ đã ghi nhận (recorded deviations)\n\n");
        text.Append("| Quy tắc (rule) | Lý do (reason) | Văn bản (document) | Người quyết định (who) | Thời điểm (when) |\n");
        text.Append("|---|---|---|---|---|\n");
        foreach (var deviation in plan.Deviations)
        {
            var by = deviation.By;
            var signing = Words.Signing(by.Signing);
            var who = $"{by.UserId} ({string.Join(", ", new[] { by.Role, by.Unit, signing }.Where(p => p.Length > 0))})";
            // The day the decision was acted on; the hour only when it was recorded that same day.
            var at = deviation.At.InZone(VietnamTime.Zone).LocalDateTime;
            Row(text, deviation.Rule, deviation.Reason, deviation.Document ?? "—", who, deviation.ActedOn is { } day && day != at.Date
                ? DayNames.ViDate(day)
                : $"{DayNames.ViDate(at.Date)} {at.ToString("HH':'mm", System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }

    // A petition is overdue while it has an answer deadline that passed and no outcome yet.
    private static bool IsLate(PetitionInstance petition, LocalDate asOf) =>
        petition.AnswerDue is { } due && asOf > due && petition.Status is PetitionStatus.Received or PetitionStatus.Classified or PetitionStatus.Assigned;

    private static string Due(TimelineEntry entry) => entry switch
    {
        { Due: { } due, Opens: { } opens } => $"{DayNames.ViDate(opens)} – {DayNames.ViDate(due)}",
        { Due: { } due } => DayNames.ViDate(due),
        { DueEarliest: { } earliest, DueLatest: { } latest } when earliest == latest => $"{DayNames.ViDate(earliest)} (dự kiến)",
        { DueEarliest: { } earliest, DueLatest: { } latest } => $"{DayNames.ViDate(earliest)} … {DayNames.ViDate(latest)} (dự kiến)",
        _ => "—",
    };

    private static string Phase(TaskPhase? phase) => phase switch
    {
        TaskPhase.Before => "trước (before)",
        TaskPhase.At => "tại hội nghị (at)",
        TaskPhase.After => "sau (after)",
        _ => "buổi đối thoại (session)",
    };

    private static string Date(LocalDate? date) => date is { } d ? DayNames.ViDate(d) : string.Empty;

    private static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // A cell is a value, escaped here, or markup the report itself made around an escaped value.
    private static void Row(StringBuilder text, params object[] cells)
    {
        text.Append('|');
        foreach (var cell in cells)
        {
            text.Append(' ').Append(cell is Markup markup ? markup.Text : Cell((string)cell)).Append(" |");
        }

        text.Append('\n');
    }

    private static Markup Strong(string value) => new($"**{Cell(value)}**");

    private readonly record struct Markup(string Text);

    // Every value of a plan goes through here: cells, list items, headings and the header lines.
    private static string Cell(string? value) => MarkdownText.Escape(value);
}
