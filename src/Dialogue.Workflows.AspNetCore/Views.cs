using System.Text.Json;
using Dialogue.Workflows.AspNetCore.Model;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Events;
using Dialogue.Workflows.Storage;
using NodaTime;

namespace Dialogue.Workflows.AspNetCore;

/// <summary>Turns the engine's values into the endpoints' JSON shapes.</summary>
internal static class Views
{
    private static readonly PlanEventSerializer Serializer = new();

    public static DateOnly? Date(LocalDate? date) => date?.ToDateOnly();

    public static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    public static string Camel<T>(T value) where T : struct, Enum => Camel(value.ToString());

    public static string Kebab<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static PlanTypeView PlanType(IPlanType type) => new(type.Key, type.Version, new(type.Title, type.EnglishTitle),
        [.. type.Parameters.Select(p => new PlanParameterView(p.Key, Camel(p.Kind), p.Required, p.Multiple, p.Defaults, new(p.Description, p.EnglishDescription)))]);

    public static PlanSummaryView Summary(DialogueEngine engine, PlanInstance plan, Instant now)
    {
        // The counts as the read model keeps them, computed from the plan in hand.
        var row = engine.Projection(plan);
        var today = VietnamTime.Today(now);
        return new(plan.Id, plan.TypeKey, plan.TypeVersion, new(plan.Definition.Title, plan.Definition.EnglishTitle), Camel(plan.Status), plan.Version,
            plan.CreatedAt.ToDateTimeOffset())
        {
            DocumentNumber = plan.DocumentNumber,
            TenantId = plan.TenantId,
            Issuer = plan.Definition.Issuer,
            Year = plan.Definition.Year,
            OpenItems = row.Summary.OpenItems,
            OverdueItems = row.Items.Count(i => i.Due < today),
            NextDue = Date(row.Summary.NextDue),
        };
    }

    /// <summary>A plan's row of the read model; the English title is its type's, as the row keeps no English.</summary>
    public static PlanSummaryView Summary(DialogueEngine engine, PlanSummary row)
    {
        var type = engine.PlanTypes.All.FirstOrDefault(t => t.Key == row.TypeKey && t.Version == row.TypeVersion);
        var status = Enum.TryParse<PlanStatus>(row.Status, out var known) ? Camel(known) : Camel(row.Status);
        return new(row.PlanId, row.TypeKey, row.TypeVersion, new(row.Title, type?.EnglishTitle ?? row.Title), status, row.Version, row.CreatedAt.ToDateTimeOffset())
        {
            DocumentNumber = row.DocumentNumber,
            TenantId = row.TenantId,
            Issuer = row.Issuer,
            Year = row.Year,
            OpenItems = row.OpenItems,
            OverdueItems = row.OverdueItems,
            NextDue = Date(row.NextDue),
        };
    }

    public static DueItemView Due(DueEntry entry) =>
        new(entry.Item.PlanId, entry.Item.EntityId, new(entry.Item.Title, entry.Item.EnglishTitle), entry.Item.OwnerName, entry.Item.Due.ToDateOnly(),
            Camel(entry.State), entry.WorkingDays);

    public static PlanView Plan(DialogueEngine engine, PlanInstance plan, Instant now) =>
        new(Summary(engine, plan, now), plan.Parameters, [.. plan.Sessions.Select(Session)], Timeline(engine, plan, now, saved: true), [.. plan.Petitions.Select(Petition)],
            Actor(plan.CreatedBy))
        {
            CancellationReason = plan.CancellationReason,
            Notes = Notes(plan),
            Warnings = Warnings(engine, plan),
        };

    public static PreviewView Preview(DialogueEngine engine, PlanInstance plan, Instant now) =>
        new(plan.TypeKey, plan.TypeVersion, new(plan.Definition.Title, plan.Definition.EnglishTitle), [.. plan.Sessions.Select(Session)],
            Timeline(engine, plan, now, saved: false), Warnings(engine, plan))
        {
            Notes = Notes(plan),
        };

    private static IReadOnlyList<NoteView> Notes(PlanInstance plan) => [.. plan.Definition.Notes.Select(n => new NoteView(new(n.Text, n.EnglishText), n.Clause))];

    private static IReadOnlyList<WarningView> Warnings(DialogueEngine engine, PlanInstance plan) =>
        [.. engine.Lint(plan).Select(w => new WarningView(w.Code, w.Subject, new(w.Message, w.EnglishMessage), Date(w.Date)))];

    public static SessionView Session(SessionInstance session) =>
        new(session.Key, session.Title, Camel(session.Status), new(session.Planned.Label, session.Planned.EnglishLabel))
        {
            Date = Date(session.Date),
            Venue = session.Venue,
            AdHoc = session.IsAdHoc,
            AnnouncedOn = Date(session.AnnouncedOn),
            HeldOn = Date(session.HeldOn),
            Reason = session.Reason,
        };

