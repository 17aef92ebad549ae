using Dialogue.Workflows.Calendar;

namespace Dialogue.Workflows.Tests.Calendar;

/// <summary>
/// 2027 as CV 10065/VPCP-KGVX (02/10/2026) decided it: Tết Đinh Mùi Thursday 04/02 – Wednesday 10/02, Quốc khánh
/// Thursday 02/09 – Sunday 05/09 (adjacent day Friday 03/09); every other holiday by law, still projected. Tháng Chạp of
/// Bính Ngọ has 29 days, so the break opens on 28 Chạp.
/// </summary>
public sealed class Schedule2027Tests
{
    public static TheoryData<string, string, bool, string> Days => new()
    {
        { "2027-01-01", "Tết Dương lịch (1/1)", false, "Điều 112 Bộ luật Lao động 2019" },
        { "2027-02-04", "Tết Nguyên đán (28 tháng Chạp)", true, "CV 10065/VPCP-KGVX, 02/10/2026" },
        { "2027-02-05", "Tết Nguyên đán (29 tháng Chạp)", true, "CV 10065/VPCP-KGVX, 02/10/2026" },
        { "2027-02-08", "Tết Nguyên đán (mùng 3 tháng Giêng)", true, "CV 10065/VPCP-KGVX, 02/10/2026" },
        { "2027-02-09", "Nghỉ bù Tết Nguyên đán (mùng 1 tháng Giêng) 06/02/2027", true, "CV 10065/VPCP-KGVX, 02/10/2026" },
        { "2027-02-10", "Nghỉ bù Tết Nguyên đán (mùng 2 tháng Giêng) 07/02/2027", true, "CV 10065/VPCP-KGVX, 02/10/2026" },
        { "2027-04-16", "Giỗ Tổ Hùng Vương (10/3 âm lịch)", false, "Điều 112 Bộ luật Lao động 2019" },
        { "2027-04-30", "Ngày Chiến thắng (30/4)", false, "Điều 112 Bộ luật Lao động 2019" },
        { "2027-05-03", "Nghỉ bù Ngày Quốc tế Lao động (1/5) 01/05/2027", false, "Điều 112 Bộ luật Lao động 2019; khoản 3 Điều 111 Bộ luật Lao động 2019" },
        { "2027-09-02", "Quốc khánh (2/9)", true, "CV 10065/VPCP-KGVX, 02/10/2026" },
        { "2027-09-03", "Quốc khánh (ngày liền kề 3/9)", true, "CV 10065/VPCP-KGVX, 02/10/2026" },
        { "2027-11-24", "Ngày Văn hóa Việt Nam (24/11)", false, "Điều 2 Nghị quyết 28/2026/QH16, 24/04/2026" },
    };

    [Fact]
    public void GetYear_2027_HasExactlyTheseWeekdayDaysOffAndNoMakeUpDay()
    {
        var year = WorkingCalendar.Default.GetYear(2027);

        Assert.Equal(Days.Select(d => OfficialScheduleTests.Date((string)d[0])), year.DaysOff.Select(d => d.Date));
        Assert.Empty(year.MakeUpWorkingDays);
        Assert.True(year.IsOfficial);
        Assert.Equal("CV 10065/VPCP-KGVX, 02/10/2026", year.Source);
    }

    [Theory]
    [MemberData(nameof(Days))]
    public void GetYear_2027_EachDayOffSaysWhetherTheDecisionFixesIt(string date, string name, bool official, string source)
    {
        var off = Assert.Single(WorkingCalendar.Default.GetYear(2027).DaysOff, d => d.Date == OfficialScheduleTests.Date(date));

        Assert.Equal(name, off.Name);
        Assert.Equal(official, off.IsOfficial);
        Assert.Equal(source, off.Source);
    }

    [Fact]
    public void StatusOf_2027_IsOfficialForTetAndNationalDay_AndListsWhatStaysProjected()
    {
        var status = WorkingCalendar.Default.StatusOf(2027);

        Assert.Equal(CalendarYearSource.Official, status.Source);
        Assert.Equal("CV 10065/VPCP-KGVX, 02/10/2026", status.Document);
        Assert.Equal(
            [HolidayKind.NewYear, HolidayKind.HungKingsCommemoration, HolidayKind.ReunificationDay, HolidayKind.InternationalLabourDay, HolidayKind.VietnameseCultureDay],
            status.ProjectedHolidays);
    }

    [Fact]
    public void IsWorkingDay_2027_TetBreakRunsThursdayToWednesday_NationalDayThursdayToSunday()
    {
        var calendar = WorkingCalendar.Default;
        for (var date = OfficialScheduleTests.Date("2027-02-04"); date <= OfficialScheduleTests.Date("2027-02-10"); date = date.PlusDays(1))
        {
            Assert.False(calendar.IsWorkingDay(date), date.ToString());
        }

        Assert.True(calendar.IsWorkingDay(OfficialScheduleTests.Date("2027-02-03")));
        Assert.True(calendar.IsWorkingDay(OfficialScheduleTests.Date("2027-02-11")));
        Assert.True(calendar.IsWorkingDay(OfficialScheduleTests.Date("2027-09-01")));
        Assert.False(calendar.IsWorkingDay(OfficialScheduleTests.Date("2027-09-03")));
        Assert.True(calendar.IsWorkingDay(OfficialScheduleTests.Date("2027-09-06")));
    }
}
