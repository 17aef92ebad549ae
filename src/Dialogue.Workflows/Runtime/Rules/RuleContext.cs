using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Runtime.Commands;
using NodaTime;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>What a <see cref="CommandRule"/> sees: the plan before the command, the command, the day it is recorded for, and the calendar.</summary>
/// <param name="Plan">The plan as it stands before the command.</param>
/// <param name="Command">The command.</param>
/// <param name="Today">The day the act is recorded for: the command's <see cref="PlanCommand.On"/>, or today in Vietnam.</param>
/// <param name="Calendar">The working calendar.</param>
public sealed record RuleContext(PlanInstance Plan, PlanCommand Command, LocalDate Today, WorkingCalendar Calendar)
{
    /// <summary>Who acts.</summary>
    public Actor Actor => Command.By;

    /// <summary>The session a session command names (null for other commands, and for an ad-hoc session not yet added).</summary>
    public SessionInstance? Session => Command switch
    {
        ScheduleSession c => Plan.Session(c.Session),
        RescheduleSession c => Plan.Session(c.Session),
        PostponeSession c => Plan.Session(c.Session),
        CancelSession c => Plan.Session(c.Session),
        AnnounceSession c => Plan.Session(c.Session),
        HoldSession c => Plan.Session(c.Session),
        AnswerSessionInWriting c => Plan.Session(c.Session),
        ConcludeSession c => Plan.Session(c.Session),
        ReportSession c => Plan.Session(c.Session),
        CloseSession c => Plan.Session(c.Session),
        _ => null,
    };

    /// <summary>The date a command gives a session (scheduling, moving, adding one), or null.</summary>
    public LocalDate? SessionDate => Command switch
    {
        ScheduleSession c => c.Date,
        RescheduleSession c => c.NewDate,
        AddAdHocSession c => c.Date,
        _ => null,
    };
}
