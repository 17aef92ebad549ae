using Dialogue.Workflows.Plans;
using NodaTime;

namespace Dialogue.Workflows.Runtime;

/// <summary>A petition (kiến nghị, phản ánh) taken by a running plan, with what was done with it.</summary>
public sealed class PetitionInstance
{
    internal PetitionInstance(string id, string? session, string subject, string petitioner, string? address, PetitionChannel channel, LocalDate receivedOn, bool onTime)
    {
        Id = id;
        Session = session;
        Subject = subject;
        Petitioner = petitioner;
        Address = address;
        Channel = channel;
        ReceivedOn = receivedOn;
        OnTime = onTime;
    }

    /// <summary>The petition's id in the plan, e.g. <c>P-001</c>.</summary>
    public string Id { get; }

    /// <summary>The session it is for, if any.</summary>
    public string? Session { get; }

    /// <summary>What it is about.</summary>
    public string Subject { get; }

    /// <summary>Who brought it.</summary>
    public string Petitioner { get; }

    /// <summary>Where a written answer goes.</summary>
    public string? Address { get; }

    /// <summary>How it came in.</summary>
    public PetitionChannel Channel { get; }

    /// <summary>The day it was received.</summary>
    public LocalDate ReceivedOn { get; }

    /// <summary>Whether it came within the registration window.</summary>
    public bool OnTime { get; }

    /// <summary>Its status.</summary>
    public PetitionStatus Status { get; internal set; } = PetitionStatus.Received;

    /// <summary>Its category, once classified.</summary>
    public PetitionCategory? Category { get; internal set; }

    /// <summary>Its domain, once classified (for routing the answer).</summary>
    public string? Domain { get; internal set; }

    /// <summary>The unit preparing the answer.</summary>
    public string? AssignedTo { get; internal set; }

    /// <summary>The day it was forwarded to that unit.</summary>
    public LocalDate? AssignedOn { get; internal set; }

    /// <summary>The answer's due date, if the plan sets one.</summary>
    public LocalDate? AnswerDue { get; internal set; }

    /// <summary>How it was answered.</summary>
    public AnswerMode? AnswerMode { get; internal set; }

    /// <summary>The answer, the guidance, the escalation or the rejection, in short.</summary>
    public string? Outcome { get; internal set; }

    /// <summary>The day of the answer, redirection, escalation or rejection.</summary>
    public LocalDate? ResolvedOn { get; internal set; }

    /// <summary>Whether it was answered after its due date.</summary>
    public bool AnsweredLate { get; internal set; }

    /// <summary>Why it was rejected, if it was.</summary>
    public RejectionReason? RejectionReason { get; internal set; }

    /// <summary>The day the petitioner was told the result.</summary>
    public LocalDate? NotifiedOn { get; internal set; }

    /// <summary>The day it was closed.</summary>
    public LocalDate? ClosedOn { get; internal set; }

    /// <summary>Whether the petition has a result: answered, redirected, escalated or rejected (and perhaps notified and closed since).</summary>
    public bool HasResult => Status is not (PetitionStatus.Received or PetitionStatus.Classified or PetitionStatus.Assigned);

    internal PetitionInstance Clone() => (PetitionInstance)MemberwiseClone();
}
