using System.Text.Json;
using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Events;
using Dialogue.Workflows.Storage;
using NodaTime;

namespace Dialogue.Workflows.Runtime;

/// <summary>
/// Writes a plan's state — everything the fold of its events keeps — as JSON, and restores a plan from it.
/// </summary>
/// <remarks>
/// <para>
/// The body holds the plan's creation event (from which the definition is rebuilt, as a replay does), its status, document
/// number and cancellation reason, every session, task and petition with its state machine's state and every field the fold
/// sets, and the deviations. It holds no other event: a plan restored from it starts its <see cref="PlanInstance.Events"/>
/// after the snapshot. Restoring checks that every session and task the body names exists in the definition; a body that
/// does not fit throws <see cref="JsonException"/>, and the engine then replays the events instead.
/// </para>
/// <para>
/// The layout is <see cref="DialogueEngine.SnapshotFormat"/>: change it (or what the fold keeps) and that number goes up, so
/// that snapshots written before are ignored and replaced.
/// </para>
/// </remarks>
internal sealed class PlanSnapshotSerializer(PlanEventSerializer events)
{
    private readonly JsonSerializerOptions _options = events.Options;

    /// <summary>The plan's state as a snapshot body.</summary>
    public string Write(PlanInstance plan)
    {
        var body = new Body(
            events.Serialize(plan.Created), plan.Version, plan.Status, plan.DocumentNumber, plan.CancellationReason,
            [.. plan.Sessions.Select(s => new SessionState(s.Key, s.Title, s.IsAdHoc, s.IsAdHoc ? s.Planned.Date : null, s.Venue, s.Scope, s.Topic, s.Replaces, s.Status,
                s.Date, s.AnnouncedOn, s.HeldOn, s.ConcludedOn, s.AnsweredInWritingOn, s.ConclusionNotice, s.ReportedOn, s.ReportedTo, s.ClosedOn, s.Reason,
                [.. s.DateChanges]))],
            [.. plan.Tasks.Select(t => new TaskState(t.Id, t.Definition.Key, t.Definition.Owner, t.Session, t.Petition, t.Status, t.RecordedDue, t.ExtendedDue, t.NotedDue,
                t.DoneOn, t.DoneLate, t.Reason, t.CalendarMove, t.CalendarMovePolicy))],
            [.. plan.Petitions.Select(p => new PetitionState(p.Id, p.Session, p.Subject, p.Petitioner, p.Address, p.Channel, p.ReceivedOn, p.OnTime, p.Status,
                p.Category, p.Domain, p.AssignedTo, p.AssignedOn, p.AnswerDue, p.AnswerMode, p.Outcome, p.ResolvedOn, p.AnsweredLate, p.RejectionReason,
                p.NotifiedOn, p.ClosedOn))],
            [.. plan.Deviations.Select(events.Serialize)]);
        // Event ids are new on every serialization; a snapshot's bytes must depend on the state only.
        body = body with
        {
            Created = body.Created with { EventId = Guid.Empty },
            Deviations = [.. body.Deviations.Select(d => d with { EventId = Guid.Empty })],
        };
        return JsonSerializer.Serialize(body, _options);
    }

