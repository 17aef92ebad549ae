using Dialogue.Workflows.Calendar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Dialogue.Workflows.Tests.Calendar;

/// <summary>Properties of the conversions, checked on random days and months across the whole supported range.</summary>
public sealed class LunarCalendarPropertyTests
{
    private static readonly int SupportedDays = Period.DaysBetween(VietnameseLunarCalendar.MinDate, VietnameseLunarCalendar.MaxDate) + 1;

    // Any supported solar day, uniformly: FsCheck's default ints cluster near zero.
    private static Arbitrary<LocalDate> SupportedDay { get; } =
        Gen.Choose(0, SupportedDays - 1).Select(offset => VietnameseLunarCalendar.MinDate.PlusDays(offset)).ToArbitrary();

    // Any supported day but the last, so that the next day is supported too.
    private static Arbitrary<LocalDate> DayWithNextDay { get; } =
        Gen.Choose(0, SupportedDays - 2).Select(offset => VietnameseLunarCalendar.MinDate.PlusDays(offset)).ToArbitrary();

    // Lunar years whose Tết and the next one are both in the solar range.
    private static Arbitrary<int> WholeLunarYear { get; } = Gen.Choose(1900, 2198).ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property FromSolar_ThenToSolar_GivesBackTheDate() =>
        Prop.ForAll(SupportedDay, date =>
            VietnameseLunarCalendar.ToSolar(VietnameseLunarCalendar.FromSolar(date)) == date);

    [Property(MaxTest = 2000)]
    public Property FromSolar_NextSolarDay_IsNextLunarDayOrFirstOfNextMonth() =>
        Prop.ForAll(DayWithNextDay, date =>
        {
            var today = VietnameseLunarCalendar.FromSolar(date);
            var tomorrow = VietnameseLunarCalendar.FromSolar(date.PlusDays(1));
            return tomorrow == LunarSequence.NextDay(today);
        });

    [Property(MaxTest = 500)]
    public Property GetDaysInMonth_AnyMonth_Is29Or30AndMatchesTheSolarDays() =>
        Prop.ForAll(WholeLunarYear, year =>
        {
            foreach (var (month, leap) in LunarSequence.MonthsOf(year))
            {
                var length = VietnameseLunarCalendar.GetDaysInMonth(year, month, leap);
                var first = VietnameseLunarCalendar.ToSolar(year, month, 1, leap);
                var last = VietnameseLunarCalendar.ToSolar(year, month, length, leap);
                if (length is not (29 or 30) || Period.DaysBetween(first, last) != length - 1
                    || VietnameseLunarCalendar.FromSolar(last.PlusDays(1)).Day != 1)
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 500)]
    public Property GetNewYear_AnyYear_Has12MonthsOr13WithTheLeapOne() =>
        Prop.ForAll(WholeLunarYear, year =>
        {
            var months = LunarSequence.MonthsOf(year).ToList();
            var span = Period.DaysBetween(VietnameseLunarCalendar.GetNewYear(year), VietnameseLunarCalendar.GetNewYear(year + 1));
            var sum = months.Sum(m => VietnameseLunarCalendar.GetDaysInMonth(year, m.Month, m.IsLeap));
            var expectedMonths = VietnameseLunarCalendar.GetLeapMonth(year) == 0 ? 12 : 13;

            // 12 months of 29 or 30 days make 353–355 days; 13 make 383–385.
            var spanFits = expectedMonths == 12 ? span is >= 353 and <= 355 : span is >= 383 and <= 385;
            return months.Count == expectedMonths && sum == span && spanFits;
        });
}
