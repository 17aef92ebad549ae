using Dialogue.Workflows.Deadlines;

namespace Dialogue.Workflows.Plans;

/// <summary>
/// A duty each forwarded petition gives the unit it is forwarded to, with its own deadline counted
/// from the day the unit received it: "Tham mưu trả lời, giải quyết … sau 03 ngày kể từ ngày nhận
/// được văn bản". The engine makes it a task of that unit when the petition is assigned
/// (<c>answer@P-001</c>), so it shows in the timeline, the due list and the deadline monitor.
/// </summary>
/// <param name="Title">The duty, in Vietnamese, close to the document's words.</param>
/// <param name="EnglishTitle">The duty, in English.</param>
/// <param name="Deadline">Its deadline, counted from the day the petition was forwarded (<see cref="AnchorPoint.PetitionAssigned"/>).</param>
/// <example>
/// <code>
/// AnswerProposal = new PetitionDuty("Tham mưu trả lời, giải quyết nội dung phiếu đăng ký", "Propose the answer to the form",
///     DeadlineRule.WithinDaysAfter(3, "sau 03 ngày kể từ ngày nhận được văn bản")) { Clause = "II.4" }
/// </code>
/// </example>
public sealed record PetitionDuty(string Title, string EnglishTitle, DeadlineRule Deadline)
{
    /// <summary>The task key the duty takes in a plan; a petition's duty has the id <c>answer@&lt;petition&gt;</c>.</summary>
    public const string TaskKey = "answer";

    /// <summary>The clause of the document that sets it.</summary>
    public string? Clause { get; init; }

    /// <summary>The duty as a task of a unit.</summary>
    /// <param name="unit">The key of the unit the petition was forwarded to.</param>
    /// <returns>The task's definition: done once per petition, counted from the day it was forwarded.</returns>
    public TaskDefinition ForUnit(string unit) => new(TaskKey, Title, EnglishTitle, unit, TaskPhase.Before)
    {
        Deadline = Deadline,
        Anchor = AnchorPoint.PetitionAssigned,
        PerSession = false,
        Clause = Clause,
    };
}