    /// <summary>Restores a plan from a body.</summary>
    /// <exception cref="JsonException">The body cannot be read or does not fit the definition.</exception>
    public PlanInstance Restore(string data, Func<PlanCreated, PlanDefinition> define)
    {
        var body = Read(data);
        if (events.Deserialize(body.Created) is not PlanCreated created)
        {
            throw new JsonException("The snapshot does not start from the plan's creation.");
        }

        var definition = define(created);
        return PlanInstance.Restore(created, definition, body.Version, plan =>
        {
            plan.RestoreHeader(body.Status, body.Document, body.CancellationReason);
            foreach (var s in body.Sessions)
            {
                var planned = s.IsAdHoc
                    ? Anchor.On(s.PlannedDate ?? throw new JsonException($"Ad-hoc session '{s.Key}' has no date."), "ngày tổ chức đối thoại", "day of the session")
                    : definition.Sessions.FirstOrDefault(d => d.Key == s.Key)?.When ?? throw new JsonException($"The definition has no session '{s.Key}'.");
                var session = new SessionInstance(s.Key, s.Title, planned, s.Venue, s.Scope, s.Topic, s.IsAdHoc)
                {
                    Replaces = s.Replaces, Status = s.Status, Date = s.Date, AnnouncedOn = s.AnnouncedOn, HeldOn = s.HeldOn, ConcludedOn = s.ConcludedOn,
                    AnsweredInWritingOn = s.AnsweredInWritingOn, ConclusionNotice = s.ConclusionNotice, ReportedOn = s.ReportedOn, ReportedTo = s.ReportedTo,
                    ClosedOn = s.ClosedOn, Reason = s.Reason,
                };
                foreach (var change in s.DateChanges)
                {
                    session.AddDateChange(change);
                }

                plan.SessionList.Add(session);
            }

            foreach (var t in body.Tasks)
            {
                var taskDefinition = t.Petition is not null
                    ? definition.Petitions.AnswerProposal?.ForUnit(t.Owner) ?? throw new JsonException($"Task '{t.Id}' answers a petition, but the plan sets no answer duty.")
                    : definition.Tasks.FirstOrDefault(d => d.Key == t.Key) ?? throw new JsonException($"The definition has no task '{t.Key}'.");
                plan.TaskList.Add(new PlanTaskInstance(t.Id, taskDefinition, t.Session)
                {
                    Petition = t.Petition, Status = t.Status, RecordedDue = t.RecordedDue, ExtendedDue = t.ExtendedDue, NotedDue = t.NotedDue, DoneOn = t.DoneOn,
                    DoneLate = t.DoneLate, Reason = t.Reason, CalendarMove = t.CalendarMove, CalendarMovePolicy = t.CalendarMovePolicy,
                });
            }

            foreach (var p in body.Petitions)
            {
                plan.PetitionList.Add(new PetitionInstance(p.Id, p.Session, p.Subject, p.Petitioner, p.Address, p.Channel, p.ReceivedOn, p.OnTime)
                {
                    Status = p.Status, Category = p.Category, Domain = p.Domain, AssignedTo = p.AssignedTo, AssignedOn = p.AssignedOn, AnswerDue = p.AnswerDue,
                    AnswerMode = p.AnswerMode, Outcome = p.Outcome, ResolvedOn = p.ResolvedOn, AnsweredLate = p.AnsweredLate, RejectionReason = p.RejectionReason,
                    NotifiedOn = p.NotifiedOn, ClosedOn = p.ClosedOn,
                });
            }

            foreach (var deviation in body.Deviations)
            {
                plan.DeviationList.Add(events.Deserialize(deviation) as RuleDeviated ?? throw new JsonException("A deviation is not a recorded rule deviation."));
            }
        });
    }

    private Body Read(string data)
    {
        var body = JsonSerializer.Deserialize<Body>(data, _options) ?? throw new JsonException("The snapshot is empty.");
        if (body.Version < 1)
        {
            throw new JsonException($"The snapshot's version {body.Version} is not a plan's.");
        }

        return body;
    }

    private sealed record Body(EventData Created, long Version, PlanStatus Status, string? Document, string? CancellationReason,
        IReadOnlyList<SessionState> Sessions, IReadOnlyList<TaskState> Tasks, IReadOnlyList<PetitionState> Petitions, IReadOnlyList<EventData> Deviations);

    private sealed record SessionState(string Key, string Title, bool IsAdHoc, LocalDate? PlannedDate, string? Venue, IReadOnlyList<string> Scope, string? Topic,
        string? Replaces, SessionStatus Status, LocalDate? Date, LocalDate? AnnouncedOn, LocalDate? HeldOn, LocalDate? ConcludedOn, LocalDate? AnsweredInWritingOn,
        string? ConclusionNotice, LocalDate? ReportedOn, IReadOnlyList<string> ReportedTo, LocalDate? ClosedOn, string? Reason,
        IReadOnlyList<SessionDateChange> DateChanges);

    private sealed record TaskState(string Id, string Key, string Owner, string? Session, string? Petition, PlanTaskStatus Status, LocalDate? RecordedDue,
        LocalDate? ExtendedDue, LocalDate? NotedDue, LocalDate? DoneOn, bool DoneLate, string? Reason, DueChange? CalendarMove, CalendarChangePolicy CalendarMovePolicy);

    private sealed record PetitionState(string Id, string? Session, string Subject, string Petitioner, string? Address, PetitionChannel Channel,
        LocalDate ReceivedOn, bool OnTime, PetitionStatus Status, PetitionCategory? Category, string? Domain, string? AssignedTo, LocalDate? AssignedOn,
        LocalDate? AnswerDue, AnswerMode? AnswerMode, string? Outcome, LocalDate? ResolvedOn, bool AnsweredLate, RejectionReason? RejectionReason,
        LocalDate? NotifiedOn, LocalDate? ClosedOn);
}
