using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Deadlines;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Dialogue.Workflows.Tests.Deadlines;

/// <summary>The cheap due-date path the engine uses on every command agrees with the explained one for every rule.</summary>
public sealed class DueOnlyTests
{
    private static readonly LocalDate First = new(2016, 1, 1);

    [Property(MaxTest = 300)]
    public Property DueOnly_AgreesWithCompute_ForEveryRuleAndAnchor() => Prop.ForAll(
        Gen.Choose(0, 3650).ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), Gen.Choose(0, 8).ToArbitrary(),
        (offset, days, kind) =>
        {
            var anchorDate = First.PlusDays(offset);
            DeadlineRule rule = kind switch
            {
                0 => DeadlineRule.CalendarDaysBefore(days),
                1 => DeadlineRule.WorkingDaysBefore(days),
                2 => DeadlineRule.WorkingDaysBefore(days, WorkingDaysBeforeConvention.CountAnchorDay),
                3 => DeadlineRule.WithinDaysAfter(days),
                4 => DeadlineRule.WithinWorkingDaysAfter(days),
                5 => DeadlineRule.OnOrBefore(anchorDate),
                6 => DeadlineRule.Before(anchorDate),
                _ => DeadlineRule.Window(anchorDate, anchorDate.PlusDays(days)),
            };
            var anchor = Anchor.On(anchorDate, "mốc");
            var pending = Anchor.InMonth(anchorDate.Year, anchorDate.Month, "mốc");
            var calendar = WorkingCalendar.Default;
            return rule.DueOnly(rule.UsesAnchor ? anchor : null, calendar) == rule.Compute(rule.UsesAnchor ? anchor : null, calendar).Due
                && (!rule.UsesAnchor || rule.DueOnly(pending, calendar) is null);
        });
}
