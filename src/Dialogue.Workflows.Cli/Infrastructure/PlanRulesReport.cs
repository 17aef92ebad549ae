using System.Text.Json;
using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Authorization;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>
/// A plan's rules as <c>plan preview</c> and <c>plan show</c> print them: lead time, each session's
/// planned period, minimum sessions, petition windows, exclusions, routing by domain, report
/// recipients, who may take each action, and the rules checked on commands with whether a deviation may set each aside.
/// </summary>
internal static class PlanRulesReport
{
    /// <summary>Writes the rules as text.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="view">The plan and what the engine says of it.</param>
    public static void WriteText(TextWriter output, PlanView view)
    {
        var definition = view.Plan.Definition;
        var rules = definition.Rules;
        var petitions = definition.Petitions;
        output.WriteLine("Rules of the plan (quy định của kế hoạch):");
        output.WriteLine("  Sessions, planned period:");
        foreach (var session in view.Plan.Sessions)
        {
            var planned = session.Planned;
            output.WriteLine($"    {session.Key}: {planned.EnglishLabel} — {planned.Label} ({DateText.Iso(planned.Period.Start)} … {DateText.Iso(planned.Period.End)})");
        }

        output.WriteLine($"  Announcement lead time: {Describe(rules.AnnouncementLeadTime, "the session", "ngày tổ chức đối thoại")}");
        output.WriteLine($"  Minimum sessions a year: {(rules.MinimumSessionsPerYear == 0 ? "none — không quy định" : rules.MinimumSessionsPerYear.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
        output.WriteLine($"  Ad-hoc sessions: {YesNo(rules.AllowsAdHocSessions)}; written answers instead of a meeting: {YesNo(rules.AllowsWrittenAnswersInsteadOfSession)}; "
            + $"announcement required: {YesNo(rules.RequiresAnnouncement)}; conclusion notice required: {YesNo(rules.RequiresConclusionNotice)}");
        if (rules.SessionPrerequisites.Count > 0)
        {
            output.WriteLine($"  A session comes after the due date of: {string.Join(", ", rules.SessionPrerequisites)}");
        }

        output.WriteLine($"  Petition registration window: {Describe(petitions.RegistrationWindow, Anchor(petitions.RegistrationAnchor).En, Anchor(petitions.RegistrationAnchor).Vi)}");
        output.WriteLine($"  Petitions raised at the session: {(petitions.AcceptsAtSession ? "accepted" : "not accepted")}");
        output.WriteLine($"  Petition answer deadline: {Describe(petitions.AnswerDeadline, AnswerAnchor(petitions.AnswerAnchor).En, AnswerAnchor(petitions.AnswerAnchor).Vi)}");
        output.WriteLine($"  Excluded categories: {(petitions.ExcludedCategories.Count == 0 ? "none" : string.Join(", ", petitions.ExcludedCategories.Select(CliOptions.Kebab)))}");
        output.WriteLine(petitions.Routes.Count == 0 ? "  Routing by domain: none" : "  Routing by domain:");
        foreach (var route in petitions.Routes)
        {
            var unit = route.Unit is null ? string.Empty : $" [unit {route.Unit}]";
            output.WriteLine($"    {route.Domain}: {route.EnglishName} → {route.EnglishAnsweredBy}{unit} — {route.Name} → {route.AnsweredBy}");
        }

        output.WriteLine(definition.ReportRecipients.Count == 0 ? "  Report recipients: none named" : "  Report recipients:");
        foreach (var recipient in definition.ReportRecipients)
        {
            output.WriteLine($"    - {recipient.EnglishName} — {recipient.Name}");
        }

        output.WriteLine("Authority (who may act — thẩm quyền):");
        foreach (var (action, who) in view.Authority)
        {
            foreach (var line in Who(definition, action, who))
            {
                output.WriteLine($"  {action}: {line.EnglishText} — {line.Text}");
            }
        }

        var authority = definition.Authority;
        if (authority.RecordingUnits.Count > 0)
        {
            output.WriteLine($"  Recording units (record an unsigned act on another unit's behalf): {string.Join(", ", authority.RecordingUnits.Select(u => Unit(definition, u)))}");
        }

        output.WriteLine($"  Deputies sign KT. for the head: {YesNo(authority.AllowsDeputies)}");
        output.WriteLine("Rules checked on commands (code; whether a recorded deviation may set it aside):");
        foreach (var rule in view.Rules)
        {
            output.WriteLine($"  {rule.Code} [{(rule.AllowsDeviation ? "deviation allowed" : "no deviation")}]: {rule.EnglishTitle} — {rule.Title}");
        }

        // The plan's notes carry what a type records beside its rules: the bodies after the 2025 reform, the merged wards, the readings.
        output.WriteLine(definition.Notes.Count == 0 ? "Notes (ghi chú): none." : "Notes (ghi chú):");
        foreach (var note in definition.Notes)
        {
            output.WriteLine($"  - {(note.Clause is null ? string.Empty : $"[{note.Clause}] ")}{note.Text}");
            output.WriteLine($"    {note.EnglishText}");
        }
    }

    /// <summary>Writes the <c>rules</c>, <c>authority</c> and <c>notes</c> properties of a plan's JSON object.</summary>
    /// <param name="writer">The writer, inside the plan's object.</param>
    /// <param name="view">The plan and what the engine says of it.</param>
    public static void WriteJson(Utf8JsonWriter writer, PlanView view)
    {
        var definition = view.Plan.Definition;
        var rules = definition.Rules;
        var petitions = definition.Petitions;
        writer.WriteStartObject("rules");
        JsonOutput.Objects(writer, "sessions", view.Plan.Sessions, (w, session) =>
        {
            w.WriteString("key", session.Key);
            w.WriteString("planned", session.Planned.Label);
            w.WriteString("englishPlanned", session.Planned.EnglishLabel);
            PlanJson.Date(w, "from", session.Planned.Period.Start);
            PlanJson.Date(w, "to", session.Planned.Period.End);
        });
        Deadline(writer, "announcementLeadTime", rules.AnnouncementLeadTime, "sessionDate");
        writer.WriteNumber("minimumSessionsPerYear", rules.MinimumSessionsPerYear);
        writer.WriteBoolean("allowsAdHocSessions", rules.AllowsAdHocSessions);
        writer.WriteBoolean("allowsWrittenAnswersInsteadOfSession", rules.AllowsWrittenAnswersInsteadOfSession);
        writer.WriteBoolean("requiresAnnouncement", rules.RequiresAnnouncement);
        writer.WriteBoolean("requiresConclusionNotice", rules.RequiresConclusionNotice);
        PlanJson.Strings(writer, "sessionPrerequisites", rules.SessionPrerequisites);
        writer.WriteStartObject("petitions");
        Deadline(writer, "registrationWindow", petitions.RegistrationWindow, JsonOutput.Kind(petitions.RegistrationAnchor));
        writer.WriteBoolean("acceptsAtSession", petitions.AcceptsAtSession);
        Deadline(writer, "answerDeadline", petitions.AnswerDeadline, JsonOutput.Kind(petitions.AnswerAnchor));
        PlanJson.Strings(writer, "excludedCategories", petitions.ExcludedCategories.Select(CliOptions.Kebab));
        writer.WriteEndObject();
        JsonOutput.Objects(writer, "routes", petitions.Routes, (w, route) =>
        {
            w.WriteString("domain", route.Domain);
            w.WriteString("name", route.Name);
            w.WriteString("englishName", route.EnglishName);
            w.WriteString("answeredBy", route.AnsweredBy);
            w.WriteString("englishAnsweredBy", route.EnglishAnsweredBy);
            w.WriteString("unit", route.Unit);
        });
        JsonOutput.Objects(writer, "reportRecipients", definition.ReportRecipients, (w, recipient) =>
        {
            w.WriteString("name", recipient.Name);
            w.WriteString("englishName", recipient.EnglishName);
        });
        JsonOutput.Objects(writer, "checks", view.Rules, (w, rule) =>
        {
            w.WriteString("code", rule.Code);
            w.WriteString("title", rule.Title);
            w.WriteString("englishTitle", rule.EnglishTitle);
            w.WriteBoolean("allowsDeviation", rule.AllowsDeviation);
        });
        writer.WriteEndObject();

        writer.WriteStartObject("authority");
        writer.WriteStartArray("actions");
        foreach (var (action, who) in view.Authority)
        {
            writer.WriteStartObject();
            writer.WriteString("action", action.ToString());
            RefusalReport.WhoList(writer, "mayAct", Who(definition, action, who));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        PlanJson.Strings(writer, "recordingUnits", definition.Authority.RecordingUnits);
        writer.WriteBoolean("allowsDeputies", definition.Authority.AllowsDeputies);
        writer.WriteEndObject();

        JsonOutput.Objects(writer, "notes", definition.Notes, (w, note) =>
        {
            w.WriteString("text", note.Text);
            w.WriteString("englishText", note.EnglishText);
            w.WriteString("clause", note.Clause);
        });
    }

    /// <summary>
    /// Who may take an action, with the fallback for tasks spelt out: without an entity the engine
    /// cannot name a task's owner, so a plan without a grant for completing tasks reads "each task's owner".
    /// </summary>
    private static IReadOnlyList<WhoMayAct> Who(PlanDefinition definition, PlanAction action, IReadOnlyList<WhoMayAct> who)
    {
        if (action != PlanAction.CompleteTask || definition.Authority.For(PlanAction.CompleteTask).Count > 0)
        {
            return who;
        }

        var recording = definition.Authority.RecordingUnits;
        return recording.Count == 0
            ? [new WhoMayAct("Đơn vị chủ trì của từng nhiệm vụ", "Each task's owner unit")]
            : [new WhoMayAct($"Đơn vị chủ trì của từng nhiệm vụ; {string.Join(", ", recording.Select(u => definition.FindUnit(u)?.Name ?? u))} ghi nhận thay",
                $"Each task's owner unit; {string.Join(", ", recording.Select(u => definition.FindUnit(u)?.EnglishName ?? u))} recording on its behalf")];
    }

    private static string Unit(PlanDefinition definition, string key) => definition.FindUnit(key) is { } unit ? $"{key} ({unit.EnglishName})" : key;

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Describe(DeadlineRule? rule, string anchor, string vietnameseAnchor)
    {
        if (rule is null)
        {
            return "none — không quy định";
        }

        var (vi, en) = Words(rule);
        var words = rule.UsesAnchor ? $"{en} {anchor} — {vi} {vietnameseAnchor}" : $"{en} — {vi}";
        return rule.Phrase is { } phrase ? $"{words} (“{phrase}”)" : words;
    }

    private static void Deadline(Utf8JsonWriter writer, string name, DeadlineRule? rule, string anchor)
    {
        if (rule is null)
        {
            writer.WriteNull(name);
            return;
        }

        var (vi, en) = Words(rule);
        writer.WriteStartObject(name);
        writer.WriteString("text", vi);
        writer.WriteString("englishText", en);
        writer.WriteString("anchor", rule.UsesAnchor ? anchor : null);
        writer.WriteString("phrase", rule.Phrase);
        writer.WriteEndObject();
    }

    private static (string Vi, string En) Words(DeadlineRule rule) => rule switch
    {
        WorkingDaysBeforeRule r => ($"ít nhất {r.Days} ngày làm việc trước", $"at least {Wording.Count(r.Days, "working day")} before"),
        CalendarDaysBeforeRule r => ($"trước {r.Days} ngày", $"{Wording.Count(r.Days, "day")} before"),
        WithinWorkingDaysAfterRule r => ($"trong {r.Days} ngày làm việc sau", $"within {Wording.Count(r.Days, "working day")} after"),
        WithinDaysAfterRule r => ($"trong {r.Days} ngày sau", $"within {Wording.Count(r.Days, "day")} after"),
        OnOrBeforeDateRule r => ($"chậm nhất ngày {DateText.Vietnamese(r.Date)}", $"on or before {DateText.Iso(r.Date)}"),
        BeforeDateRule r => ($"trước ngày {DateText.Vietnamese(r.Date)}", $"before {DateText.Iso(r.Date)}"),
        DateWindowRule r => ($"từ ngày {DateText.Vietnamese(r.From)} đến hết ngày {DateText.Vietnamese(r.To)}", $"from {DateText.Iso(r.From)} to {DateText.Iso(r.To)}"),
        _ => (rule.ToString(), rule.ToString()),
    };

    private static (string Vi, string En) Anchor(AnchorPoint anchor) => anchor switch
    {
        AnchorPoint.SessionDate => ("ngày tổ chức đối thoại", "the session"),
        AnchorPoint.SessionHeld => ("ngày đối thoại diễn ra", "the session held"),
        AnchorPoint.ConclusionIssued => ("ngày ban hành thông báo kết luận", "the conclusion notice"),
        AnchorPoint.TaskDone => ("ngày hoàn thành việc trước", "the preceding task done"),
        _ => (string.Empty, string.Empty),
    };

    private static (string Vi, string En) AnswerAnchor(PetitionAnswerAnchor anchor) => anchor switch
    {
        PetitionAnswerAnchor.Received => ("ngày nhận được kiến nghị", "the petition received"),
        PetitionAnswerAnchor.Assigned => ("ngày giao xử lý", "the petition assigned"),
        PetitionAnswerAnchor.SessionHeld => ("ngày đối thoại diễn ra", "the session held"),
        PetitionAnswerAnchor.ConclusionIssued => ("ngày ban hành thông báo kết luận", "the conclusion notice"),
        _ => (string.Empty, string.Empty),
    };
}
