using Dialogue.Workflows.Deadlines;
using static Dialogue.Workflows.Tests.Deadlines.Dates;

namespace Dialogue.Workflows.Tests.Deadlines;

/// <summary>
/// Dates the plans write out: "chậm nhất ngày 04/10/2023" (Party committee, Phường IV 2023), "trước ngày
/// 10/11/2021" and "từ ngày 18/10/2021 đến hết ngày 25/10/2021" (administrative-procedure plan 2021).
/// </summary>
public sealed class AbsoluteDateRuleTests
{
    [Fact]
    public void OnOrBefore_PartyCommitteeFrontOpinionsBy20231004_DueAsWrittenWithoutWarnings()
    {
        var deadline = DeadlineRule.OnOrBefore(D("2023-10-04"), "Thời gian chậm nhất ngày 04/10/2023").Compute(Vn);

        Assert.Equal(D("2023-10-04"), deadline.Due);
        Assert.Empty(deadline.Warnings);
        Assert.False(deadline.IsWindow);
        Assert.Null(deadline.Anchor);
        Assert.Equal(CountingConvention.AsWritten, deadline.Explanation.Convention);
    }

    [Fact]
    public void OnOrBefore_DateIsQuocKhanhSaturday_KeptAsWrittenWithDayOffWarning()
    {
        var deadline = DeadlineRule.OnOrBefore(D("2023-09-02")).Compute(Vn);

        Assert.Equal(D("2023-09-02"), deadline.Due);
        var warning = Assert.Single(deadline.Warnings);
        Assert.Equal(DeadlineWarningCodes.DeadlineOnDayOff, warning.Code);
        Assert.Equal(D("2023-09-02"), warning.Date);
        Assert.Contains("Quốc khánh (2/9)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("National Day", warning.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_AdministrativeProcedureReportBefore20211110_DueTuesday20211109()
    {
        var deadline = DeadlineRule.Before(D("2021-11-10"), "trước ngày 10/11/2021").Compute(Vn);

        Assert.Equal(D("2021-11-09"), deadline.Due);
        Assert.Empty(deadline.Explanation.SkippedDays);
        Assert.Equal(CountingConvention.LastWorkingDayBeforeDate, deadline.Explanation.Convention);
    }

    [Fact]
    public void Before_TuesdayAfterQuocKhanh2023_DueThursdayBeforeTheHolidays()
    {
        var deadline = DeadlineRule.Before(D("2023-09-05")).Compute(Vn);

        Assert.Equal(D("2023-08-31"), deadline.Due);
        Assert.Equal(Ds("2023-09-01", "2023-09-02", "2023-09-03", "2023-09-04"), deadline.Explanation.SkippedDays.Select(d => d.Date));
    }

    [Fact]
    public void Before_TheDayAfterTheCalendarEnds_IsDueOnItsLastDayNotOutOfRange()
    {
        // "trước ngày 01/01/2200": the date itself is past the calendar, but the day before it, Tuesday 31/12/2199, is a working day in range.
        var deadline = DeadlineRule.Before(D("2200-01-01")).Compute(Vn);

        Assert.Equal(D("2199-12-31"), deadline.Due);
        Assert.Empty(deadline.Explanation.SkippedDays);
    }

    [Fact]
    public void Window_RegistrationFrom20211018To20211025_OpensMondayDueMondayNoWarnings()
    {
        var deadline = DeadlineRule.Window(D("2021-10-18"), D("2021-10-25"), "từ ngày 18/10/2021 đến hết ngày 25/10/2021").Compute(Vn);

        Assert.True(deadline.IsWindow);
        Assert.Equal(D("2021-10-18"), deadline.Opens);
        Assert.Equal(D("2021-10-25"), deadline.Due);
        Assert.Empty(deadline.Warnings);
        Assert.Contains("8 ngày, trong đó 6 ngày làm việc", deadline.Explanation.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void Window_DepartmentsAnswerFrom20211026To20211028_NoWarnings()
    {
        var deadline = DeadlineRule.Window(D("2021-10-26"), D("2021-10-28")).Compute(Vn);

        Assert.Equal(D("2021-10-28"), deadline.Due);
        Assert.Empty(deadline.Warnings);
    }

    [Fact]
    public void Window_OfficeCompilesFrom20211029To20211030_WarnsThatItEndsOnSaturday()
    {
        var deadline = DeadlineRule.Window(D("2021-10-29"), D("2021-10-30"), "từ ngày 29/10/2021 đến hết ngày 30/10/2021").Compute(Vn);

        Assert.Equal(D("2021-10-30"), deadline.Due);
        var warning = Assert.Single(deadline.Warnings);
        Assert.Equal(DeadlineWarningCodes.WindowEndsOnDayOff, warning.Code);
        Assert.Equal(D("2021-10-30"), warning.Date);
        Assert.Contains("Thứ Bảy", warning.Message, StringComparison.Ordinal);
        Assert.Contains("[window.ends-on-day-off]", deadline.Explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Window_OpeningOnSunday_WarnsThatItOpensOnADayOff()
    {
        var deadline = DeadlineRule.Window(D("2021-10-24"), D("2021-10-25")).Compute(Vn);

        var warning = Assert.Single(deadline.Warnings);
        Assert.Equal(DeadlineWarningCodes.WindowOpensOnDayOff, warning.Code);
    }

    [Fact]
    public void Compute_AbsoluteRuleWithPendingAnchor_IsFixedAndKeepsTheAnchor()
    {
        var session = Anchor.Parse("tháng 10 năm 2023", "ngày tổ chức hội nghị");

        var deadline = DeadlineRule.OnOrBefore(D("2023-10-04")).Compute(session, Vn);

        Assert.False(deadline.IsPending);
        Assert.Equal(D("2023-10-04"), deadline.Due);
        Assert.Same(session, deadline.Anchor);
    }
}
