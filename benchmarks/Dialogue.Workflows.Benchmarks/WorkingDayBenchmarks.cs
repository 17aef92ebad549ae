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

    /// <summary>Builds the calendar once, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _calendar = WorkingCalendar.Default;
        _end = Start.PlusDays(SpanDays);
        _workingDays = Math.Max(1, _calendar.CountWorkingDays(Start.PlusDays(1), _end));
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
