using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Benchmarks;

/// <summary>
/// Lunar conversions of the same 1,000 days spread over 1901–2100, against .NET's Chinese calendar as the
/// baseline (a different calendar, but the closest built-in one, with the same kind of work to do).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LunarConversionBenchmarks
{
    private const int Count = 1000;

    private readonly ChineseLunisolarCalendar _china = new();
    private DateTime[] _solarDateTimes = [];
    private LocalDate[] _solarDates = [];
    private (int Year, int Month, int Day)[] _chineseDates = [];
    private LunarDate[] _lunarDates = [];

    [GlobalSetup]
    public void Setup()
    {
        // Evenly spaced over the Chinese calendar's range, so that both calendars see the same days.
        var first = LocalDate.FromDateTime(_china.MinSupportedDateTime);
        var last = new LocalDate(2100, 12, 31);
        var step = Period.DaysBetween(first, last) / Count;
        _solarDates = [.. Enumerable.Range(0, Count).Select(i => first.PlusDays(i * step))];
        _solarDateTimes = [.. _solarDates.Select(d => d.ToDateTimeUnspecified())];
        _chineseDates = [.. _solarDateTimes.Select(d => (_china.GetYear(d), _china.GetMonth(d), _china.GetDayOfMonth(d)))];
        _lunarDates = [.. _solarDates.Select(VietnameseLunarCalendar.FromSolar)];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("Solar to lunar")]
    public int ChineseLunisolarCalendar_SolarToLunar()
    {
        var sum = 0;
        foreach (var date in _solarDateTimes)
        {
            sum += _china.GetYear(date) + _china.GetMonth(date) + _china.GetDayOfMonth(date);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Solar to lunar")]
    public int VietnameseLunarCalendar_FromSolar()
    {
        var sum = 0;
        foreach (var date in _solarDates)
        {
            var lunar = VietnameseLunarCalendar.FromSolar(date);
            sum += lunar.Year + lunar.Month + lunar.Day;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("Lunar to solar")]
    public int ChineseLunisolarCalendar_ToDateTime()
    {
        var sum = 0;
        foreach (var (year, month, day) in _chineseDates)
        {
            sum += _china.ToDateTime(year, month, day, 0, 0, 0, 0).Day;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Lunar to solar")]
    public int VietnameseLunarCalendar_ToSolar()
    {
        var sum = 0;
        foreach (var date in _lunarDates)
        {
            sum += VietnameseLunarCalendar.ToSolar(date).Day;
        }

        return sum;
    }
}
