using Dialogue.Workflows.Deadlines;
using FsCheck.Xunit;
using NodaTime;
using static Dialogue.Workflows.Tests.Deadlines.Dates;

namespace Dialogue.Workflows.Tests.Deadlines;

/// <summary>Invariants over any anchor in the published years 2016–2026 and any N up to 60.</summary>
public sealed class DeadlinePropertyTests
{
    private static readonly LocalDate First = new(2016, 1, 1);

    [Property(MaxTest = 500)]
    public void Compute_BackwardRule_NeverAfterTheAnchorAndAlwaysAWorkingDay(uint day, byte n, byte kind)
    {
        var anchor = AnchorDate(day);
        DeadlineRule rule = (kind % 3) switch
        {
            0 => DeadlineRule.CalendarDaysBefore(Days(n)),
            1 => DeadlineRule.WorkingDaysBefore(Days(n)),
            _ => DeadlineRule.WorkingDaysBefore(Days(n), WorkingDaysBeforeConvention.CountAnchorDay),
        };

        var due = rule.Compute(Session(anchor), Vn).Due!.Value;

        Assert.True(due <= anchor, $"{rule} from {anchor}: {due}");
        Assert.True(Vn.IsWorkingDay(due), $"{rule} from {anchor}: {due}");
    }

    [Property(MaxTest = 500)]
    public void Compute_CalendarDaysBefore_IsTheLastWorkingDayOnOrBeforeAnchorMinusN(uint day, byte n)
    {
        var anchor = AnchorDate(day);
        var raw = anchor.PlusDays(-Days(n));

        var due = DeadlineRule.CalendarDaysBefore(Days(n)).Compute(Session(anchor), Vn).Due!.Value;

        Assert.True(due <= raw);
        Assert.Equal(1, Vn.CountWorkingDays(due, raw));
    }

    [Property(MaxTest = 500)]
    public void Compute_WorkingDaysBeforeExcludeBothEnds_LeavesExactlyNWorkingDaysStrictlyBetween(uint day, byte n)
    {
        var anchor = AnchorDate(day);
        var days = Days(n);

        var due = DeadlineRule.WorkingDaysBefore(days).Compute(Session(anchor), Vn).Due!.Value;

        Assert.Equal(days, StrictlyBetween(due, anchor));
        // The latest such day: the next working day would leave one too few, or not be before the anchor at all.
        var next = Vn.NextWorkingDay(due);
        Assert.True(days == 0 ? next >= anchor : StrictlyBetween(next, anchor) == days - 1, $"{anchor}: {due}, next {next}");
    }

    [Property(MaxTest = 500)]
    public void Compute_WorkingDaysBeforeCountAnchorDay_CountsExactlyNWorkingDaysUpToTheAnchor(uint day, byte n)
    {
        var anchor = AnchorDate(day);
        var days = Days(n);

        var due = DeadlineRule.WorkingDaysBefore(days, WorkingDaysBeforeConvention.CountAnchorDay).Compute(Session(anchor), Vn).Due!.Value;

        Assert.Equal(days, due == anchor ? 0 : Vn.CountWorkingDays(due.PlusDays(1), anchor));
    }

    [Property(MaxTest = 500)]
    public void Compute_ExcludeBothEnds_NeverLaterThanCountAnchorDay(uint day, byte n)
    {
        var session = Session(AnchorDate(day));

        var strict = DeadlineRule.WorkingDaysBefore(Days(n)).Compute(session, Vn).Due!.Value;
        var art147 = DeadlineRule.WorkingDaysBefore(Days(n), WorkingDaysBeforeConvention.CountAnchorDay).Compute(session, Vn).Due!.Value;

        Assert.True(strict <= art147, $"{session}: {strict} > {art147}");
        Assert.True(Vn.CountWorkingDays(strict, art147) <= 2, $"{session}: {strict} .. {art147} differ by more than one working day");
    }

    [Property(MaxTest = 500)]
    public void Compute_WithinWorkingDaysAfter_IsAWorkingDayNWorkingDaysAfterTheAnchor(uint day, byte n)
    {
        var anchor = AnchorDate(day);
        var days = Days(n) + 1;

        var due = DeadlineRule.WithinWorkingDaysAfter(days).Compute(Received(anchor), Vn).Due!.Value;

        Assert.True(Vn.IsWorkingDay(due));
        Assert.Equal(days, Vn.CountWorkingDays(anchor.PlusDays(1), due));
    }

    [Property(MaxTest = 500)]
    public void Compute_WithinDaysAfter_IsTheFirstWorkingDayOnOrAfterAnchorPlusN(uint day, byte n)
    {
        var anchor = AnchorDate(day);
        var last = anchor.PlusDays(Days(n));

        var due = DeadlineRule.WithinDaysAfter(Days(n)).Compute(Received(anchor), Vn).Due!.Value;

        Assert.True(due >= last);
        Assert.Equal(1, Vn.CountWorkingDays(last, due));
        Assert.True(Vn.IsWorkingDay(due));
    }

    [Property(MaxTest = 300)]
    public void Compute_PendingMonthAnchor_BoundsEveryDateTheSessionCanTake(uint day, byte n, byte kind, byte dayInMonth)
    {
        var start = AnchorDate(day);
        var planned = Anchor.InMonth(start.Year, start.Month, "ngày tổ chức đối thoại");
        var held = planned.WithDate(planned.Period.Start.PlusDays(dayInMonth % planned.Period.Length));
        DeadlineRule rule = (kind % 5) switch
        {
            0 => DeadlineRule.CalendarDaysBefore(Days(n)),
            1 => DeadlineRule.WorkingDaysBefore(Days(n)),
            2 => DeadlineRule.WorkingDaysBefore(Days(n), WorkingDaysBeforeConvention.CountAnchorDay),
            3 => DeadlineRule.WithinDaysAfter(Days(n)),
            _ => DeadlineRule.WithinWorkingDaysAfter(Days(n)),
        };

        var pending = rule.Compute(planned, Vn);
        var due = rule.Compute(held, Vn).Due!.Value;

        Assert.True(pending.IsPending);
        Assert.True(pending.Earliest <= due && due <= pending.Latest, $"{rule} {held}: {due} not in {pending.Earliest}..{pending.Latest}");
    }

    private static LocalDate AnchorDate(uint day) => First.PlusDays((int)(day % 4000));

    private static int Days(byte n) => n % 61;

    private static Anchor Session(LocalDate date) => Anchor.On(date, "ngày tổ chức đối thoại");

    private static Anchor Received(LocalDate date) => Anchor.On(date, "ngày nhận được văn bản");

    private static int StrictlyBetween(LocalDate from, LocalDate to) =>
        to.PlusDays(-1) < from.PlusDays(1) ? 0 : Vn.CountWorkingDays(from.PlusDays(1), to.PlusDays(-1));
}
