using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;
using static Dialogue.Workflows.Runtime.Rules.RuleText;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>A session's date lies in the working calendar's range, where deadlines can be counted.</summary>
internal sealed class SessionDateInRangeRule : CommandRule
{
    public override string Code => "session.date-out-of-range";

    public override string Title => "Ngày đối thoại nằm trong phạm vi lịch làm việc";

    public override string EnglishTitle => "A session's date lies within the working calendar's range";

    public override IReadOnlyList<Type> Governs { get; } = [typeof(ScheduleSession), typeof(RescheduleSession), typeof(AddAdHocSession)];

    public override GuardResult Check(RuleContext context) =>
        context.SessionDate is not { } date || (date >= WorkingCalendar.MinDate && date <= WorkingCalendar.MaxDate)
            ? Pass()
            : Fail($"Ngày {Vi(date)} nằm ngoài phạm vi lịch làm việc ({Vi(WorkingCalendar.MinDate)}–{Vi(WorkingCalendar.MaxDate)}).",
                $"{Iso(date)} is outside the working calendar's range ({Iso(WorkingCalendar.MinDate)} to {Iso(WorkingCalendar.MaxDate)}).");
}
