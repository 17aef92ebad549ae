using System.Globalization;
using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>
/// Vietnam's working days (ngày làm việc) for state bodies: weekly rest days, the statutory holidays
/// of each Labour Code era, compensatory days, the Government's published schedules with their
/// swapped days, and the host's own overrides.
/// </summary>
/// <remarks>
/// <para>
/// A day is a working day unless it is a weekly rest day (Saturday and Sunday by default), a
/// statutory holiday, a compensatory day off (the next working day after a holiday that fell on a
/// weekly rest day), or a swapped day off; a make-up Saturday of a swap is a working day. The host's
/// overrides win over all of that. Years 2016–2026 follow the published schedules
/// (<see cref="OfficialSchedules"/>); other years are projected from the rules and reported as such.
/// </para>
/// <para>
/// Range: <see cref="MinDate"/> (1995-01-01, when the Labour Code 1994 took effect) to
/// <see cref="MaxDate"/> (2199-12-31). The whole range is tabulated once when the calendar is built
/// (a few milliseconds); every query afterwards is a constant-time, allocation-free look-up whatever
/// the span, and a built calendar is immutable and safe to share between threads. Build one per
/// configuration and keep it; <see cref="Default"/> is the shared default one.
/// </para>
/// <para>
/// Intervals are inclusive at both ends, as Vietnamese documents write them ("từ ngày … đến hết
/// ngày …"). Dates are <see cref="LocalDate"/>s: a working day is a civil date in Vietnam, with no
/// time zone to get wrong.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var calendar = WorkingCalendar.Default;
/// calendar.IsWorkingDay(new LocalDate(2023, 9, 4));               // false: nghỉ bù Quốc khánh
/// calendar.AddWorkingDays(new LocalDate(2021, 10, 25), 3);         // 2021-10-28
/// calendar.CountWorkingDays(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
/// </code>
/// </example>
public sealed class WorkingCalendar
{
    private static readonly Lazy<WorkingCalendar> DefaultCalendar = new(() => new WorkingCalendar(new WorkingCalendarOptions()));

    private readonly int _firstDay;
    private readonly int _lastDay;
    private readonly bool[] _isRestDay = new bool[8];
    // _workingBefore[i]: working days in [MinDate, MinDate + i); one entry more than there are days.
    private readonly int[] _workingBefore;
    // _workingDays[k]: offset from MinDate of the k-th working day.
    private readonly int[] _workingDays;
    private readonly Dictionary<int, CalendarDay> _special = [];
    private readonly Dictionary<int, OfficialSchedule> _schedules = [];

    /// <summary>Builds a calendar with the given options.</summary>
    /// <param name="options">Weekly rest days, schedules and overrides; copied, so later changes have no effect.</param>
    /// <exception cref="ArgumentException">
    /// The options are inconsistent: every day of the week is a rest day, two schedules or two
    /// overrides name the same year or date, a swap does not trade a weekday for a rest day, or a
    /// date is outside the calendar's range. The message names the bad value.
    /// </exception>
    public WorkingCalendar(WorkingCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _firstDay = JulianDayNumber.FromDate(MinDate);
        _lastDay = JulianDayNumber.FromDate(MaxDate);
        foreach (var day in options.WeeklyRestDays)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentException($"'{day}' is not a day of the week.", nameof(options));
            }

