using System.CommandLine;
using Dialogue.Workflows.Cli.Infrastructure;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using NodaTime;
using EngineCommand = Dialogue.Workflows.Runtime.Commands.PlanCommand;

namespace Dialogue.Workflows.Cli.Commands;

/// <summary>
/// <c>dialogue session schedule|announce|hold|written|conclude|report|close|postpone|reschedule|cancel &lt;plan&gt; [&lt;session&gt;]</c>
/// and <c>dialogue session add &lt;plan&gt;</c>: a session's moves, each recorded with its actor and document.
/// </summary>
/// <remarks>
/// <para>
/// <c>--date</c> is the session's date for <c>schedule</c> and the ad-hoc session's date for <c>add</c>,
/// and for every other verb the day it happened, recorded as the command's <see cref="EngineCommand.On"/>
/// — so a clerk can record on Monday that the session was held on Friday. A session's new date is
/// always <c>--to</c> (<c>reschedule</c>, and <c>postpone</c> when the new date is known); those two take no
/// <c>--date</c> at all (the day of the act is <c>--today</c>), so that a script written when <c>postpone --date</c>
/// was the new date fails as bad input rather than recording something else.
/// </para>
/// <para>The verbs share one shape, so they are built here together rather than one file each.</para>
/// </remarks>
internal static class SessionCommand
{
    /// <summary>Builds the command group.</summary>
    /// <param name="io">The streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliIo io) =>
        new("session", "Records a session's progress: schedule, announce, hold, conclude, report, close; postpone, reschedule, cancel, answer in writing; add an ad-hoc session.")
        {
            Schedule(io),
            Step(io, "announce", "Records the session's time and place announced.", (s, by, doc, on) => new AnnounceSession { Session = s, By = by, Document = doc, On = on }),
            Step(io, "hold", "Records the session held (on its date; --date when recorded afterwards).", (s, by, doc, on) => new HoldSession { Session = s, By = by, Document = doc, On = on }),
            WithReason(io, "written", "Records every registrant answered in writing because no meeting can be held.",
                (s, by, doc, on, reason) => new AnswerSessionInWriting { Session = s, By = by, Document = doc, On = on, Reason = reason }),
            Step(io, "conclude", "Records the conclusion notice (thông báo kết luận); give its number with --doc.",
                (s, by, doc, on) => new ConcludeSession { Session = s, By = by, Document = doc, On = on }),
            Report(io),
            Step(io, "close", "Closes the session: follow-up done, dossier filed.", (s, by, doc, on) => new CloseSession { Session = s, By = by, Document = doc, On = on }),
            Postpone(io),
            Reschedule(io),
            WithReason(io, "cancel", "Cancels the session.", (s, by, doc, on, reason) => new CancelSession { Session = s, By = by, Document = doc, On = on, Reason = reason }),
            Add(io),
        };

    private static Command Step(CliIo io, string name, string description, Func<string, Actor, string?, LocalDate?, EngineCommand> make)
    {
        var (command, plan, session, doc, options) = Shape(name, description);
        var date = CliOptions.Date("--date", "The day it happened, when recorded afterwards (default: today).");
        command.Options.Add(date);
        command.SetAction(result => PlanRecorder.Record(io, result, options, result.GetValue(plan)!,
            (before, by) => make(PlanLookup.Session(before, result.GetValue(session)), by, result.GetValue(doc), result.GetValue(date))));
        return command;
    }

    private static Command WithReason(CliIo io, string name, string description, Func<string, Actor, string?, LocalDate?, string, EngineCommand> make)
    {
        var (command, plan, session, doc, options) = Shape(name, description);
        var date = CliOptions.Date("--date", "The day it happened, when recorded afterwards (default: today).");
        var reason = CliOptions.Text("--reason", "Why.", required: true);
        command.Options.Add(date);
        command.Options.Add(reason);
        command.SetAction(result => PlanRecorder.Record(io, result, options, result.GetValue(plan)!,
            (before, by) => make(PlanLookup.Session(before, result.GetValue(session)), by, result.GetValue(doc), result.GetValue(date), result.GetValue(reason)!)));
        return command;
    }

    private static Command Schedule(CliIo io)
    {
        var (command, plan, session, doc, options) = Shape("schedule", "Gives a session planned for a period (or postponed) its date and venue.");
        var date = CliOptions.Date("--date", "The session's date.", required: true);
        var venue = CliOptions.Text("--venue", "Where it is held.");
        command.Options.Add(date);
        command.Options.Add(venue);
        command.SetAction(result => PlanRecorder.Record(io, result, options, result.GetValue(plan)!, (before, by) => new ScheduleSession
        {
            Session = PlanLookup.Session(before, result.GetValue(session)), Date = result.GetValue(date)!.Value, Venue = result.GetValue(venue), By = by,
            Document = result.GetValue(doc),
        }));
        return command;
    }

