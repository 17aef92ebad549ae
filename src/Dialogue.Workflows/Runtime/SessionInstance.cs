using Dialogue.Workflows.Deadlines;
using NodaTime;

namespace Dialogue.Workflows.Runtime;

/// <summary>A session of a running plan: its status and dates.</summary>
public sealed class SessionInstance
{
    private List<SessionDateChange> _dateChanges = [];

    internal SessionInstance(string key, string title, Anchor planned, string? venue, IReadOnlyList<string> scope, string? topic, bool isAdHoc)
    {
        Key = key;
        Title = title;
        Planned = planned;
        Venue = venue;
        Scope = scope;
        Topic = topic;
        IsAdHoc = isAdHoc;
        Date = planned.Date;
        Status = planned.IsPending ? SessionStatus.Planned : SessionStatus.Scheduled;
    }

    /// <summary>The key of the cancelled or postponed session this one replaces, or null.</summary>
    public string? Replaces { get; internal set; }

    /// <summary>The session's key in the plan.</summary>
    public string Key { get; }

    /// <summary>Its title.</summary>
    public string Title { get; }

    /// <summary>When the plan first put it: a date, or a period ("Quý III/2023").</summary>
    public Anchor Planned { get; }

    /// <summary>Whether it was added as an issue arose.</summary>
    public bool IsAdHoc { get; }

    /// <summary>Who it is for.</summary>
    public IReadOnlyList<string> Scope { get; }

    /// <summary>What it is about.</summary>
    public string? Topic { get; }

    /// <summary>Its status.</summary>
    public SessionStatus Status { get; internal set; }

    /// <summary>Its date, once scheduled (null while planned for a period, or postponed).</summary>
    public LocalDate? Date { get; internal set; }

    /// <summary>Its venue.</summary>
    public string? Venue { get; internal set; }

    /// <summary>The day its time and place were announced.</summary>
    public LocalDate? AnnouncedOn { get; internal set; }

    /// <summary>The day it was held.</summary>
    public LocalDate? HeldOn { get; internal set; }

    /// <summary>The day the conclusion notice was issued.</summary>
    public LocalDate? ConcludedOn { get; internal set; }

    /// <summary>The day every registrant was answered in writing instead of a meeting, if it was.</summary>
    public LocalDate? AnsweredInWritingOn { get; internal set; }

    /// <summary>The day the session took place: held, or answered in writing instead; null before.</summary>
    public LocalDate? TookPlaceOn => HeldOn ?? AnsweredInWritingOn;

    /// <summary>The conclusion notice's number, if given.</summary>
    public string? ConclusionNotice { get; internal set; }

    /// <summary>The day results were reported.</summary>
    public LocalDate? ReportedOn { get; internal set; }

    /// <summary>Who the results were reported to.</summary>
    public IReadOnlyList<string> ReportedTo { get; internal set; } = [];

    /// <summary>The day it was closed.</summary>
    public LocalDate? ClosedOn { get; internal set; }

    /// <summary>Why it was postponed, cancelled or answered in writing, if it was.</summary>
    public string? Reason { get; internal set; }

    /// <summary>Every change of its date, oldest first.</summary>
    public IReadOnlyList<SessionDateChange> DateChanges => _dateChanges;

    /// <summary>The anchor its deadlines count from: its date when it has one, else the planned period.</summary>
    public Anchor Anchor => Date is { } date ? Planned.WithDate(date) : Planned;

    /// <summary>Whether it is finished for the plan's purposes (closed, or cancelled).</summary>
    public bool IsFinished => Status is SessionStatus.Closed or SessionStatus.Cancelled;

    internal void AddDateChange(SessionDateChange change) => _dateChanges.Add(change);

    internal SessionInstance Clone()
    {
        var copy = (SessionInstance)MemberwiseClone();
        // MemberwiseClone shares the list: the copy gets its own.
        copy._dateChanges = [.. _dateChanges];
        return copy;
    }
}
