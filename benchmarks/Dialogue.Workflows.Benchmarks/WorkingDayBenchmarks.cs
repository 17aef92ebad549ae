using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Benchmarks;

/// <summary>
/// Adding and counting working days over 1 day, 1 year and 10 years: the table look-ups of
/// <see cref="WorkingCalendar"/> against a day-by-day loop over the same calendar (the baseline).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class WorkingDayBenchmarks
{
    private static readonly LocalDate Start = new(2023, 8, 28);
    private WorkingCalendar _calendar = null!;
    private LocalDate _end;
    private int _workingDays;

    /// <summary>The span in calendar days: 1 day, 1 year, 10 years.</summary>
    [Params(1, 365, 3652)]
    public int SpanDays { get; set; }

    /// <summary>Whether the calendar counts on loaded schedule files (2024 and 2027 as written by the library, one with a storm day) rather than the shipped data alone.</summary>
    [Params(false, true)]
    public bool Loaded { get; set; }

    /// <summary>Builds the calendar once, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _calendar = Loaded ? LoadedCalendar() : WorkingCalendar.Default;
        _end = Start.PlusDays(SpanDays);
        _workingDays = Math.Max(1, _calendar.CountWorkingDays(Start.PlusDays(1), _end));
    }

    // Schedule files go through their text form, as a host loads them at start-up.
    private static WorkingCalendar LoadedCalendar()
    {
        var options = new WorkingCalendarOptions();
        var year2024 = ScheduleFile.FromYear(WorkingCalendar.Default.GetYear(2024));
        year2024 = new PublishedSchedule(2024, year2024.Document,
            [.. year2024.DaysOff, new ScheduledDay(new LocalDate(2024, 9, 9), "Nghỉ do bão số 3")], year2024.MakeUpWorkingDays);
        options.PublishedSchedules.Add(ScheduleFile.Parse(ScheduleFile.Write(year2024), "calendar-2024.json"));
        options.PublishedSchedules.Add(ScheduleFile.Parse(ScheduleFile.Write(WorkingCalendar.Default.GetYear(2027)), "calendar-2027.json"));
        return new WorkingCalendar(options);
    }

    /// <summary>Adds working days by stepping one day at a time.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Add")]
    public LocalDate AddNaive()
    {
        var date = Start;
        for (var left = _workingDays; left > 0;)
        {
            date = date.PlusDays(1);
            if (_calendar.IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary>Adds working days with the calendar's tables.</summary>
    [Benchmark]
    [BenchmarkCategory("Add")]
    public LocalDate AddTable() => _calendar.AddWorkingDays(Start, _workingDays);

    /// <summary>Counts working days by stepping one day at a time.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Count")]
    public int CountNaive()
    {
        var count = 0;
        for (var date = Start; date <= _end; date = date.PlusDays(1))
        {
            if (_calendar.IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Counts working days with the calendar's tables.</summary>
    [Benchmark]
    [BenchmarkCategory("Count")]
    public int CountTable() => _calendar.CountWorkingDays(Start, _end);
}