    private static Command Postpone(CliIo io)
    {
        var (command, plan, session, doc, options) = Shape("postpone",
            "Postpones a session: with --to it moves to that date (a reschedule; its deadlines move with it), without it waits for a new date.");
        var to = CliOptions.Date("--to", "The new date, if known.");
        var reason = CliOptions.Text("--reason", "Why.", required: true);
        command.Options.Add(to);
        command.Options.Add(reason);
        command.SetAction(result => PlanRecorder.Record(io, result, options, result.GetValue(plan)!, (before, by) =>
        {
            var key = PlanLookup.Session(before, result.GetValue(session));
            return result.GetValue(to) is { } newDate
                ? new RescheduleSession { Session = key, NewDate = newDate, Reason = result.GetValue(reason)!, By = by, Document = result.GetValue(doc) }
                : new PostponeSession { Session = key, Reason = result.GetValue(reason)!, By = by, Document = result.GetValue(doc) };
        }));
        return command;
    }

    private static Command Reschedule(CliIo io)
    {
        var (command, plan, session, doc, options) = Shape("reschedule", "Moves a session to a new date; its deadlines move with it.");
        var to = CliOptions.Date("--to", "The new date.", required: true);
        var reason = CliOptions.Text("--reason", "Why.", required: true);
        command.Options.Add(to);
        command.Options.Add(reason);
        command.SetAction(result => PlanRecorder.Record(io, result, options, result.GetValue(plan)!, (before, by) => new RescheduleSession
        {
            Session = PlanLookup.Session(before, result.GetValue(session)), NewDate = result.GetValue(to)!.Value, Reason = result.GetValue(reason)!, By = by,
            Document = result.GetValue(doc),
        }));
        return command;
    }

    private static Command Report(CliIo io)
    {
        var (command, plan, session, doc, options) = Shape("report", "Records the session's results reported (to the plan's named recipients unless --to is given).");
        var date = CliOptions.Date("--date", "The day it happened, when recorded afterwards (default: today).");
        var to = CliOptions.Texts("--to", "Who the report went to; repeat for several.");
        command.Options.Add(date);
        command.Options.Add(to);
        command.SetAction(result => PlanRecorder.Record(io, result, options, result.GetValue(plan)!, (before, by) => new ReportSession
        {
            Session = PlanLookup.Session(before, result.GetValue(session)), Recipients = result.GetValue(to) ?? [], By = by, Document = result.GetValue(doc),
            On = result.GetValue(date),
        }));
        return command;
    }

    private static Command Add(CliIo io)
    {
        var plan = PlanArguments.Plan();
        var date = CliOptions.Date("--date", "The ad-hoc session's date.", required: true);
        var title = CliOptions.Text("--title", "Its title.", required: true);
        var scope = CliOptions.Texts("--scope", "Who it is for (a commune, a residential group); repeat for several.");
        var topic = CliOptions.Text("--topic", "What it is about.");
        var venue = CliOptions.Text("--venue", "Where it is held.");
        var doc = CliOptions.Text("--doc", "The document's number.");
        var command = new Command("add", "Adds an ad-hoc session (đối thoại đột xuất), where the plan provides for them.") { plan, date, title, scope, topic, venue, doc };
        var options = PlanOptions.ForChanging(command);
        command.SetAction(result => PlanRecorder.Record(io, result, options, result.GetValue(plan)!, (_, by) => new AddAdHocSession
        {
            Title = result.GetValue(title)!, Date = result.GetValue(date)!.Value, Scope = result.GetValue(scope) ?? [], Topic = result.GetValue(topic),
            Venue = result.GetValue(venue), By = by, Document = result.GetValue(doc),
        }));
        return command;
    }

    private static (Command Command, Argument<string> Plan, Argument<string?> Session, Option<string?> Doc, PlanOptions Options) Shape(string name, string description)
    {
        var plan = PlanArguments.Plan();
        var session = PlanArguments.OptionalSession();
        var doc = CliOptions.Text("--doc", "The document's number (the notice, the conclusion, the report).");
        var command = new Command(name, description) { plan, session, doc };
        return (command, plan, session, doc, PlanOptions.ForChanging(command));
    }
}
