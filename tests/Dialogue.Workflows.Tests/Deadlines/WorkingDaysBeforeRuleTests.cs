using Dialogue.Workflows.Deadlines;
using static Dialogue.Workflows.Tests.Deadlines.Dates;

namespace Dialogue.Workflows.Tests.Deadlines;

/// <summary>
/// "thông báo … trước thời điểm tổ chức đối thoại ít nhất 07 ngày làm việc" (ward-chairman plan): both
/// counting conventions, on hand-checked dates.
/// </summary>
public sealed class WorkingDaysBeforeRuleTests
{
    public static TheoryData<string, string, int, string, string, string[]> Cases => new()
    {
        // scenario, session, N, due (both ends excluded), due (anchor day counted), days skipped by the default
        { "ward-chairman, session Fri 2023-09-15, notice 7 working days before", "2023-09-15", 7, "2023-09-05", "2023-09-06", ["2023-09-09", "2023-09-10"] },
        { "session Fri 2023-09-08: the count crosses 1–4/9/2023 (Quốc khánh, weekend, nghỉ bù)", "2023-09-08", 7, "2023-08-25", "2023-08-28",
            ["2023-08-26", "2023-08-27", "2023-09-01", "2023-09-02", "2023-09-03", "2023-09-04"] },
        { "session on Saturday 2023-09-16: the two conventions agree", "2023-09-16", 7, "2023-09-06", "2023-09-06", ["2023-09-09", "2023-09-10"] },
        { "session Tue 2024-02-20: the count crosses Tết 2024 (8–14/2)", "2024-02-20", 7, "2024-02-01", "2024-02-02",
            ["2024-02-03", "2024-02-04", "2024-02-08", "2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13", "2024-02-14", "2024-02-17", "2024-02-18"] },
        { "session Fri 2024-05-10, 5 working days: the make-up Saturday 2024-05-04 counts", "2024-05-10", 5, "2024-05-03", "2024-05-04", ["2024-05-05"] },
        { "N = 0: the default still keeps the notice off the session day", "2023-09-15", 0, "2023-09-14", "2023-09-15", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_ExcludeBothEnds_DueIsTheNPlusFirstWorkingDayBefore(string scenario, string session, int days, string strictDue, string art147Due, string[] skipped)
    {
        _ = art147Due;
        var deadline = DeadlineRule.WorkingDaysBefore(days).Compute(Session(session), Vn);

        Assert.True(deadline.Due == D(strictDue), $"{scenario}: got {deadline.Due}");
        Assert.Equal(Ds(skipped), deadline.Explanation.SkippedDays.Select(d => d.Date));
        Assert.Equal(CountingConvention.WorkingDaysBeforeExcludingBothEnds, deadline.Explanation.Convention);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_CountAnchorDay_DueIsArt147StyleDay(string scenario, string session, int days, string strictDue, string art147Due, string[] skipped)
    {
        _ = (strictDue, skipped);
        var deadline = DeadlineRule.WorkingDaysBefore(days, WorkingDaysBeforeConvention.CountAnchorDay).Compute(Session(session), Vn);

        Assert.True(deadline.Due == D(art147Due), $"{scenario}: got {deadline.Due}");
        Assert.Equal(CountingConvention.WorkingDaysBeforeCountingAnchorDay, deadline.Explanation.Convention);
    }

    [Fact]
    public void Compute_DefaultConvention_LeavesSevenWholeWorkingDaysStrictlyBetween()
    {
        var deadline = DeadlineRule.WorkingDaysBefore(7).Compute(Session("2023-09-15"), Vn);

        Assert.Equal(7, Vn.CountWorkingDays(deadline.Due!.Value.PlusDays(1), D("2023-09-14")));
    }

    [Fact]
    public void Compute_CountAnchorDayOnSaturday_SkippedDaysIncludeTheAnchorDay()
    {
        var deadline = DeadlineRule.WorkingDaysBefore(7, WorkingDaysBeforeConvention.CountAnchorDay).Compute(Session("2023-09-16"), Vn);

        Assert.Equal(Ds("2023-09-09", "2023-09-10", "2023-09-16"), deadline.Explanation.SkippedDays.Select(d => d.Date));
        Assert.Contains("ngày mốc 16/09/2023 không phải ngày làm việc nên không được tính", deadline.Explanation.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkingDaysBefore_DefaultConvention_IsExcludeBothEnds()
    {
        Assert.Equal(WorkingDaysBeforeConvention.ExcludeBothEnds, DeadlineRule.WorkingDaysBefore(7).Counting);
        Assert.Equal(WorkingDaysBeforeConvention.ExcludeBothEnds, default(WorkingDaysBeforeConvention));
    }
}
