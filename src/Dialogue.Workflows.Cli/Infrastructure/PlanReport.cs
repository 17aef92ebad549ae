using Dialogue.Workflows.Runtime;
using Spectre.Console;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>A stored plan as <c>plan show</c> prints it: header, sessions, timeline, petitions by outcome.</summary>
internal static class PlanReport
{
    /// <summary>Writes the plan as text tables.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="view">The plan and what the engine says of it.</param>
    public static void WriteText(PlanContext context, PlanView view)
    {
        var plan = view.Plan;
        var output = context.Io.Out;
        output.WriteLine($"Plan {plan.Id}: {plan.Definition.Title}");
        output.WriteLine($"  {plan.TypeKey}@{plan.TypeVersion}; status {plan.Status}{(plan.DocumentNumber is { } document ? $"; document {document}" : string.Empty)}; version {plan.Version}; today {DateText.Iso(context.Today)}");
        if (plan.CancellationReason is { } reason)
        {
            output.WriteLine($"  cancelled: {reason}");
        }

        output.WriteLine("Sessions:");
        foreach (var session in plan.Sessions)
        {
            var facts = new List<string> { session.Status.ToString(), PlanText.When(session) };
            if (session.Venue is { } venue)
            {
                facts.Add(venue);
            }

            AddDate(facts, "announced", session.AnnouncedOn);
            AddDate(facts, "held", session.HeldOn);
            AddDate(facts, "concluded", session.ConcludedOn);
            AddDate(facts, "reported", session.ReportedOn);
            AddDate(facts, "closed", session.ClosedOn);
            if (session.Reason is { } why)
            {
                facts.Add($"reason: {why}");
            }

            output.WriteLine($"  {session.Key}{(session.IsAdHoc ? " (ad hoc)" : string.Empty)}: {session.Title}");
            output.WriteLine($"    {string.Join("; ", facts)}");
        }

        var console = context.Io.CreateAnsiConsole();
        var table = new Table { Title = new TableTitle("Timeline") };
        table.AddColumns("#", "Due", "Phase", "Step", "Owner", "Status");
        var number = 0;
        foreach (var entry in view.Timeline)
        {
            number++;
            table.AddRow(
                new Text(number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                PlanText.Cell(entry, PlanText.Due(entry)),
                new Text(PlanText.Phase(entry)),
                new Text($"{entry.Title} [{entry.Id}]"),
                new Text(entry.Owner),
                PlanText.Cell(entry, PlanText.Status(entry)));
        }

        console.Write(table);
        var overdue = view.Timeline.Count(e => e.Overdue);
        var late = view.Timeline.Count(e => e.Late);
        output.WriteLine($"Overdue: {overdue}; done late: {late}.");
        WritePetitions(context, plan);
        PlanRulesReport.WriteText(output, view);
    }

    /// <summary>Writes the plan as one JSON object.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="view">The plan and what the engine says of it.</param>
    public static void WriteJson(PlanContext context, PlanView view)
    {
        var plan = view.Plan;
        using var json = new JsonOutput(context.Io.Out);
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteString("id", plan.Id);
        writer.WriteString("type", plan.TypeKey);
        writer.WriteNumber("typeVersion", plan.TypeVersion);
        writer.WriteString("title", plan.Definition.Title);
        writer.WriteString("status", JsonOutput.Kind(plan.Status));
        writer.WriteString("document", plan.DocumentNumber);
        writer.WriteString("cancellationReason", plan.CancellationReason);
        writer.WriteNumber("version", plan.Version);
        writer.WriteString("today", DateText.Iso(context.Today));
        writer.WriteStartArray("sessions");
        foreach (var session in plan.Sessions)
        {
            PlanJson.Session(writer, session);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("steps");
        foreach (var entry in view.Timeline)
        {
            PlanJson.Step(writer, entry, view.Deadline(entry), full: false);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("petitions");
        foreach (var petition in plan.Petitions)
        {
            PlanJson.Petition(writer, petition);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("petitionsByOutcome");
        foreach (var group in PlanText.ByOutcome(plan))
        {
            PlanJson.Strings(writer, JsonOutput.Kind(group.Key), group.Select(p => p.Id));
        }

        writer.WriteEndObject();
        writer.WriteStartArray("warnings");
        foreach (var warning in view.Warnings)
        {
            PlanJson.Warning(writer, warning);
        }

        writer.WriteEndArray();
        PlanRulesReport.WriteJson(writer, view);
        writer.WriteEndObject();
        json.Complete();
    }

    private static void WritePetitions(PlanContext context, PlanInstance plan)
    {
        var output = context.Io.Out;
        if (plan.Petitions.Count == 0)
        {
            output.WriteLine("Petitions: none.");
            return;
        }

        output.WriteLine("Petitions by outcome:");
        var console = context.Io.CreateAnsiConsole();
        foreach (var group in PlanText.ByOutcome(plan))
        {
            var table = new Table { Title = new TableTitle($"{group.Key} ({group.Count()})") };
            table.AddColumns("Id", "Received", "Subject", "Petitioner", "Category", "Unit", "Answer due", "Outcome");
            foreach (var petition in group)
            {
                var late = petition.AnsweredLate || (petition.AnswerDue is { } due && petition.ResolvedOn is null && context.Today > due);
                var dueText = petition.AnswerDue is { } d ? DateText.Iso(d) + (late ? " LATE" : string.Empty) : string.Empty;
                table.AddRow(
                    new Text(petition.Id),
                    new Text(DateText.Iso(petition.ReceivedOn) + (petition.OnTime ? string.Empty : " (after the window)")),
                    new Text(petition.Subject),
                    new Text(petition.Petitioner),
                    new Text(petition.Category is { } category ? CliOptions.Kebab(category) : string.Empty),
                    new Text(petition.AssignedTo ?? string.Empty),
                    new Markup(late ? $"[bold red]{Markup.Escape(dueText)}[/]" : Markup.Escape(dueText)),
                    new Text(petition.Outcome ?? string.Empty));
            }

            console.Write(table);
        }
    }

    private static void AddDate(List<string> facts, string what, NodaTime.LocalDate? date)
    {
        if (date is { } d)
        {
            facts.Add($"{what} {DateText.Iso(d)}");
        }
    }
}
