using Dialogue.Workflows.Deadlines;
using static Dialogue.Workflows.Tests.Deadlines.Dates;

namespace Dialogue.Workflows.Tests.Deadlines;

/// <summary>"trong N ngày làm việc kể từ …": the anchor day not counted, the N-th working day after it.</summary>
public sealed class WithinWorkingDaysAfterRuleTests
{
    public static TheoryData<string, string, int, string, string[]> Cases => new()
    {
        // scenario, anchor, N, due, days skipped
        { "forms received Mon 2021-10-25, 3 working days: Thu 2021-10-28", "2021-10-25", 3, "2021-10-28", [] },
        { "received Wed 2023-08-30, 3 working days: Thu 31/8, Tue 5/9, Wed 6/9", "2023-08-30", 3, "2023-09-06",
            ["2023-09-01", "2023-09-02", "2023-09-03", "2023-09-04"] },
        { "received Thu 2024-04-25, 3 working days across 30/4–1/5 2024: Fri 2024-05-03", "2024-04-25", 3, "2024-05-03",
            ["2024-04-27", "2024-04-28", "2024-04-29", "2024-04-30", "2024-05-01"] },
        { "received Thu 2024-04-25, 4 working days: the make-up Saturday 2024-05-04", "2024-04-25", 4, "2024-05-04",
            ["2024-04-27", "2024-04-28", "2024-04-29", "2024-04-30", "2024-05-01"] },
        { "received Wed 2024-02-07, 2 working days across Tết 2024: Fri 2024-02-16", "2024-02-07", 2, "2024-02-16",
            ["2024-02-08", "2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13", "2024-02-14"] },
        { "0 working days from Sunday 2023-09-03: Tue 2023-09-05", "2023-09-03", 0, "2023-09-05", ["2023-09-03", "2023-09-04"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_Anchor_DueOnHandCheckedWorkingDay(string scenario, string anchor, int days, string due, string[] skipped)
    {
        var deadline = DeadlineRule.WithinWorkingDaysAfter(days).Compute(Received(anchor), Vn);

        Assert.True(deadline.Due == D(due), $"{scenario}: got {deadline.Due}");
        Assert.Equal(Ds(skipped), deadline.Explanation.SkippedDays.Select(d => d.Date));
        Assert.Equal(CountingConvention.WorkingDaysAfterCivilCode, deadline.Explanation.Convention);
    }
}
