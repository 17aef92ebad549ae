using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Tests.Calendar;

/// <summary>Every supported solar day, 1900-01-01 to 2199-12-31 (about 109,500 days): cheap enough to check them all.</summary>
public sealed class LunarCalendarExhaustiveTests
{
    [Fact]
    public void FromSolar_EveryDayInRange_RoundTripsAndStepsOneLunarDayAtATime()
    {
        var previous = VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MinDate);
        var days = 1;
        for (var date = VietnameseLunarCalendar.MinDate.PlusDays(1); date <= VietnameseLunarCalendar.MaxDate; date = date.PlusDays(1))
        {
            var lunar = VietnameseLunarCalendar.FromSolar(date);
            Assert.Equal(date, VietnameseLunarCalendar.ToSolar(lunar));
            Assert.Equal(LunarSequence.NextDay(previous), lunar);
            previous = lunar;
            days++;
        }

        Assert.Equal(109_573, days);
    }

    [Fact]
    public void FromSolar_EveryDayInRange_GivesMonthsOf29Or30DaysAnd12Or13MonthsAYear()
    {
        var monthLengths = new Dictionary<(int Year, int Month, bool Leap), int>();
        for (var date = VietnameseLunarCalendar.MinDate; date <= VietnameseLunarCalendar.MaxDate; date = date.PlusDays(1))
        {
            var lunar = VietnameseLunarCalendar.FromSolar(date);
            var key = (lunar.Year, lunar.Month, lunar.IsLeapMonth);
            monthLengths[key] = monthLengths.GetValueOrDefault(key) + 1;
        }

        // The first and last lunar years are cut by the solar range; every other year is whole.
        foreach (var year in monthLengths.Keys.Select(k => k.Year).Distinct().Where(y => y is > 1899 and < 2199))
        {
            var months = monthLengths.Where(m => m.Key.Year == year).ToList();
            var leapMonth = VietnameseLunarCalendar.GetLeapMonth(year);
            Assert.Equal(leapMonth == 0 ? 12 : 13, months.Count);
            Assert.All(months, m => Assert.InRange(m.Value, 29, 30));
            Assert.All(months, m => Assert.Equal(VietnameseLunarCalendar.GetDaysInMonth(year, m.Key.Month, m.Key.Leap), m.Value));
            Assert.Equal(leapMonth != 0, months.Any(m => m.Key.Leap && m.Key.Month == leapMonth));
        }
    }
}
