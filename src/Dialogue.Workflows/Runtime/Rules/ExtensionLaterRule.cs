using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;
using static Dialogue.Workflows.Runtime.Rules.RuleText;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>An extension (gia hạn) moves a deadline later.</summary>
internal sealed class ExtensionLaterRule : CommandRule
{
    public override string Code => "task.extension-not-later";

    public override string Title => "Gia hạn phải lùi hạn về sau";

    public override string EnglishTitle => "An extension moves the deadline later";

    public override IReadOnlyList<Type> Governs { get; } = [typeof(ExtendDeadline)];

    public override GuardResult Check(RuleContext context)
    {
        var command = (ExtendDeadline)context.Command;
        return context.Plan.Task(command.Task).Due is not { } due || command.NewDue > due
            ? Pass()
            : Fail($"Ngày gia hạn {Vi(command.NewDue)} phải sau hạn hiện tại {Vi(due)}.",
                $"The extended due date {Iso(command.NewDue)} must be after the current one, {Iso(due)}.");
    }
}