            _isRestDay[(int)day] = true;
        }

        WeeklyRestDays = [.. Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d).Where(d => _isRestDay[(int)d])];
        if (WeeklyRestDays.Count == 7)
        {
            throw new ArgumentException("Every day of the week is a weekly rest day: there would be no working day.", nameof(options));
        }

        CollectSchedules(options);
        AddHolidays();
        if (WeeklyRestDays.SequenceEqual([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]))
        {
            AddSwaps();
        }

        AddOverrides(options.Overrides);
        (_workingBefore, _workingDays) = Tabulate();
    }

    /// <summary>The shared calendar with the default options: Saturday and Sunday off, shipped schedules, no overrides.</summary>
    public static WorkingCalendar Default => DefaultCalendar.Value;

    /// <summary>The first date the calendar covers: 1995-01-01.</summary>
    public static LocalDate MinDate { get; } = new(1995, 1, 1);

    /// <summary>The last date the calendar covers: 2199-12-31.</summary>
    public static LocalDate MaxDate { get; } = new(2199, 12, 31);

    /// <summary>The weekly rest days, Monday first.</summary>
    public IReadOnlyList<IsoDayOfWeek> WeeklyRestDays { get; }

    /// <summary>Tells whether a date is a working day.</summary>
    /// <param name="date">A date in <see cref="MinDate"/>..<see cref="MaxDate"/>.</param>
    /// <returns>True for a working day.</returns>
    /// <exception cref="CalendarRangeException">The date is outside the calendar's range.</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        var offset = OffsetOf(date, nameof(date));
        return _workingBefore[offset + 1] != _workingBefore[offset];
    }

    /// <summary>The first working day strictly after a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The next working day.</returns>
    /// <exception cref="CalendarRangeException">The date, or the answer, is outside the calendar's range.</exception>
    public LocalDate NextWorkingDay(LocalDate date) => WorkingDayAt(_workingBefore[OffsetOf(date, nameof(date)) + 1], date, 1);

    /// <summary>The last working day strictly before a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The previous working day.</returns>
    /// <exception cref="CalendarRangeException">The date, or the answer, is outside the calendar's range.</exception>
    public LocalDate PreviousWorkingDay(LocalDate date) => WorkingDayAt(_workingBefore[OffsetOf(date, nameof(date))] - 1, date, -1);

    /// <summary>The date itself if it is a working day, else the next working day (the Civil Code's Art. 148(5) roll-forward).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The first working day on or after the date.</returns>
    /// <exception cref="CalendarRangeException">The date, or the answer, is outside the calendar's range.</exception>
    public LocalDate OnOrNextWorkingDay(LocalDate date) => WorkingDayAt(_workingBefore[OffsetOf(date, nameof(date))], date, 1);

    /// <summary>The date itself if it is a working day, else the previous working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The last working day on or before the date.</returns>
    /// <exception cref="CalendarRangeException">The date, or the answer, is outside the calendar's range.</exception>
    public LocalDate OnOrPreviousWorkingDay(LocalDate date) => WorkingDayAt(_workingBefore[OffsetOf(date, nameof(date)) + 1] - 1, date, -1);

    /// <summary>Adds working days to a date.</summary>
    /// <param name="date">The date counted from; it need not be a working day.</param>
    /// <param name="workingDays">
    /// How many working days: positive counts forward (1 = the next working day after
    /// <paramref name="date"/>), negative counts backward (-1 = the previous working day), 0 returns
    /// the date unchanged.
    /// </param>
    /// <returns>The working day reached.</returns>
    /// <remarks>
    /// The date itself is never counted, as the Civil Code's Art. 147 starts a period on the day after
    /// the event. On a working day, adding <c>-n</c> undoes adding <c>n</c>.
    /// </remarks>
    /// <exception cref="CalendarRangeException">The date, or the answer, is outside the calendar's range.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int workingDays)
    {
        var offset = OffsetOf(date, nameof(date));
        return workingDays switch
        {
            > 0 => WorkingDayAt((long)_workingBefore[offset + 1] + workingDays - 1, date, workingDays),
            < 0 => WorkingDayAt((long)_workingBefore[offset] + workingDays, date, workingDays),
            _ => date,
        };
    }

    /// <summary>Counts the working days in an inclusive interval.</summary>
    /// <param name="start">The first day of the interval.</param>
    /// <param name="end">The last day of the interval, on or after <paramref name="start"/>.</param>
    /// <returns>The number of working days from <paramref name="start"/> to <paramref name="end"/>, both included.</returns>
    /// <exception cref="CalendarRangeException">A date is outside the calendar's range.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public int CountWorkingDays(LocalDate start, LocalDate end)
    {
        var from = OffsetOf(start, nameof(start));
        var to = OffsetOf(end, nameof(end));
        if (to < from)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The interval ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})."),
                nameof(end));
        }

        return _workingBefore[to + 1] - _workingBefore[from];
    }

    /// <summary>Counts the working days in an interval (NodaTime's intervals are inclusive at both ends).</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The number of working days in it.</returns>
    /// <exception cref="CalendarRangeException">A date is outside the calendar's range.</exception>
    public int CountWorkingDays(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return CountWorkingDays(interval.Start, interval.End);
    }

    /// <summary>Describes a date: working or not, and why, with the source.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The day's description.</returns>
    /// <exception cref="CalendarRangeException">The date is outside the calendar's range.</exception>
    public CalendarDay Describe(LocalDate date)
    {
        var offset = OffsetOf(date, nameof(date));
        if (_special.TryGetValue(_firstDay + offset, out var special))
        {
            return special;
        }

        var dayOfWeek = date.DayOfWeek;
        return _isRestDay[(int)dayOfWeek]
            ? new CalendarDay(date, CalendarDayKind.WeeklyRest, $"{DayNames.Vi(dayOfWeek)} – nghỉ hằng tuần", $"{DayNames.En(dayOfWeek)} – weekly rest")
            : new CalendarDay(date, CalendarDayKind.WorkingDay, "Ngày làm việc", "Working day");
    }

    /// <summary>The days that are not working days in an inclusive interval, each with why.</summary>
    /// <param name="start">The first day of the interval.</param>
    /// <param name="end">The last day of the interval, on or after <paramref name="start"/>.</param>
    /// <returns>The non-working days, in date order: what a deadline counted in working days skips.</returns>
    /// <exception cref="CalendarRangeException">A date is outside the calendar's range.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public IReadOnlyList<CalendarDay> NonWorkingDays(LocalDate start, LocalDate end)
    {
        var total = Period.DaysBetween(start, end) + 1;
        var days = new List<CalendarDay>(Math.Max(0, total - CountWorkingDays(start, end)));
        for (var date = start; date <= end; date = date.PlusDays(1))
        {
            if (!IsWorkingDay(date))
            {
                days.Add(Describe(date));
            }
        }

        return days;
    }

    /// <summary>Tells whether a year is fixed by a published schedule (shipped or added by the host).</summary>
    /// <param name="year">The year.</param>
    /// <returns>True when a schedule fixes it; false when it is projected from the rules.</returns>
    public bool IsOfficialYear(int year) => _schedules.ContainsKey(year);

    /// <summary>The schedule used for a year, if any.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The schedule, or null for a projected year.</returns>
    public OfficialSchedule? ScheduleOf(int year) => _schedules.GetValueOrDefault(year);

    /// <summary>A year's holidays, days off (weekdays only) and make-up working days.</summary>
    /// <param name="year">A year from 1995 to 2199.</param>
    /// <returns>The year's schedule as this calendar sees it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the calendar's range.</exception>
    public YearSchedule GetYear(int year)
    {
        if (year < MinDate.Year || year > MaxDate.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Year {year} is outside the working calendar's years {MinDate.Year}..{MaxDate.Year}.");
        }

        var holidays = new List<StatutoryHoliday>();
        var daysOff = new List<DayOff>();
        var makeUps = new List<MakeUpWorkingDay>();
        var first = new LocalDate(year, 1, 1);
        var last = new LocalDate(year, 12, 31);
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            if (!_special.TryGetValue(JulianDayNumber.FromDate(date), out var day))
            {
                continue;
            }

            if (day.Holiday is not null)
            {
                holidays.Add(day.Holiday);
            }

            var rest = _isRestDay[(int)date.DayOfWeek];
            if (!day.IsWorkingDay && !rest && day.DayOff is not null)
            {
                daysOff.Add(day.DayOff);
            }
            else if (day.IsWorkingDay && rest && day.MakeUpWorkingDay is not null)
            {
                makeUps.Add(day.MakeUpWorkingDay);
            }
        }

        var schedule = ScheduleOf(year);
        return new YearSchedule(year, schedule is not null, schedule?.Source, holidays, daysOff, makeUps, CountWorkingDays(first, last));
    }

    private int OffsetOf(LocalDate date, string parameterName)
    {
        var day = JulianDayNumber.FromDate(date);
        if (day < _firstDay || day > _lastDay)
        {
            throw CalendarRangeException.ForDate(date, MinDate, MaxDate, "working calendar", parameterName);
        }

        return day - _firstDay;
    }

    private LocalDate WorkingDayAt(long ordinal, LocalDate from, int step)
    {
        if (ordinal < 0 || ordinal >= _workingDays.Length)
        {
            throw new CalendarRangeException("workingDays", from, MinDate, MaxDate, string.Create(CultureInfo.InvariantCulture,
                $"Moving {step} working day(s) from {from:yyyy-MM-dd} leaves the working calendar's range {MinDate:yyyy-MM-dd}..{MaxDate:yyyy-MM-dd} " +
                $"(vượt ngoài phạm vi lịch làm việc)."));
        }

        return JulianDayNumber.ToDate(_firstDay + _workingDays[ordinal]);
    }

    private bool IsRest(LocalDate date) => _isRestDay[(int)date.DayOfWeek];

    private void CollectSchedules(WorkingCalendarOptions options)
    {
        if (options.UseShippedSchedules)
        {
            foreach (var schedule in OfficialSchedules.All)
            {
                _schedules[schedule.Year] = schedule;
            }
        }

        var hostYears = new HashSet<int>();
        foreach (var schedule in options.Schedules)
        {
            ArgumentNullException.ThrowIfNull(schedule, nameof(options));
            if (!hostYears.Add(schedule.Year))
            {
                throw new ArgumentException($"Two schedules are given for {schedule.Year}; give one per year.", nameof(options));
            }

            _schedules[schedule.Year] = schedule;
        }
    }

    private void AddHolidays()
    {
        var compensated = new HashSet<LocalDate>();
        for (var year = MinDate.Year; year <= MaxDate.Year; year++)
        {
            var schedule = ScheduleOf(year);
            var holidays = HolidayRules.HolidaysOf(year, schedule);
            var holidayDates = holidays.Select(h => h.Date).ToHashSet();
            foreach (var holiday in holidays)
            {
                var source = schedule?.SourceFor(holiday.Kind) ?? holiday.Law.HolidayArticle;
                if (IsRest(holiday.Date))
                {
                    var dow = holiday.Date.DayOfWeek;
                    Set(holiday.Date, new CalendarDay(holiday.Date, CalendarDayKind.WeeklyRest,
                        $"{holiday.Name}, trùng {DayNames.Vi(dow)} (nghỉ bù ngày làm việc kế tiếp)",
                        $"{holiday.EnglishName}, on a {DayNames.En(dow)} (compensated on the next working day)")
                    { Holiday = holiday, Source = source });

                    var compensation = holiday.Date.PlusDays(1);
                    while (IsRest(compensation) || holidayDates.Contains(compensation) || compensated.Contains(compensation))
                    {
                        compensation = compensation.PlusDays(1);
                    }

                    compensated.Add(compensation);
                    var name = $"Nghỉ bù {holiday.Name} {DayNames.ViDate(holiday.Date)}";
                    var englishName = $"Compensatory day off for {holiday.EnglishName}, {DayNames.IsoDate(holiday.Date)}";
                    var off = new DayOff(compensation, DayOffKind.CompensatoryDay, name, englishName, schedule is not null,
                        schedule is null ? $"{source}; {holiday.Law.CompensationArticle}" : source)
                    { Holiday = holiday.Kind };
                    Set(compensation, new CalendarDay(compensation, CalendarDayKind.DayOff, name, englishName) { DayOff = off });
                }
                else
                {
                    var off = new DayOff(holiday.Date, DayOffKind.Holiday, holiday.Name, holiday.EnglishName, schedule is not null, source)
                    { Holiday = holiday.Kind };
                    Set(holiday.Date, new CalendarDay(holiday.Date, CalendarDayKind.DayOff, holiday.Name, holiday.EnglishName)
                    { Holiday = holiday, DayOff = off });
                }
            }
        }
    }

    private void AddSwaps()
    {
        foreach (var schedule in _schedules.Values.OrderBy(s => s.Year))
        {
            foreach (var swap in schedule.Swaps)
            {
                ArgumentNullException.ThrowIfNull(swap);
                InRange(swap.DayOff);
                InRange(swap.MakeUpWorkingDay);
                if (IsRest(swap.DayOff) || !IsRest(swap.MakeUpWorkingDay) || !IsOrdinary(swap.DayOff) || !IsOrdinary(swap.MakeUpWorkingDay))
                {
                    throw new ArgumentException(
                        $"The {schedule.Year} swap {DayNames.IsoDate(swap.DayOff)} ↔ {DayNames.IsoDate(swap.MakeUpWorkingDay)} must trade an ordinary working day " +
                        "for an ordinary weekly rest day (hoán đổi một ngày làm việc với một ngày nghỉ hằng tuần).",
                        "options");
                }

                var offDow = swap.DayOff.DayOfWeek;
                var makeUpDow = swap.MakeUpWorkingDay.DayOfWeek;
                var offName = $"Nghỉ hoán đổi, làm bù {DayNames.Vi(makeUpDow)} {DayNames.ViDate(swap.MakeUpWorkingDay)}";
                var offEnglish = $"Swapped day off, made up on {DayNames.En(makeUpDow)} {DayNames.IsoDate(swap.MakeUpWorkingDay)}";
                Set(swap.DayOff, new CalendarDay(swap.DayOff, CalendarDayKind.DayOff, offName, offEnglish)
                {
                    DayOff = new DayOff(swap.DayOff, DayOffKind.SwappedDayOff, offName, offEnglish, IsOfficial: true, swap.Source),
                });

                var makeUpName = $"Làm bù cho ngày nghỉ {DayNames.Vi(offDow)} {DayNames.ViDate(swap.DayOff)}";
                var makeUpEnglish = $"Make-up working day for the day off on {DayNames.En(offDow)} {DayNames.IsoDate(swap.DayOff)}";
                Set(swap.MakeUpWorkingDay, new CalendarDay(swap.MakeUpWorkingDay, CalendarDayKind.MakeUpWorkingDay, makeUpName, makeUpEnglish)
                {
                    MakeUpWorkingDay = new MakeUpWorkingDay(swap.MakeUpWorkingDay, makeUpName, makeUpEnglish, IsOfficial: true, swap.Source)
                    {
                        ReplacesDayOff = swap.DayOff,
                    },
                });
            }
        }
    }

    private void AddOverrides(IEnumerable<CalendarOverride> overrides)
    {
        var seen = new HashSet<LocalDate>();
        foreach (var entry in overrides)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(overrides));
            ArgumentException.ThrowIfNullOrWhiteSpace(entry.Reason, nameof(overrides));
            InRange(entry.Date);
            if (!seen.Add(entry.Date))
            {
                throw new ArgumentException($"Two overrides are given for {DayNames.IsoDate(entry.Date)}; give one per date.", "options");
            }

            var english = entry.EnglishReason ?? entry.Reason;
            var source = entry.Source ?? "quyết định của đơn vị sử dụng (host override)";
            var holiday = _special.GetValueOrDefault(JulianDayNumber.FromDate(entry.Date))?.Holiday;
            CalendarDay day;
            if (!entry.IsWorkingDay)
            {
                day = new CalendarDay(entry.Date, CalendarDayKind.DayOff, entry.Reason, english)
                {
                    Holiday = holiday,
                    DayOff = new DayOff(entry.Date, DayOffKind.HostDayOff, entry.Reason, english, IsOfficial: true, source),
                };
            }
            else
            {
                day = new CalendarDay(entry.Date, IsRest(entry.Date) ? CalendarDayKind.MakeUpWorkingDay : CalendarDayKind.WorkingDay, entry.Reason, english)
                {
                    Holiday = holiday,
                    MakeUpWorkingDay = new MakeUpWorkingDay(entry.Date, entry.Reason, english, IsOfficial: true, source),
                };
            }

            Set(entry.Date, day);
        }
    }

    private bool IsOrdinary(LocalDate date) => !_special.ContainsKey(JulianDayNumber.FromDate(date));

    private void InRange(LocalDate date) => OffsetOf(date, "options");

    private void Set(LocalDate date, CalendarDay day)
    {
        var key = JulianDayNumber.FromDate(date);
        if (key >= _firstDay && key <= _lastDay)
        {
            _special[key] = day;
        }
    }

    private (int[] WorkingBefore, int[] WorkingDays) Tabulate()
    {
        var count = _lastDay - _firstDay + 1;
        var before = new int[count + 1];
        var working = new List<int>(count * 5 / 7);
        for (var offset = 0; offset < count; offset++)
        {
            var day = _firstDay + offset;
            // Julian day 0 was a Monday.
            var isWorking = _special.TryGetValue(day, out var special) ? special.IsWorkingDay : !_isRestDay[(day % 7) + 1];
            if (isWorking)
            {
                working.Add(offset);
            }

            before[offset + 1] = working.Count;
        }

        return (before, working.ToArray());
    }
}
