using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;
using static Dialogue.Workflows.Runtime.Rules.RuleText;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>
/// A duty at or after a session (answering at the conference, the conclusion notice, the report) is
/// done only once that session has been held, or answered in writing instead, and not before that day.
/// </summary>
internal sealed class TaskAfterSessionRule : CommandRule
{
    public override string Code => "task.session-not-held";

    public override string Title => "Nhiệm vụ tại và sau hội nghị chỉ hoàn thành khi buổi đối thoại đã diễn ra";

    public override string EnglishTitle => "A duty at or after a session is done only once the session has taken place";

    public override bool ReadsOnlyState => true;

    public override IReadOnlyList<Type> Governs { get; } = [typeof(CompleteTask)];

    public override GuardResult Check(RuleContext context)
    {
        var task = context.Plan.Task(((CompleteTask)context.Command).Task);
        if (task.Session is null || task.Definition.Phase is not (TaskPhase.At or TaskPhase.After))
        {
            return Pass();
        }

        var session = context.Plan.Session(task.Session);
        var took = session.TookPlaceOn;
        if (took is { } day && day <= context.Today)
        {
            return Pass();
        }

        return took is null
            ? Fail($"Nhiệm vụ \"{task.Definition.Title}\" thuộc giai đoạn {(task.Definition.Phase == TaskPhase.At ? "tại" : "sau")} hội nghị: buổi '{session.Key}' chưa diễn ra.",
                $"\"{task.Definition.EnglishTitle}\" belongs {(task.Definition.Phase == TaskPhase.At ? "at" : "after")} the session: session '{session.Key}' has not taken place.")
            : Fail($"Nhiệm vụ \"{task.Definition.Title}\" không thể hoàn thành ngày {Vi(context.Today)}, trước buổi '{session.Key}' ({Vi(took)}).",
                $"\"{task.Definition.EnglishTitle}\" cannot be done on {Iso(context.Today)}, before session '{session.Key}' ({Iso(took)}).");
    }
}
