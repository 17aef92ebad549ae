using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;
using static Dialogue.Workflows.Runtime.Rules.RuleText;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>An extended deadline lies within the working calendar's range, where it can be counted and shown.</summary>
internal sealed class ExtensionInRangeRule : CommandRule
{
    public override string Code => "task.extension-out-of-range";

    public override string Title => "Ngày gia hạn nằm trong phạm vi lịch làm việc";

    public override string EnglishTitle => "An extended deadline lies within the working calendar's range";

    public override IReadOnlyList<Type> Governs { get; } = [typeof(ExtendDeadline)];

    public override GuardResult Check(RuleContext context)
    {
        var due = ((ExtendDeadline)context.Command).NewDue;
        return due >= WorkingCalendar.MinDate && due <= WorkingCalendar.MaxDate
            ? Pass()
            : Fail($"Ngày gia hạn {Vi(due)} nằm ngoài phạm vi lịch làm việc ({Vi(WorkingCalendar.MinDate)}–{Vi(WorkingCalendar.MaxDate)}).",
                $"The extended due date {Iso(due)} is outside the working calendar's range ({Iso(WorkingCalendar.MinDate)} to {Iso(WorkingCalendar.MaxDate)}).");
    }
}
