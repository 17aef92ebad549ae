using Dialogue.Workflows.Deadlines;
using static Dialogue.Workflows.Tests.Deadlines.Dates;

namespace Dialogue.Workflows.Tests.Deadlines;

/// <summary>"trước 10 ngày tổ chức đối thoại" (ward-chairman plan, Chánh Lộ 2023): anchor − N days, moved back off days off.</summary>
public sealed class CalendarDaysBeforeRuleTests
{
    public static TheoryData<string, string, int, string, string[]> Cases => new()
    {
        // scenario, session, N, due, days moved over
        { "ward-chairman, session Fri 2023-09-15: Front's summary due Tue 2023-09-05", "2023-09-15", 10, "2023-09-05", [] },
        { "session Tue 2023-09-12: 10 days back is Sat 2/9 Quốc khánh, Fri 1/9 is off too: due Thu 2023-08-31", "2023-09-12", 10, "2023-08-31", ["2023-09-01", "2023-09-02"] },
        { "session Thu 2024-02-22: 10 days back is Mon 12/2 in Tết 2024: due Wed 2024-02-07", "2024-02-22", 10, "2024-02-07",
            ["2024-02-08", "2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12"] },
        { "session Fri 2024-05-10: 10 days back is 30/4, bridge Mon 29/4 and the weekend are off: due Fri 2024-04-26", "2024-05-10", 10, "2024-04-26",
            ["2024-04-27", "2024-04-28", "2024-04-29", "2024-04-30"] },
        { "session Tue 2024-05-14: 10 days back is the make-up Saturday 2024-05-04, a working day", "2024-05-14", 10, "2024-05-04", [] },
        { "N = 0 with the session on Sunday 2023-09-17: due the Friday before", "2023-09-17", 0, "2023-09-15", ["2023-09-16", "2023-09-17"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_SessionDate_DueOnHandCheckedWorkingDay(string scenario, string session, int days, string due, string[] skipped)
    {
        var deadline = DeadlineRule.CalendarDaysBefore(days).Compute(Session(session), Vn);

        Assert.True(deadline.Due == D(due), scenario);
        Assert.Equal(Ds(skipped), deadline.Explanation.SkippedDays.Select(d => d.Date));
        Assert.False(deadline.IsPending);
        Assert.Empty(deadline.Warnings);
        Assert.Equal(CountingConvention.CalendarDaysBeforeMovedBack, deadline.Explanation.Convention);
    }

    [Fact]
    public void Compute_SessionOn20230912_ExplanationSaysWhyItMovedBack()
    {
        var deadline = DeadlineRule.CalendarDaysBefore(10, "trước 10 ngày tổ chức đối thoại").Compute(Session("2023-09-12"), Vn);

        Assert.Contains("12/09/2023 lùi 10 ngày theo lịch là Thứ Bảy 02/09/2023, không phải ngày làm việc", deadline.Explanation.Computation, StringComparison.Ordinal);
        Assert.Contains("lùi về ngày làm việc liền trước: Thứ Năm 31/08/2023", deadline.Explanation.Computation, StringComparison.Ordinal);
        Assert.Contains("moved back to the previous working day: Thursday 2023-08-31", deadline.Explanation.EnglishComputation, StringComparison.Ordinal);
    }
}
