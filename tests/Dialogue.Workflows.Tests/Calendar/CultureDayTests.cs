using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Tests.Calendar;

/// <summary>
/// Ngày Văn hóa Việt Nam, 24/11, a paid day off from 2026 (Nghị quyết 28/2026/QH16, Art. 2; in force 01/07/2026), and
/// the open question of a compensatory day when it falls on a Saturday (2029) or Sunday (2030).
/// </summary>
public sealed class CultureDayTests
{
    private static readonly WorkingCalendar Compensating = new(new WorkingCalendarOptions { CultureDayOnWeekend = CultureDayOnWeekend.CompensatoryDay });

    [Fact]
    public void Describe_24November2026_IsADayOffOnCV10065WithTheResolutionAsLaw()
    {
        var day = WorkingCalendar.Default.Describe(new LocalDate(2026, 11, 24));

        Assert.False(day.IsWorkingDay);
        Assert.Equal(HolidayKind.VietnameseCultureDay, day.DayOff?.Holiday);
        Assert.Equal("Ngày Văn hóa Việt Nam (24/11)", day.Name);
        Assert.Equal("CV 10065/VPCP-KGVX, 02/10/2026", day.Source);
        Assert.True(day.DayOff!.IsOfficial);
        Assert.Equal("Điều 2 Nghị quyết 28/2026/QH16, 24/04/2026", day.Holiday?.Law.VietnameseCultureDayArticle);
    }

    [Theory]
    [InlineData(2016)]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Describe_24NovemberBefore2026_IsAnOrdinaryWorkingDay(int year)
    {
        var date = new LocalDate(year, 11, 24);
        var day = WorkingCalendar.Default.Describe(date);

        Assert.Equal(date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? CalendarDayKind.WeeklyRest : CalendarDayKind.WorkingDay, day.Kind);
        Assert.Null(day.Holiday);
    }

    [Theory]
    [InlineData(2026, "2026-11-24")] // Tuesday
    [InlineData(2027, "2027-11-24")] // Wednesday
    [InlineData(2028, "2028-11-24")] // Friday
    public void GetYear_24NovemberOnAWeekday_IsADayOffWhateverTheWeekendChoice(int year, string date)
    {
        foreach (var calendar in new[] { WorkingCalendar.Default, Compensating })
        {
            var off = Assert.Single(calendar.GetYear(year).DaysOff, d => d.Holiday == HolidayKind.VietnameseCultureDay);
            Assert.Equal(OfficialScheduleTests.Date(date), off.Date);
            Assert.Equal(DayOffKind.Holiday, off.Kind);
        }
    }

    [Fact]
    public void GetYear_24NovemberOnSaturday2029_ByDefaultNoCompensatoryDay_AndTheExplanationNamesTheChoice()
    {
        var saturday = WorkingCalendar.Default.Describe(new LocalDate(2029, 11, 24));

        Assert.Equal(CalendarDayKind.WeeklyRest, saturday.Kind);
        Assert.Equal(HolidayKind.VietnameseCultureDay, saturday.Holiday?.Kind);
        Assert.Contains("CultureDayOnWeekend.NoCompensatoryDay", saturday.Name, StringComparison.Ordinal);
        Assert.Contains("no compensatory day", saturday.EnglishName, StringComparison.Ordinal);
        Assert.True(WorkingCalendar.Default.IsWorkingDay(new LocalDate(2029, 11, 26)));
        Assert.DoesNotContain(WorkingCalendar.Default.GetYear(2029).DaysOff, d => d.Holiday == HolidayKind.VietnameseCultureDay);
    }

    [Theory]
    [InlineData(2029, "2029-11-26")] // Saturday → Monday
    [InlineData(2030, "2030-11-25")] // Sunday → Monday
    public void GetYear_24NovemberOnAWeekend_WithTheCompensatingChoice_IsCompensatedOnMondayAsProjected(int year, string monday)
    {
        var off = Assert.Single(Compensating.GetYear(year).DaysOff, d => d.Holiday == HolidayKind.VietnameseCultureDay);

        Assert.Equal(OfficialScheduleTests.Date(monday), off.Date);
        Assert.Equal(DayOffKind.CompensatoryDay, off.Kind);
        Assert.False(off.IsOfficial);
        Assert.Contains("CultureDayOnWeekend.CompensatoryDay", off.Source, StringComparison.Ordinal);
        Assert.True(WorkingCalendar.Default.IsWorkingDay(off.Date));
    }

    [Theory]
    [InlineData(2029)]
    [InlineData(2030)]
    public void StatusOf_YearWith24NovemberOnAWeekend_IsProjectedEvenUnderAnOfficialScheduleThatDoesNotNameIt(int year)
    {
        var options = new WorkingCalendarOptions();
        options.Schedules.Add(new OfficialSchedule(year, "TB 2/TB-BNV (thử nghiệm)"));
        var calendar = new WorkingCalendar(options);

        var status = calendar.StatusOf(year);

        Assert.Equal(CalendarYearSource.Official, status.Source);
        Assert.Equal([HolidayKind.VietnameseCultureDay], status.ProjectedHolidays);
        Assert.Equal(CalendarYearSource.Projected, WorkingCalendar.Default.StatusOf(year).Source);
    }

    [Fact]
    public void StatusOf_OfficialScheduleNaming24NovemberOnAWeekend_SettlesIt()
    {
        var options = new WorkingCalendarOptions();
        options.Schedules.Add(new OfficialSchedule(2029, "TB 3/TB-BNV (thử nghiệm)")
        {
            HolidaySources = new Dictionary<HolidayKind, string> { [HolidayKind.VietnameseCultureDay] = "TB 3/TB-BNV (thử nghiệm)" },
        });
        var calendar = new WorkingCalendar(options);

        Assert.Empty(calendar.StatusOf(2029).ProjectedHolidays);
        // Named by the schedule, a weekend 24/11 is compensated as the Labour Code's holidays are.
        Assert.False(calendar.IsWorkingDay(new LocalDate(2029, 11, 26)));
    }

    [Fact]
    public void HolidayLaw_InForceOn_CultureDayFromJuly2026Only()
    {
        Assert.False(HolidayLaw.InForceOn(new LocalDate(2026, 6, 30)).HasVietnameseCultureDay);
        Assert.Same(HolidayLaw.CultureResolution2026, HolidayLaw.InForceOn(new LocalDate(2026, 7, 1)));
        Assert.Equal("Điều 112 Bộ luật Lao động 2019", HolidayLaw.CultureResolution2026.ArticleFor(HolidayKind.NationalDay));
    }
}
