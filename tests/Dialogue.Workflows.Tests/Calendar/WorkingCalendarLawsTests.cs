using Dialogue.Workflows.Calendar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Dialogue.Workflows.Tests.Calendar;

/// <summary>
/// Laws of working-day arithmetic, checked on random calendars (random weekly rest days, with or
/// without the shipped schedules, random host overrides), random dates and random spans.
/// </summary>
public sealed class WorkingCalendarLawsTests
{
    // Dates and spans stay well inside 1995..2199, even on a calendar with three working days a week.
    private static readonly LocalDate First = new(2010, 1, 1);
    private static readonly int Span = Period.DaysBetween(First, new LocalDate(2180, 1, 1));

    [Property(MaxTest = 60)]
    public Property AddWorkingDays_ThenCount_GivesBackN() => Prop.ForAll(Cases(), c =>
    {
        var (calendar, date, n) = c.Build();
        var result = calendar.AddWorkingDays(date, n);
        return n switch
        {
            > 0 => result > date && calendar.IsWorkingDay(result) && calendar.CountWorkingDays(date.PlusDays(1), result) == n,
            < 0 => result < date && calendar.IsWorkingDay(result) && calendar.CountWorkingDays(result, date.PlusDays(-1)) == -n,
            _ => result == date,
        };
    });

    [Property(MaxTest = 60)]
    public Property AddWorkingDays_MinusNOnAWorkingDay_UndoesPlusN() => Prop.ForAll(Cases(), c =>
    {
        var (calendar, date, n) = c.Build();
        var start = calendar.OnOrNextWorkingDay(date);
        return calendar.AddWorkingDays(calendar.AddWorkingDays(start, n), -n) == start;
    });

    [Property(MaxTest = 60)]
    public Property NextAndPreviousWorkingDay_AreAddingOneAndMinusOne() => Prop.ForAll(Cases(), c =>
    {
        var (calendar, date, _) = c.Build();
        var next = calendar.NextWorkingDay(date);
        var previous = calendar.PreviousWorkingDay(date);
        return next == calendar.AddWorkingDays(date, 1)
            && previous == calendar.AddWorkingDays(date, -1)
            && calendar.CountWorkingDays(date.PlusDays(1), next) == 1
            && calendar.CountWorkingDays(previous, date.PlusDays(-1)) == 1
            && (!calendar.IsWorkingDay(date) || (calendar.PreviousWorkingDay(next) == date && calendar.NextWorkingDay(previous) == date));
    });

    [Property(MaxTest = 60)]
    public Property AddWorkingDays_IsMonotonicInTheStartDate() => Prop.ForAll(Cases(), Gen.Choose(0, 400).ToArbitrary(), (c, gap) =>
    {
        var (calendar, date, n) = c.Build();
        return calendar.AddWorkingDays(date, n) <= calendar.AddWorkingDays(date.PlusDays(gap), n);
    });

    [Property(MaxTest = 60)]
    public Property CountWorkingDays_IsAdditiveAndAgreesWithADayByDayCount() => Prop.ForAll(Cases(), Gen.Choose(0, 900).ToArbitrary(), (c, length) =>
    {
        var (calendar, date, _) = c.Build();
        var end = date.PlusDays(length);
        var middle = date.PlusDays(length / 2);
        var naive = 0;
        for (var d = date; d <= end; d = d.PlusDays(1))
        {
            naive += calendar.Describe(d).IsWorkingDay ? 1 : 0;
        }

        var total = calendar.CountWorkingDays(date, end);
        return total == naive && total == calendar.CountWorkingDays(date, middle) + (middle == end ? 0 : calendar.CountWorkingDays(middle.PlusDays(1), end));
    });

    [Property(MaxTest = 40)]
    public Property HostOverrides_AlwaysWin() => Prop.ForAll(Cases(), c =>
    {
        var (calendar, _, _) = c.Build();
        return c.Overrides.All(o => calendar.IsWorkingDay(o.Date) == o.IsWorkingDay && calendar.Describe(o.Date).Name == o.Reason);
    });

    private static Arbitrary<CalendarCase> Cases()
    {
        var rest = Gen.Elements<IsoDayOfWeek[]>(
            [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday],
            [IsoDayOfWeek.Sunday],
            [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday],
            [],
            [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]);
        var overrideGen =
            from offset in Gen.Choose(0, Span)
            from working in Gen.Elements(true, false)
            select new CalendarOverride(First.PlusDays(offset), working, working ? "Làm việc theo quyết định" : "Nghỉ theo quyết định");
        var gen =
            from restDays in rest
            from shipped in Gen.Elements(true, false)
            from overrides in Gen.ListOf(overrideGen, 25)
            from offset in Gen.Choose(0, Span)
            from n in Gen.Choose(-2000, 2000)
            select new CalendarCase(restDays, shipped, [.. overrides.DistinctBy(o => o.Date)], First.PlusDays(offset), n);
        return gen.ToArbitrary();
    }

    public sealed record CalendarCase(IsoDayOfWeek[] RestDays, bool Shipped, CalendarOverride[] Overrides, LocalDate Date, int N)
    {
        public (WorkingCalendar Calendar, LocalDate Date, int N) Build()
        {
            var options = new WorkingCalendarOptions { UseShippedSchedules = Shipped };
            options.WeeklyRestDays.Clear();
            foreach (var day in RestDays)
            {
                options.WeeklyRestDays.Add(day);
            }

            foreach (var entry in Overrides)
            {
                options.Overrides.Add(entry);
            }

            return (new WorkingCalendar(options), Date, N);
        }

        public override string ToString() =>
            $"rest=[{string.Join(",", RestDays)}] shipped={Shipped} overrides={Overrides.Length} date={Date:yyyy-MM-dd} n={N}";
    }
}
