using Dialogue.Workflows.Deadlines;
using static Dialogue.Workflows.Tests.Deadlines.Dates;

namespace Dialogue.Workflows.Tests.Deadlines;

/// <summary>
/// "sau 03 ngày kể từ ngày nhận được văn bản" (administrative-procedure plan, Phường 1 Tân Bình 2021) and
/// "chậm nhất 10 ngày kể từ ngày tổ chức": Civil Code Arts. 147–148.
/// </summary>
public sealed class WithinDaysAfterRuleTests
{
    public static TheoryData<string, string, int, string, string[]> Cases => new()
    {
        // scenario, anchor, N, due, days moved over
        { "administrative-procedure 2021: forms received Mon 2021-10-25, departments answer within 3 days: by Thu 2021-10-28", "2021-10-25", 3, "2021-10-28", [] },
        { "results 10 days after a session on Wed 2023-08-23: last day Sat 2/9 Quốc khánh, Sunday, nghỉ bù Mon 4/9: Tue 2023-09-05", "2023-08-23", 10, "2023-09-05",
            ["2023-09-02", "2023-09-03", "2023-09-04"] },
        { "10 days after Tue 2024-01-30: last day Fri 9/2 in Tết 2024: Thu 2024-02-15", "2024-01-30", 10, "2024-02-15",
            ["2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13", "2024-02-14"] },
        { "10 days after Fri 2024-04-19: last day the bridge Mon 29/4, then 30/4 and 1/5: Thu 2024-05-02", "2024-04-19", 10, "2024-05-02",
            ["2024-04-29", "2024-04-30", "2024-05-01"] },
        { "10 days after Wed 2024-04-24: last day the make-up Saturday 2024-05-04, which stands", "2024-04-24", 10, "2024-05-04", [] },
        { "0 days after Sunday 2023-09-03: the next working day is Tue 2023-09-05", "2023-09-03", 0, "2023-09-05", ["2023-09-03", "2023-09-04"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_Anchor_DueOnHandCheckedDay(string scenario, string anchor, int days, string due, string[] skipped)
    {
        var deadline = DeadlineRule.WithinDaysAfter(days).Compute(Received(anchor), Vn);

        Assert.True(deadline.Due == D(due), $"{scenario}: got {deadline.Due}");
        Assert.Equal(Ds(skipped), deadline.Explanation.SkippedDays.Select(d => d.Date));
        Assert.Equal(CountingConvention.CalendarDaysAfterCivilCode, deadline.Explanation.Convention);
    }

    [Fact]
    public void Compute_DaysOffInsideThePeriod_AreCountedNotSkipped()
    {
        // 2023-08-30 + 10 = Sat 9/9 → Mon 11/9; 1–4/9 lie inside the period and count as calendar days.
        var deadline = DeadlineRule.WithinDaysAfter(10).Compute(Received("2023-08-30"), Vn);

        Assert.Equal(D("2023-09-11"), deadline.Due);
        Assert.Equal(Ds("2023-09-09", "2023-09-10"), deadline.Explanation.SkippedDays.Select(d => d.Date));
    }
}