    public static PetitionView Petition(PetitionInstance petition) =>
        new(petition.Id, Camel(petition.Status), petition.Subject, petition.Petitioner, Kebab(petition.Channel), petition.ReceivedOn.ToDateOnly())
        {
            Session = petition.Session,
            Category = petition.Category is { } category ? Kebab(category) : null,
            Domain = petition.Domain,
            AssignedTo = petition.AssignedTo,
            AnswerDue = Date(petition.AnswerDue),
            Outcome = petition.Outcome,
            ResolvedOn = Date(petition.ResolvedOn),
        };

    /// <remarks>A preview is nobody's work yet: its steps carry no due state.</remarks>
    public static IReadOnlyList<TimelineStepView> Timeline(DialogueEngine engine, PlanInstance plan, Instant now, bool saved)
    {
        var due = !saved ? [] : engine.Due(plan, now).ToDictionary(d => d.Task.Id, d => d.State, StringComparer.Ordinal);
        return [.. engine.Timeline(plan).Select(entry =>
        {
            var deadline = entry.Kind == EntityKind.Task ? engine.Explain(plan, entry.Id) : null;
            return new TimelineStepView(Camel(entry.Kind), entry.Id, new(entry.Title, entry.EnglishTitle), entry.Owner, Camel(entry.Status))
            {
                Session = entry.Session,
                Phase = entry.Phase is { } phase ? Camel(phase) : null,
                Due = Date(entry.Due),
                DueEarliest = Date(entry.DueEarliest),
                DueLatest = Date(entry.DueLatest),
                Opens = Date(entry.Opens),
                DoneOn = Date(entry.DoneOn),
                Late = entry.Late,
                Overdue = entry.Overdue,
                DueState = due.TryGetValue(entry.Id, out var state) ? Camel(state) : null,
                Clause = entry.Clause,
                Deadline = deadline is null ? null : new(deadline.Explanation.Summary, deadline.Explanation.EnglishSummary),
            };
        })];
    }

    public static DueItemView Due(PlanInstance plan, DueItem item)
    {
        var definition = item.Task.Definition;
        var owner = plan.Definition.Units.FirstOrDefault(u => u.Key == definition.Owner)?.Name ?? definition.Owner;
        return new(item.PlanId, item.Task.Id, new(definition.Title, definition.EnglishTitle), owner, item.Due.ToDateOnly(), Camel(item.State), item.WorkingDays);
    }

    public static PermittedActionView Action(PermittedAction action) =>
        new(Camel(action.Entity), action.EntityId, action.Trigger, action.Action.ToString(), PlanCommandKinds.Of(action.Action), action.Allowed,
            [.. action.Blocked.Select(b => new BlockedReasonView(b.Code, b.Reason, b.EnglishReason))], Who(action.MayAct));

    public static WhoMayActView Who(IReadOnlyList<WhoMayAct> who) => new([.. who.Select(w => w.Text)], [.. who.Select(w => w.EnglishText)]);

    public static ActorView Actor(Actor actor) => new(actor.UserId, actor.Role, actor.Unit, Camel(actor.Position), actor.Signing switch
    {
        SigningForm.OnBehalfOf => "TM.",
        SigningForm.ForTheHead => "KT.",
        SigningForm.ByOrder => "TL.",
        SigningForm.ByDelegation => "TUQ.",
        _ => "direct",
    });

    public static HistoryEntryView History(PlanEvent e, long version)
    {
        var data = Serializer.Serialize(e);
        using var document = JsonDocument.Parse(data.Data);
        return new(version, data.Type, e.At.ToDateTimeOffset(), (e.ActedOn ?? VietnamTime.Today(e.At)).ToDateOnly(), Actor(e.By), document.RootElement.Clone())
        {
            Document = e.Document,
        };
    }

    public static CommandResultView Result(CommandOutcome outcome) =>
        new(outcome.Plan.Id, outcome.CommandId, outcome.Repeated, outcome.Plan.Version, Camel(outcome.Plan.Status),
            [.. outcome.Events.Select((e, i) => History(e, outcome.FirstVersion + i))]);

    public static ExplanationView Explanation(PlanInstance plan, PlanTaskInstance task, Deadlines.Deadline deadline)
    {
        var x = deadline.Explanation;
        return new(plan.Id, task.Id, Date(deadline.Due), new(x.Summary, x.EnglishSummary), new(x.RuleDescription, x.EnglishRuleDescription),
            new(x.AnchorDescription, x.EnglishAnchorDescription), new(x.Computation, x.EnglishComputation), new(x.LegalBasis, x.EnglishLegalBasis),
            new(x.Text, x.EnglishText), [.. x.SkippedDays.Select(d => new SkippedDayView(d.Date.ToDateOnly(), new(d.Name, d.EnglishName)))])
        {
            Opens = Date(deadline.Opens),
            Recorded = task.Due is { } recorded && recorded != deadline.Due ? recorded.ToDateOnly() : null,
        };
    }
}
