using System.Globalization;
using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Tests.Calendar;

/// <summary>
/// The civil servants' days off 2016–2026, as the facts tables (shared/facts/vn-calendar-law.md §2, and for 24/11/2026
/// vn-2025-2026-law.md §1)
/// lists them: every Monday–Friday that is not a working day, and every make-up Saturday.
/// </summary>
public sealed class OfficialScheduleTests
{
    public static TheoryData<int, string[], string[]> Years => new()
    {
        { 2016, ["2016-01-01", "2016-02-08", "2016-02-09", "2016-02-10", "2016-02-11", "2016-02-12", "2016-04-18", "2016-05-02", "2016-05-03", "2016-09-02"], [] },
        { 2017, ["2017-01-02", "2017-01-26", "2017-01-27", "2017-01-30", "2017-01-31", "2017-02-01", "2017-04-06", "2017-05-01", "2017-05-02", "2017-09-04"], [] },
        { 2018, ["2018-01-01", "2018-02-14", "2018-02-15", "2018-02-16", "2018-02-19", "2018-02-20", "2018-04-25", "2018-04-30", "2018-05-01", "2018-09-03", "2018-12-31"], [] },
        { 2019, ["2019-01-01", "2019-02-04", "2019-02-05", "2019-02-06", "2019-02-07", "2019-02-08", "2019-04-15", "2019-04-29", "2019-04-30", "2019-05-01", "2019-09-02"], ["2019-01-05", "2019-05-04"] },
        { 2020, ["2020-01-01", "2020-01-23", "2020-01-24", "2020-01-27", "2020-01-28", "2020-01-29", "2020-04-02", "2020-04-30", "2020-05-01", "2020-09-02"], [] },
        { 2021, ["2021-01-01", "2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16", "2021-04-21", "2021-04-30", "2021-05-03", "2021-09-02", "2021-09-03"], [] },
        { 2022, ["2022-01-03", "2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04", "2022-04-11", "2022-05-02", "2022-05-03", "2022-09-01", "2022-09-02"], [] },
        { 2023, ["2023-01-02", "2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26", "2023-05-01", "2023-05-02", "2023-05-03", "2023-09-01", "2023-09-04"], [] },
        { 2024, ["2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14", "2024-04-18", "2024-04-29", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03"], ["2024-05-04"] },
        { 2025, ["2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"], ["2025-04-26"] },
        { 2026, ["2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01", "2026-09-02", "2026-11-24"], ["2026-01-10", "2026-08-22"] },
    };

    [Theory]
    [MemberData(nameof(Years))]
    public void GetYear_PublishedYear_HasExactlyTheNoticesWeekdayDaysOffAndMakeUpSaturdays(int year, string[] daysOff, string[] makeUps)
    {
        var schedule = WorkingCalendar.Default.GetYear(year);

        Assert.True(schedule.IsOfficial);
        Assert.Equal(daysOff.Select(Date), schedule.DaysOff.Select(d => d.Date));
        Assert.Equal(makeUps.Select(Date), schedule.MakeUpWorkingDays.Select(d => d.Date));
        Assert.All(schedule.DaysOff, d => Assert.True(d.IsOfficial));
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void IsWorkingDay_PublishedYear_AgreesWithTheListForEveryDayOfTheYear(int year, string[] daysOff, string[] makeUps)
    {
        var off = daysOff.Select(Date).ToHashSet();
        var work = makeUps.Select(Date).ToHashSet();
        for (var date = new LocalDate(year, 1, 1); date.Year == year; date = date.PlusDays(1))
        {
            var weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            var expected = work.Contains(date) || (!weekend && !off.Contains(date));
            Assert.True(expected == WorkingCalendar.Default.IsWorkingDay(date), $"{date:yyyy-MM-dd} expected working={expected}");
        }
    }

    internal static LocalDate Date(string iso) => LocalDate.FromDateTime(DateTime.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
