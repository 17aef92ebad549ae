using Dialogue.Workflows.Calendar;
using NodaTime;
using static Dialogue.Workflows.Tests.Calendar.OfficialScheduleTests;

namespace Dialogue.Workflows.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    [Fact]
    public void AddWorkingDays_AdministrativeProcedure2021_DepartmentsAnswerThreeWorkingDaysAfterTheWindowCloses() =>
        // Kế hoạch 2021 (Phường 1, Tân Bình): registration closes Monday 25/10/2021; answers within 3 days → Thursday 28/10.
        Assert.Equal(Date("2021-10-28"), Calendar.AddWorkingDays(Date("2021-10-25"), 3));

    [Fact]
    public void AddWorkingDays_AcrossNationalDay2023_SkipsTheHolidayItsAdjacentDayAndTheCompensatoryMonday()
    {
        // 31/8/2023 (Thu) + 1 working day: 1/9 (Fri, adjacent day), 2/9 (Sat), 3/9 (Sun), 4/9 (Mon, nghỉ bù) are off.
        Assert.Equal(Date("2023-09-05"), Calendar.AddWorkingDays(Date("2023-08-31"), 1));
        Assert.Equal(
            ["2023-09-01", "2023-09-02", "2023-09-03", "2023-09-04"],
            Calendar.NonWorkingDays(Date("2023-09-01"), Date("2023-09-05")).Select(d => DayKey(d.Date)));
    }

    [Fact]
    public void AddWorkingDays_Tet2024_CountsTheMakeUpFreeWeekAsSevenDaysOff()
    {
        // Tết Giáp Thìn: off Thu 08/02 to Wed 14/02 (TB 5014/TB-LĐTBXH).
        Assert.Equal(Date("2024-02-15"), Calendar.AddWorkingDays(Date("2024-02-07"), 1));
        Assert.Equal(Date("2024-02-07"), Calendar.AddWorkingDays(Date("2024-02-15"), -1));
    }

    [Fact]
    public void IsWorkingDay_MakeUpSaturday2024_IsAWorkingDay()
    {
        var day = Calendar.Describe(Date("2024-05-04"));

        Assert.True(Calendar.IsWorkingDay(Date("2024-05-04")));
        Assert.Equal(CalendarDayKind.MakeUpWorkingDay, day.Kind);
        Assert.Equal(Date("2024-04-29"), day.MakeUpWorkingDay!.ReplacesDayOff);
        Assert.Contains("CV 2450/VPCP-KGVX", day.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_CompensatoryDay2023_NamesTheHolidayItCompensatesAndTheDocument()
    {
        var day = Calendar.Describe(Date("2023-09-04"));

        Assert.Equal(CalendarDayKind.DayOff, day.Kind);
        Assert.Equal(DayOffKind.CompensatoryDay, day.DayOff!.Kind);
        Assert.Equal(HolidayKind.NationalDay, day.DayOff.Holiday);
        Assert.Equal("Nghỉ bù Quốc khánh (2/9) 02/09/2023", day.Name);
        Assert.Equal("CV 8056/VPCP-KGVX, 01/12/2022", day.Source);
    }

    [Fact]
    public void Describe_HolidayOnSunday_IsAWeeklyRestDayThatStillNamesTheHoliday()
    {
        var day = Calendar.Describe(Date("2026-04-26"));

        Assert.Equal(CalendarDayKind.WeeklyRest, day.Kind);
        Assert.Equal(HolidayKind.HungKingsCommemoration, day.Holiday!.Kind);
        Assert.False(day.IsWorkingDay);
        // The holiday and its compensatory Monday cite the same source.
        Assert.Equal(Calendar.Describe(Date("2026-04-27")).Source, day.Source);
    }

    [Fact]
    public void Describe_ProjectedCompensatoryDay_CitesTheHolidayArticleAndTheCompensationArticle()
    {
        // 2/9/2029 is a Sunday: projected adjacent day Monday 3/9, compensation Tuesday 4/9.
        var day = Calendar.Describe(Date("2029-09-04"));

        Assert.Equal(DayOffKind.CompensatoryDay, day.DayOff!.Kind);
        Assert.Equal("Điều 112 Bộ luật Lao động 2019; khoản 3 Điều 111 Bộ luật Lao động 2019", day.Source);
        Assert.False(day.DayOff.IsOfficial);
    }

    [Theory]
    [InlineData("2006-04-07", false)] // Giỗ Tổ 2006 (Fri) was not yet a holiday: the 2007 amendment added it.
    [InlineData("2007-04-26", true)]  // Giỗ Tổ 2007 (Thu), after Luật 84/2007/QH11 took effect on 2 April 2007.
    public void GetYear_HungKingsBeforeAndAfterThe2007Amendment_IsAHolidayOnlyFrom2007(string hungKings, bool isHoliday)
    {
        var date = Date(hungKings);
        Assert.Equal(new LunarDate(date.Year, 3, 10), VietnameseLunarCalendar.FromSolar(date));
        Assert.Equal(isHoliday, Calendar.GetYear(date.Year).Holidays.Any(h => h.Date == date));
        Assert.Equal(!isHoliday, Calendar.IsWorkingDay(date));
    }

    [Theory]
    [InlineData(2012, 4)] // Luật 84/2007: "một ngày cuối năm và ba ngày đầu năm âm lịch".
    [InlineData(2013, 4)] // Tết 10/02/2013 came before the Labour Code 2012 took effect (1 May 2013).
    [InlineData(2014, 5)]
    [InlineData(2030, 5)]
    public void GetYear_TetLength_FollowsTheLawInForceOnTet(int year, int days) =>
        Assert.Equal(days, Calendar.GetYear(year).Holidays.Count(h => h.Kind == HolidayKind.LunarNewYear));

    [Theory]
    [InlineData(2020, 1)]
    [InlineData(2021, 2)] // Labour Code 2019: "02 ngày (ngày 02 tháng 9 dương lịch và 01 ngày liền kề trước hoặc sau)".
    public void GetYear_NationalDayLength_IsTwoDaysFrom2021(int year, int days) =>
        Assert.Equal(days, Calendar.GetYear(year).Holidays.Count(h => h.Kind == HolidayKind.NationalDay));

    [Fact]
    public void GetYear_ProjectedYear_SaysSoOnEveryDayOff()
    {
        var year = Calendar.GetYear(2030);

        Assert.False(year.IsOfficial);
        Assert.Null(year.Source);
        Assert.NotEmpty(year.DaysOff);
        Assert.All(year.DaysOff, d => Assert.False(d.IsOfficial));
        Assert.Equal(12, year.Holidays.Count); // 11 of the Labour Code and 24/11 (a Sunday in 2030)
    }

    [Fact]
    public void GetYear_2027_CompensatesTetWeekendOnTheFollowingWeekdays()
    {
        // Tết Đinh Mùi is Saturday 06/02/2027: projected 04/02..08/02, the Saturday and Sunday compensated on 09/02 and 10/02.
        Assert.Equal(Date("2027-02-06"), VietnameseLunarCalendar.GetNewYear(2027));
        var tet = Calendar.GetYear(2027).DaysOff.Where(d => d.Holiday == HolidayKind.LunarNewYear).Select(d => DayKey(d.Date));
        Assert.Equal(["2027-02-04", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10"], tet);
    }

    [Fact]
    public void Constructor_HostOverrides_WinOverHolidaysAndWeekends()
    {
        var options = new WorkingCalendarOptions();
        options.Overrides.Add(CalendarOverride.DayOff(Date("2024-09-10"), "Nghỉ do bão số 3", "QĐ 01/QĐ-UBND") with { EnglishReason = "Typhoon Yagi" });
        options.Overrides.Add(CalendarOverride.WorkingDay(Date("2024-09-14"), "Làm việc thứ Bảy khắc phục hậu quả bão"));
        options.Overrides.Add(CalendarOverride.WorkingDay(Date("2024-09-02"), "Trực Quốc khánh"));
        var calendar = new WorkingCalendar(options);

        Assert.False(calendar.IsWorkingDay(Date("2024-09-10")));
        Assert.True(calendar.IsWorkingDay(Date("2024-09-14")));
        Assert.True(calendar.IsWorkingDay(Date("2024-09-02")));
        Assert.Equal("Typhoon Yagi", calendar.Describe(Date("2024-09-10")).EnglishName);
        Assert.Equal("QĐ 01/QĐ-UBND", calendar.Describe(Date("2024-09-10")).Source);
        Assert.Equal(HolidayKind.NationalDay, calendar.Describe(Date("2024-09-02")).Holiday!.Kind);
        Assert.True(Calendar.IsWorkingDay(Date("2024-09-10")));
    }

    [Fact]
    public void Constructor_SundayOnlyRest_KeepsHolidaysButDropsSaturdaySwaps()
    {
        var options = new WorkingCalendarOptions();
        options.WeeklyRestDays.Remove(IsoDayOfWeek.Saturday);
        var calendar = new WorkingCalendar(options);

        Assert.Equal([IsoDayOfWeek.Sunday], calendar.WeeklyRestDays);
        Assert.True(calendar.IsWorkingDay(Date("2024-04-27")));  // a Saturday
        Assert.True(calendar.IsWorkingDay(Date("2024-04-29")));  // the swap's day off is not applied
        Assert.False(calendar.IsWorkingDay(Date("2024-04-30")));
        // Quốc khánh 2023 fell on Saturday, now a working day, so there is no compensatory Monday.
        Assert.False(calendar.IsWorkingDay(Date("2023-09-02")));
        Assert.True(calendar.IsWorkingDay(Date("2023-09-04")));
    }

    [Fact]
    public void Constructor_HostScheduleForAFutureYear_MakesTheYearOfficial()
    {
        var options = new WorkingCalendarOptions();
        options.Schedules.Add(new OfficialSchedule(2028, "TB 1/TB-BNV (thử nghiệm)")
        {
            Swaps = [new DaySwap(Date("2028-03-06"), Date("2028-03-04"), "TB 1/TB-BNV (thử nghiệm)")],
        });
        var calendar = new WorkingCalendar(options);

        Assert.True(calendar.IsOfficialYear(2028));
        Assert.False(Calendar.IsOfficialYear(2028));
        Assert.False(calendar.IsWorkingDay(Date("2028-03-06")));
        Assert.True(calendar.IsWorkingDay(Date("2028-03-04")));
        Assert.All(calendar.GetYear(2028).DaysOff, d => Assert.True(d.IsOfficial));
    }

    [Fact]
    public void Constructor_NoShippedSchedules_ProjectsEveryYear()
    {
        var calendar = new WorkingCalendar(new WorkingCalendarOptions { UseShippedSchedules = false });

        Assert.False(calendar.IsOfficialYear(2024));
        Assert.True(calendar.IsWorkingDay(Date("2024-04-29")));
    }

    [Fact]
    public void Constructor_TwoOverridesForOneDate_NamesTheDate()
    {
        var options = new WorkingCalendarOptions();
        options.Overrides.Add(CalendarOverride.DayOff(Date("2025-03-10"), "A"));
        options.Overrides.Add(CalendarOverride.WorkingDay(Date("2025-03-10"), "B"));

        var error = Assert.Throws<ArgumentException>(() => new WorkingCalendar(options));
        Assert.Contains("2025-03-10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SwapThatTradesTwoWeekdays_IsRejected()
    {
        var options = new WorkingCalendarOptions();
        options.Schedules.Add(new OfficialSchedule(2027, "X") { Swaps = [new DaySwap(Date("2027-03-01"), Date("2027-03-02"), "X")] });

        var error = Assert.Throws<ArgumentException>(() => new WorkingCalendar(options));
        Assert.Contains("2027-03-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EveryDayARestDay_IsRejected()
    {
        var options = new WorkingCalendarOptions();
        foreach (var day in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
        {
            options.WeeklyRestDays.Add(day);
        }

        Assert.Throws<ArgumentException>(() => new WorkingCalendar(options));
    }

    [Fact]
    public void IsWorkingDay_OutOfRange_NamesTheDateAndTheRange()
    {
        var error = Assert.Throws<CalendarRangeException>(() => Calendar.IsWorkingDay(Date("1994-12-31")));

        Assert.Equal("calendar.out-of-range", error.ErrorCode);
        Assert.Contains("1994-12-31", error.Message, StringComparison.Ordinal);
        Assert.Contains("1995-01-01..2199-12-31", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWorkingDays_PastTheEndOfTheRange_ThrowsRangeError() =>
        Assert.Throws<CalendarRangeException>(() => Calendar.AddWorkingDays(Date("2199-12-20"), 30));

    [Fact]
    public void CountWorkingDays_EndBeforeStart_IsRejected() =>
        Assert.Throws<ArgumentException>(() => Calendar.CountWorkingDays(Date("2024-02-01"), Date("2024-01-01")));

    [Theory]
    [InlineData(2023, 249)] // 260 weekdays, 11 off
    [InlineData(2024, 251)] // 262 weekdays, 12 off, 1 make-up Saturday
    [InlineData(2026, 249)] // 261 weekdays, 14 off (24/11 among them), 2 make-up Saturdays
    public void GetYear_WorkingDayCount_IsWeekdaysLessWeekdayDaysOffPlusMakeUpDays(int year, int expected)
    {
        var schedule = Calendar.GetYear(year);
        var weekdays = Enumerable.Range(0, new LocalDate(year, 12, 31).DayOfYear)
            .Select(i => new LocalDate(year, 1, 1).PlusDays(i))
            .Count(d => d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));

        Assert.Equal(weekdays - schedule.DaysOff.Count + schedule.MakeUpWorkingDays.Count, schedule.WorkingDayCount);
        Assert.Equal(expected, schedule.WorkingDayCount);
    }

    [Fact]
    public void NextAndPreviousWorkingDay_AroundTet2025_JumpTheWholeBreak()
    {
        // Tết Ất Tỵ: off Sat 25/01 to Sun 02/02/2025.
        Assert.Equal(Date("2025-02-03"), Calendar.NextWorkingDay(Date("2025-01-24")));
        Assert.Equal(Date("2025-01-24"), Calendar.PreviousWorkingDay(Date("2025-02-03")));
        Assert.Equal(Date("2025-02-03"), Calendar.OnOrNextWorkingDay(Date("2025-01-29")));
        Assert.Equal(Date("2025-01-24"), Calendar.OnOrPreviousWorkingDay(Date("2025-01-29")));
        Assert.Equal(Date("2025-02-03"), Calendar.OnOrNextWorkingDay(Date("2025-02-03")));
    }

    private static string DayKey(LocalDate date) => date.ToString("yyyy-MM-dd", null);
}
