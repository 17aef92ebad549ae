using System.Reflection;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Events;
using NodaTime;
using NodaTime.Text;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>How the history shows an event: its stored name, what it was about, and its time in Vietnam.</summary>
internal static class EventText
{
    private static readonly OffsetDateTimePattern WithOffset = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    private static readonly LocalDateTimePattern LocalTime = LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm:ss");

    /// <summary>The event's stable stored name, e.g. <c>session-held</c>.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The name.</returns>
    public static string Name(PlanEvent e) => e.GetType().GetCustomAttribute<PlanEventNameAttribute>()?.Name ?? e.GetType().Name;

    /// <summary>When it was recorded, in Asia/Ho_Chi_Minh local time: <c>2023-09-15 08:30:00</c>.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The text.</returns>
    public static string Local(Instant at) => LocalTime.Format(at.InZone(VietnamTime.Zone).LocalDateTime);

    /// <summary>The instant as ISO 8601 with Vietnam's offset: <c>2023-09-15T08:30:00+07:00</c>.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The text.</returns>
    public static string Offset(Instant at) => WithOffset.Format(at.InZone(VietnamTime.Zone).ToOffsetDateTime());

    /// <summary>What the event was about, in one line.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The details.</returns>
    public static string Details(PlanEvent e) => e switch
    {
        PlanCreated x => $"{x.TypeKey}@{x.TypeVersion} {string.Join(' ', x.Parameters.Where(p => p.Key == "session").SelectMany(p => p.Value.Select(v => $"session={v}")))}".TrimEnd(),
        PlanCancelled x => $"reason: {x.Reason}",
        SessionScheduled x => $"{x.Session} on {DateText.Iso(x.Date)}{(x.Venue is null ? string.Empty : $" at {x.Venue}")}",
        SessionRescheduled x => $"{x.Session} {DateText.Iso(x.OldDate)} → {DateText.Iso(x.NewDate)}: {x.Reason}",
        SessionPostponed x => $"{x.Session}: {x.Reason}",
        SessionCancelled x => $"{x.Session}: {x.Reason}",
        AdHocSessionAdded x => $"{x.Session} '{x.Title}' on {DateText.Iso(x.Date)}",
        SessionAnnounced x => $"{x.Session} on {DateText.Iso(x.On)}",
        SessionHeld x => $"{x.Session} on {DateText.Iso(x.On)}",
        SessionAnsweredInWriting x => $"{x.Session} on {DateText.Iso(x.On)}: {x.Reason}",
        SessionConcluded x => $"{x.Session} on {DateText.Iso(x.On)}",
        SessionReported x => $"{x.Session} on {DateText.Iso(x.On)} to {string.Join("; ", x.Recipients)}",
        SessionClosed x => $"{x.Session} on {DateText.Iso(x.On)}",
        TaskCompleted x => $"{x.Task} on {DateText.Iso(x.On)}{(x.Late ? $" (late: due {DateText.Iso(x.Due!.Value)})" : string.Empty)}",
        TaskWaived x => $"{x.Task}: {x.Reason}",
        DeadlineExtended x => $"{x.Task} to {DateText.Iso(x.NewDue)}: {x.Reason}",
        DeadlinesRecalculated x => $"{x.Deadlines.Count} deadline(s), policy {x.Policy}",
        PetitionReceived x => $"{x.Petition} '{x.Subject}' from {x.Petitioner} ({CliOptions.Kebab(x.Channel)}) on {DateText.Iso(x.On)}{(x.OnTime ? string.Empty : ", after the window")}",
        PetitionClassified x => $"{x.Petition} as {CliOptions.Kebab(x.Category)}{(x.Domain is null ? string.Empty : $", domain {x.Domain}")}",
        PetitionAssigned x => $"{x.Petition} to {x.Unit}{(x.AnswerDue is { } due ? $", answer due {DateText.Iso(due)}" : string.Empty)}",
        PetitionAnswered x => $"{x.Petition} {CliOptions.Kebab(x.Mode)}: {x.Summary}{(x.Late ? " (late)" : string.Empty)}",
        PetitionRedirected x => $"{x.Petition} to {x.CompetentBody}: {x.Guidance}",
        PetitionEscalated x => $"{x.Petition} to {x.To}",
        PetitionRejected x => $"{x.Petition} ({CliOptions.Kebab(x.Reason)}): {x.Explanation}",
        PetitionResultNotified x => $"{x.Petition}{(x.Channel is null ? string.Empty : $" by {x.Channel}")}",
        PetitionClosed x => x.Petition,
        RuleDeviated x => $"{x.Rule} set aside for {x.Command}{(x.Entity is null ? string.Empty : $" {x.Entity}")}: {x.Reason} (the rule: {x.EnglishViolation})",
        _ => string.Empty,
    };
}
