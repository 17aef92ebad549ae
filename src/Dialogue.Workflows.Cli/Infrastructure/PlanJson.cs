using System.Text.Json;
using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Events;
using NodaTime;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>The JSON shapes of plans, timelines, sessions, petitions, events and warnings, shared by every plan command.</summary>
/// <remarks>Dates are <c>yyyy-MM-dd</c>; instants ISO 8601 with Vietnam's offset; enum values camel case; absent values null.</remarks>
internal static class PlanJson
{
    /// <summary>Writes a timeline line: a step of the plan.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="entry">The line.</param>
    /// <param name="deadline">The task's deadline with its explanation, if it has one.</param>
    /// <param name="full">Whether to include the whole explanation as well as its summary.</param>
    public static void Step(Utf8JsonWriter writer, TimelineEntry entry, Deadline? deadline, bool full)
    {
        writer.WriteStartObject();
        writer.WriteString("id", entry.Id);
        writer.WriteString("kind", JsonOutput.Kind(entry.Kind));
        writer.WriteString("title", entry.Title);
        writer.WriteString("englishTitle", entry.EnglishTitle);
        writer.WriteString("owner", entry.Owner);
        writer.WriteString("phase", entry.Phase is { } phase ? PlanText.Phase(phase) : null);
        writer.WriteString("session", entry.Session);
        Date(writer, "due", entry.Due);
        Date(writer, "dueEarliest", entry.DueEarliest);
        Date(writer, "dueLatest", entry.DueLatest);
        Date(writer, "opens", entry.Opens);
        writer.WriteString("status", JsonNamingPolicy.CamelCase.ConvertName(entry.Status));
        Date(writer, "doneOn", entry.DoneOn);
        writer.WriteBoolean("late", entry.Late);
        writer.WriteBoolean("overdue", entry.Overdue);
        writer.WriteString("clause", entry.Clause);
        if (deadline is null)
        {
            writer.WriteNull("explanation");
        }
        else
        {
            writer.WriteStartObject("explanation");
            writer.WriteString("summary", deadline.Explanation.Summary);
            writer.WriteString("englishSummary", deadline.Explanation.EnglishSummary);
            if (full)
            {
                writer.WriteString("text", deadline.Explanation.Text);
                writer.WriteString("englishText", deadline.Explanation.EnglishText);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a session.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="session">The session.</param>
    public static void Session(Utf8JsonWriter writer, SessionInstance session)
    {
        writer.WriteStartObject();
        writer.WriteString("key", session.Key);
        writer.WriteString("title", session.Title);
        writer.WriteString("status", JsonOutput.Kind(session.Status));
        Date(writer, "date", session.Date);
        writer.WriteString("planned", session.Planned.Label);
        writer.WriteString("englishPlanned", session.Planned.EnglishLabel);
        Date(writer, "earliest", session.Date ?? session.Planned.Period.Start);
        Date(writer, "latest", session.Date ?? session.Planned.Period.End);
        writer.WriteString("venue", session.Venue);
        writer.WriteBoolean("adHoc", session.IsAdHoc);
        Strings(writer, "scope", session.Scope);
        writer.WriteString("topic", session.Topic);
        Date(writer, "announcedOn", session.AnnouncedOn);
        Date(writer, "heldOn", session.HeldOn);
        Date(writer, "concludedOn", session.ConcludedOn);
        writer.WriteString("conclusionNotice", session.ConclusionNotice);
        Date(writer, "reportedOn", session.ReportedOn);
        Date(writer, "closedOn", session.ClosedOn);
        writer.WriteString("reason", session.Reason);
        writer.WriteEndObject();
    }

    /// <summary>Writes a petition.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="petition">The petition.</param>
    public static void Petition(Utf8JsonWriter writer, PetitionInstance petition)
    {
        writer.WriteStartObject();
        writer.WriteString("id", petition.Id);
        writer.WriteString("status", JsonOutput.Kind(petition.Status));
        writer.WriteString("subject", petition.Subject);
        writer.WriteString("petitioner", petition.Petitioner);
        writer.WriteString("address", petition.Address);
        writer.WriteString("session", petition.Session);
        writer.WriteString("channel", CliOptions.Kebab(petition.Channel));
        Date(writer, "receivedOn", petition.ReceivedOn);
        writer.WriteBoolean("onTime", petition.OnTime);
        writer.WriteString("category", petition.Category is { } category ? CliOptions.Kebab(category) : null);
        writer.WriteString("domain", petition.Domain);
        writer.WriteString("assignedTo", petition.AssignedTo);
        Date(writer, "answerDue", petition.AnswerDue);
        writer.WriteString("answerMode", petition.AnswerMode is { } mode ? CliOptions.Kebab(mode) : null);
        writer.WriteString("outcome", petition.Outcome);
        Date(writer, "resolvedOn", petition.ResolvedOn);
        writer.WriteBoolean("answeredLate", petition.AnsweredLate);
        writer.WriteString("rejectionReason", petition.RejectionReason is { } reason ? CliOptions.Kebab(reason) : null);
        Date(writer, "notifiedOn", petition.NotifiedOn);
        Date(writer, "closedOn", petition.ClosedOn);
        writer.WriteEndObject();
    }

    /// <summary>Writes an event of the history.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="e">The event.</param>
    /// <param name="version">Its version in the plan's stream, from 1.</param>
    /// <remarks>Each event names its actor's position (<c>head</c>, <c>deputy</c>, <c>staff</c>) and signing form (<c>TM.</c> … or null); a deviation also its rule, reason and document.</remarks>
    public static void Event(Utf8JsonWriter writer, PlanEvent e, long version)
    {
        writer.WriteStartObject();
        writer.WriteNumber("version", version);
        writer.WriteString("type", EventText.Name(e));
        writer.WriteString("at", EventText.Offset(e.At));
        writer.WriteString("localTime", EventText.Local(e.At));
        // The day the act happened, as the actor gave it; the day of "at" when recorded the same day.
        writer.WriteString("actedOn", DateText.Iso(e.ActedOn ?? VietnamTime.Today(e.At)));
        writer.WriteString("by", e.By.UserId);
        writer.WriteString("role", e.By.Role);
        writer.WriteString("unit", e.By.Unit);
        writer.WriteString("position", ActorWords.Position(e.By.Position));
        writer.WriteString("signing", ActorWords.Signing(e.By.Signing));
        writer.WriteString("document", e.Document);
        writer.WriteString("details", EventText.Details(e));
        if (e is RuleDeviated deviated)
        {
            writer.WriteStartObject("deviation");
            writer.WriteString("rule", deviated.Rule);
            writer.WriteString("command", deviated.Command);
            writer.WriteString("entity", deviated.Entity);
            writer.WriteString("reason", deviated.Reason);
            writer.WriteString("document", deviated.Document);
            writer.WriteStartObject("violation");
            writer.WriteString("vi", deviated.Violation);
            writer.WriteString("en", deviated.EnglishViolation);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a lint warning.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="warning">The warning.</param>
    public static void Warning(Utf8JsonWriter writer, PlanWarning warning)
    {
        writer.WriteStartObject();
        writer.WriteString("code", warning.Code);
        writer.WriteString("subject", warning.Subject);
        writer.WriteString("message", warning.Message);
        writer.WriteString("englishMessage", warning.EnglishMessage);
        Date(writer, "date", warning.Date);
        writer.WriteEndObject();
    }

    /// <summary>Writes an agenda item.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="item">The item.</param>
    public static void Agenda(Utf8JsonWriter writer, AgendaItem item)
    {
        writer.WriteStartObject();
        writer.WriteNumber("order", item.Order);
        writer.WriteString("title", item.Title);
        writer.WriteString("englishTitle", item.EnglishTitle);
        writer.WriteString("owner", item.Owner);
        writer.WriteString("englishOwner", item.EnglishOwner);
        writer.WriteEndObject();
    }

    /// <summary>Writes a participant group.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="group">The group.</param>
    public static void Participant(Utf8JsonWriter writer, ParticipantGroup group)
    {
        writer.WriteStartObject();
        writer.WriteString("name", group.Name);
        writer.WriteString("englishName", group.EnglishName);
        writer.WriteString("role", JsonOutput.Kind(group.Role));
        writer.WriteString("quota", group.Quota?.ToString());
        writer.WriteString("level", group.Level);
        writer.WriteString("condition", group.Condition);
        writer.WriteEndObject();
    }

    /// <summary>Writes a date property, or null.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property.</param>
    /// <param name="date">The date.</param>
    public static void Date(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, DateText.Iso(d));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes an array of strings.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property.</param>
    /// <param name="values">The strings.</param>
    public static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
