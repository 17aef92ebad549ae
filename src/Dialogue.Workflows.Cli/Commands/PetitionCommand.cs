using System.CommandLine;
using Dialogue.Workflows.Cli.Infrastructure;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using EngineCommand = Dialogue.Workflows.Runtime.Commands.PlanCommand;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary>
/// <c>dialogue petition add|classify|assign|answer|redirect|escalate|reject|notify|close &lt;plan&gt; …</c>:
/// a citizen's petition from receipt to closing.
/// </summary>
/// <remarks>
/// The verbs share one shape (a plan, a petition, a document, the actor, the day), so they are built here
/// together. <c>petition assign</c> takes the unit it assigns to as <c>--to</c>: <c>--unit</c> is, as everywhere, the actor's unit.
/// </remarks>
internal static class PetitionCommand
{
    /// <summary>Builds the command group.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io) =>
        new("petition", "Records citizens' petitions (kiến nghị, phản ánh): received, classified, assigned, answered or redirected, escalated, rejected; notified; closed.")
        {
            Add(io),
            Classify(io),
            Assign(io),
            Answer(io),
            Redirect(io),
            Escalate(io),
            Reject(io),
            Notify(io),
            Close(io),
        };

    private static Command Add(CliIo io)
    {
        var plan = PlanArguments.Plan();
        var subject = CliOptions.Text("--subject", "What it is about.", required: true);
        var petitioner = CliOptions.Text("--petitioner", "Who brings it.", required: true);
        var address = CliOptions.Text("--address", "Where a written answer goes.");
        var session = CliOptions.Text("--session", "The session it is for (default: the plan's only session, if it has one).");
        var channel = CliOptions.Choice<PetitionChannel>("--channel", "How it came in (default: paper).");
        var date = CliOptions.Date("--date", "The day it was received, when recorded afterwards (default: today).");
        var doc = CliOptions.Text("--doc", "The form's or letter's number, if any.");
        var command = new Command("add", "Receives a petition: a registration form, a letter, or one raised at the session.")
        {
            plan, subject, petitioner, address, session, channel, date, doc,
        };
        var options = PlanOptions.ForChanging(command);
        command.SetAction(result => PlanRecorder.Record(io, result, options, result.GetValue(plan)!, (before, by) => new ReceivePetition
        {
            Session = result.GetValue(session) is { } key ? PlanLookup.Session(before, key) : before.Sessions.Count == 1 ? before.Sessions[0].Key : null,
            Subject = result.GetValue(subject)!,
            Petitioner = result.GetValue(petitioner)!,
            Address = result.GetValue(address),
            Channel = result.GetValue(channel) ?? PetitionChannel.Paper,
            By = by,
            Document = result.GetValue(doc),
            On = result.GetValue(date),
        }));
        return command;
    }

    private static Command Classify(CliIo io)
    {
        var category = CliOptions.Choice<PetitionCategory>("--category", "What kind of matter it is.", required: true);
        var domain = CliOptions.Text("--domain", "Its domain, one of the plan's routes (e.g. party, council, administration).");
        return Verb(io, "classify", "Classifies a petition by category and domain.", [category, domain],
            (result, id, by, doc, on) => new ClassifyPetition { Petition = id, Category = result.GetValue(category)!.Value, Domain = result.GetValue(domain), By = by, Document = doc, On = on });
    }

    private static Command Assign(CliIo io)
    {
        // --unit is who acts, as on every command; the unit the petition goes to is --to.
        var to = CliOptions.Text("--to", "The key of the plan's unit that prepares the answer (see the plan's steps), e.g. construction.", required: true);
        to.HelpName = "unit";
        return Verb(io, "assign", "Assigns a petition to a unit (--to) to prepare the answer; the answer deadline starts.", [to],
            (result, id, by, doc, on) => new AssignPetition { Petition = id, Unit = result.GetValue(to)!, By = by, Document = doc, On = on });
    }

    private static Command Answer(CliIo io)
    {
        var mode = CliOptions.Choice<AnswerMode>("--mode", "How it was answered.", required: true);
        var summary = CliOptions.Text("--summary", "The answer, in short.", required: true);
        return Verb(io, "answer", "Records the answer, at the session or in writing.", [mode, summary],
            (result, id, by, doc, on) => new AnswerPetition { Petition = id, Mode = result.GetValue(mode)!.Value, Summary = result.GetValue(summary)!, By = by, Document = doc, On = on });
    }

    private static Command Redirect(CliIo io)
    {
        var to = CliOptions.Text("--to", "The competent body.", required: true);
        var guidance = CliOptions.Text("--guidance", "The guidance sent to the petitioner.", required: true);
        return Verb(io, "redirect", "Records guidance sent to the competent body for a matter outside this body's authority.", [to, guidance],
            (result, id, by, doc, on) => new RedirectPetition
            {
                Petition = id, CompetentBody = result.GetValue(to)!, Guidance = result.GetValue(guidance)!, By = by, Document = doc, On = on,
            });
    }

    private static Command Escalate(CliIo io)
    {
        var to = CliOptions.Text("--to", "The body above it is reported to.", required: true);
        return Verb(io, "escalate", "Reports a matter beyond this body's authority to the level above.", [to],
            (result, id, by, doc, on) => new EscalatePetition { Petition = id, To = result.GetValue(to)!, By = by, Document = doc, On = on });
    }

    private static Command Reject(CliIo io)
    {
        var reason = CliOptions.Choice<RejectionReason>("--reason", "Why it is not taken.", required: true);
        var explanation = CliOptions.Text("--explanation", "The explanation to the petitioner.", required: true);
        return Verb(io, "reject", "Rejects a petition: out of scope, late, an excluded category, or a duplicate.", [reason, explanation],
            (result, id, by, doc, on) => new RejectPetition
            {
                Petition = id, Reason = result.GetValue(reason)!.Value, Explanation = result.GetValue(explanation)!, By = by, Document = doc, On = on,
            });
    }

    private static Command Notify(CliIo io)
    {
        var channel = CliOptions.Text("--channel", "How the petitioner was told (post, e-mail, in person …).");
        return Verb(io, "notify", "Records the petitioner told the result.", [channel],
            (result, id, by, doc, on) => new NotifyPetitionResult { Petition = id, Channel = result.GetValue(channel), By = by, Document = doc, On = on });
    }

    private static Command Close(CliIo io) =>
        Verb(io, "close", "Closes a petition.", [], (_, id, by, doc, on) => new ClosePetition { Petition = id, By = by, Document = doc, On = on });

    private static Command Verb(CliIo io, string name, string description, Option[] fields,
        Func<ParseResult, string, Actor, string?, NodaTime.LocalDate?, EngineCommand> make)
    {
        var plan = PlanArguments.Plan();
        var petition = PlanArguments.Petition();
        var doc = CliOptions.Text("--doc", "The document's number (the answer letter, the guidance), if any.");
        var date = CliOptions.Date("--date", "The day it happened, when recorded afterwards (default: today).");
        var command = new Command(name, description) { plan, petition };
        foreach (var field in fields)
        {
            command.Options.Add(field);
        }

        command.Options.Add(doc);
        command.Options.Add(date);
        var options = PlanOptions.ForChanging(command);
        command.SetAction(result => PlanRecorder.Record(io, result, options, result.GetValue(plan)!,
            (before, by) => make(result, before.Petition(result.GetValue(petition)!).Id, by, result.GetValue(doc), result.GetValue(date))));
        return command;
    }
}
