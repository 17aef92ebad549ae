using Dialogue.Workflows.Deadlines;
using static Dialogue.Workflows.Tests.Deadlines.Dates;

namespace Dialogue.Workflows.Tests.Deadlines;

/// <summary>Sessions known only as "Quý III/2023" or "tháng 6 năm 2024": pending deadlines with their bounds, fixed once the day is set.</summary>
public sealed class PendingDeadlineTests
{
    [Fact]
    public void Compute_WardChairmanSessionInQuarterIII2023_PendingBetween20230621And20230920()
    {
        var session = Anchor.Parse("Quý III/2023", "ngày tổ chức đối thoại");

        var deadline = DeadlineRule.CalendarDaysBefore(10).Compute(session, Vn);

        Assert.True(deadline.IsPending);
        Assert.Null(deadline.Due);
        Assert.Equal(D("2023-06-21"), deadline.Earliest);
        Assert.Equal(D("2023-09-20"), deadline.Latest);
        Assert.Empty(deadline.Explanation.SkippedDays);
    }

    [Fact]
    public void Compute_QuarterAnchorGetsItsDate_DeadlineBecomesFixed()
    {
        var session = Anchor.Parse("Quý III/2023", "ngày tổ chức đối thoại").WithDate(D("2023-09-15"));

        var deadline = DeadlineRule.CalendarDaysBefore(10).Compute(session, Vn);

        Assert.False(deadline.IsPending);
        Assert.Equal(D("2023-09-05"), deadline.Due);
        Assert.Equal(deadline.Due, deadline.Earliest);
        Assert.Equal(deadline.Due, deadline.Latest);
        Assert.Empty(deadline.Warnings);
        Assert.Contains("kế hoạch dự kiến Quý III/2023", deadline.Explanation.AnchorDescription, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_UrbanGovernmentSessionInJune2024_NoticePendingBetween20240522And20240619()
    {
        var session = Anchor.Parse("tháng 6 năm 2024", "ngày tổ chức đối thoại");

        var deadline = DeadlineRule.WorkingDaysBefore(7).Compute(session, Vn);

        Assert.True(deadline.IsPending);
        Assert.Equal(D("2024-05-22"), deadline.Earliest);
        Assert.Equal(D("2024-06-19"), deadline.Latest);
    }

    [Fact]
    public void Compute_SessionPostponedOutOfItsQuarter_WarnsAnchorOutsidePlannedPeriod()
    {
        var session = Anchor.InQuarter(2023, 3, "ngày tổ chức đối thoại").WithDate(D("2023-10-06"));

        var deadline = DeadlineRule.CalendarDaysBefore(10).Compute(session, Vn);

        Assert.Equal(D("2023-09-26"), deadline.Due);
        var warning = Assert.Single(deadline.Warnings);
        Assert.Equal(DeadlineWarningCodes.AnchorOutsidePlannedPeriod, warning.Code);
        Assert.Contains("Quý III/2023", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_PendingAnchor_ExplanationGivesBothBoundsAndThePeriod()
    {
        var session = Anchor.InQuarter(2023, 3, "ngày tổ chức đối thoại", "the session");

        var explanation = DeadlineRule.CalendarDaysBefore(10).Compute(session, Vn).Explanation;

        Assert.Equal("Hạn: chưa xác định vì mốc chưa có ngày; sớm nhất Thứ Tư 21/06/2023, muộn nhất Thứ Tư 20/09/2023.", explanation.Summary);
        Assert.Contains("Quý III/2023 (01/07/2023–30/09/2023)", explanation.AnchorDescription, StringComparison.Ordinal);
        Assert.Contains("Q3 2023 (2023-07-01 to 2023-09-30)", explanation.EnglishAnchorDescription, StringComparison.Ordinal);
        Assert.Contains("nếu mốc là 30/09/2023", explanation.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_IntervalAnchor_PendingBetweenTheRuleAtBothEnds()
    {
        var session = Anchor.Within(new NodaTime.DateInterval(D("2021-11-01"), D("2021-11-05")), "ngày tổ chức hội nghị");

        var deadline = DeadlineRule.WithinDaysAfter(3).Compute(session, Vn);

        Assert.Equal(D("2021-11-04"), deadline.Earliest);
        Assert.Equal(D("2021-11-08"), deadline.Latest);
    }
}
