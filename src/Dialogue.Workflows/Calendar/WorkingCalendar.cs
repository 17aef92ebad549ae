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
/// weekly rest day), or a swapped day off; a make-up Saturday of a swap is a working day. Years
/// 2016–2027 follow the published schedules (<see cref="OfficialSchedules"/>); other years are
/// projected from the rules and reported as such (<see cref="Status"/>).
/// </para>
/// <para>
/// Precedence, strongest first: the host's overrides, the published schedules the host loaded
/// (<see cref="WorkingCalendarOptions.PublishedSchedules"/>, schedule files), the official schedules,
/// the projection from the rules.
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
    private readonly Dictionary<int, PublishedSchedule> _published = [];
    private readonly CultureDayOnWeekend _cultureDayOnWeekend;

    /// <summary>Builds a calendar with the given options.</summary>
    /// <param name="options">Weekly rest days, schedules and overrides; copied, so later changes have no effect.</param>
    /// <exception cref="ArgumentException">
    /// The options are inconsistent: every day of the week is a rest day, two schedules or two
    /// overrides name the same year or date, a swap does not trade a weekday for a rest day, or a
    /// date is outside the calendar's range. The message names the bad value.
    /// </exception>
    /// <exception cref="ScheduleFileException">A schedule file in <see cref="WorkingCalendarOptions.ScheduleFiles"/> cannot be loaded; the message names the file, the entry and what is wrong.</exception>
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

        if (!Enum.IsDefined(options.CultureDayOnWeekend))
        {
            throw new ArgumentException($"'{options.CultureDayOnWeekend}' is not a CultureDayOnWeekend choice.", nameof(options));
        }

        _cultureDayOnWeekend = options.CultureDayOnWeekend;
        CultureDayOnWeekend = options.CultureDayOnWeekend;
        CollectSchedules(options);
        CollectPublished(options);
        AddHolidays();
        var saturdaySunday = WeeklyRestDays.SequenceEqual([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]);
        if (saturdaySunday)
        {
            AddSwaps();
        }

        AddPublished(saturdaySunday);
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

    /// <summary>The rule chosen for 24 November on a weekly rest day (see <see cref="Calendar.CultureDayOnWeekend"/>).</summary>
    public CultureDayOnWeekend CultureDayOnWeekend { get; }

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

    /// <summary>Tells whether a year is fixed by a published schedule (shipped, added by the host, or loaded).</summary>
    /// <param name="year">The year.</param>
    /// <returns>True when a schedule fixes it; false when it is projected from the rules.</returns>
    public bool IsOfficialYear(int year) => _schedules.ContainsKey(year) || _published.ContainsKey(year);

    /// <summary>The official schedule used for a year, if any (a loaded schedule of the year replaces it).</summary>
    /// <param name="year">The year.</param>
    /// <returns>The schedule, or null for a projected or loaded year.</returns>
    public OfficialSchedule? ScheduleOf(int year) => _published.ContainsKey(year) ? null : _schedules.GetValueOrDefault(year);

    /// <summary>The published schedule the host loaded for a year, if any.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The schedule, or null.</returns>
    public PublishedSchedule? PublishedScheduleOf(int year) => _published.GetValueOrDefault(year);

    /// <summary>The published schedules the host loaded, by year.</summary>
    public IReadOnlyCollection<PublishedSchedule> PublishedSchedules => _published.Values;

    /// <summary>Where a year comes from: official (which document), loaded from a file, or projected, and what is still projected.</summary>
    /// <param name="year">A year from 1995 to 2199.</param>
    /// <returns>The year's status.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the calendar's range.</exception>
    public CalendarYearStatus StatusOf(int year)
    {
        CheckYear(year);
        if (_published.TryGetValue(year, out var published))
        {
            return new CalendarYearStatus(year, CalendarYearSource.Loaded, published.Document.ToString(), published.File, []);
        }

        if (ScheduleOf(year) is { } schedule)
        {
            var projected = schedule.ProjectedHolidays.ToList();
            if (CultureDayUnsettled(year, schedule) && !projected.Contains(HolidayKind.VietnameseCultureDay))
            {
                projected.Add(HolidayKind.VietnameseCultureDay);
            }

            return new CalendarYearStatus(year, CalendarYearSource.Official, schedule.Source, null, [.. projected.Order()]);
        }

        return new CalendarYearStatus(year, CalendarYearSource.Projected, null, null,
            [.. HolidayRules.HolidaysOf(year, null).Select(h => h.Kind).Distinct().Order()]);
    }

    /// <summary>
    /// Each year's source on a day, from the first year with a schedule to the coming year (or the last
    /// year with a schedule), and a warning when the coming year is still projected within
    /// <see cref="CalendarStatus.ComingYearWarningDays"/> days of its start.
    /// </summary>
    /// <param name="today">The day it is.</param>
    /// <returns>The status.</returns>
    /// <example>
    /// <code>
    /// var status = WorkingCalendar.Default.Status(new LocalDate(2027, 11, 15));
    /// foreach (var warning in status.Warnings) Console.WriteLine(warning.EnglishMessage);
    /// </code>
    /// </example>
    public CalendarStatus Status(LocalDate today)
    {
        var known = _schedules.Keys.Concat(_published.Keys).ToList();
        var coming = Math.Min(today.Year + 1, MaxDate.Year);
        var first = known.Count > 0 ? Math.Min(known.Min(), coming) : coming;
        var last = Math.Max(known.Count > 0 ? known.Max() : coming, coming);
        var years = new List<CalendarYearStatus>(last - first + 1);
        for (var year = Math.Max(first, MinDate.Year); year <= last; year++)
        {
            years.Add(StatusOf(year));
        }

        var warnings = new List<CalendarStatusWarning>();
        var daysLeft = Period.DaysBetween(today, new LocalDate(coming, 1, 1));
        if (coming > today.Year && daysLeft <= CalendarStatus.ComingYearWarningDays && StatusOf(coming).Source == CalendarYearSource.Projected)
        {
            warnings.Add(new CalendarStatusWarning(CalendarStatusWarning.ComingYearProjected, coming,
                string.Create(CultureInfo.InvariantCulture,
                    $"Năm {coming} còn {daysLeft} ngày nữa bắt đầu nhưng vẫn là lịch dự kiến: hãy nạp lịch nghỉ chính thức khi được công bố."),
                string.Create(CultureInfo.InvariantCulture,
                    $"{coming} starts in {daysLeft} days and is still projected: load its official schedule once it is published.")));
        }

        return new CalendarStatus(today, years, warnings);
    }

    /// <summary>A year's holidays, days off (weekdays only) and make-up working days.</summary>
    /// <param name="year">A year from 1995 to 2199.</param>
    /// <returns>The year's schedule as this calendar sees it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the calendar's range.</exception>
    public YearSchedule GetYear(int year)
    {
        CheckYear(year);

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

        var status = StatusOf(year);
        return new YearSchedule(year, status.Source != CalendarYearSource.Projected, status.Document, holidays, daysOff, makeUps, CountWorkingDays(first, last))
        {
            Status = status,
        };
    }

    private static void CheckYear(int year)
    {
        if (year < MinDate.Year || year > MaxDate.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Year {year} is outside the working calendar's years {MinDate.Year}..{MaxDate.Year}.");
        }
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

    private void CollectPublished(WorkingCalendarOptions options)
    {
        var files = new Dictionary<int, string?>();
        foreach (var path in options.ScheduleFiles)
        {
            Publish(ScheduleFile.Load(path), files);
        }

        foreach (var schedule in options.PublishedSchedules)
        {
            ArgumentNullException.ThrowIfNull(schedule, nameof(options));
            Publish(schedule, files);
        }
    }

    private void Publish(PublishedSchedule schedule, Dictionary<int, string?> files)
    {
        if (files.TryGetValue(schedule.Year, out var earlier))
        {
            var first = earlier ?? "(a schedule given in code)";
            if (schedule.File is { } file)
            {
                throw new ScheduleFileException(ScheduleFileProblem.DuplicateYear, file, "/year",
                    $"the year {schedule.Year} is already loaded from {first}; load one schedule per year",
                    $"năm {schedule.Year} đã được nạp từ {first}; mỗi năm chỉ nạp một lịch");
            }

            throw new ArgumentException($"Two published schedules are given for {schedule.Year} ({first} and one given in code); give one per year.", "options");
        }

        files[schedule.Year] = schedule.File;
        _published[schedule.Year] = schedule;
    }

    /// <summary>Whether a year's 24 November falls on a rest day with no document settling it.</summary>
    private bool CultureDayUnsettled(int year, OfficialSchedule? schedule)
    {
        var day = new LocalDate(year, 11, 24);
        return HolidayLaw.InForceOn(day).HasVietnameseCultureDay && IsRest(day)
            && (schedule is null || !schedule.HolidaySources.ContainsKey(HolidayKind.VietnameseCultureDay));
    }

    private void AddHolidays()
    {
        var compensated = new HashSet<LocalDate>();
        for (var year = MinDate.Year; year <= MaxDate.Year; year++)
        {
            var schedule = _schedules.GetValueOrDefault(year);
            var holidays = HolidayRules.HolidaysOf(year, schedule);
            var holidayDates = holidays.Select(h => h.Date).ToHashSet();
            foreach (var holiday in holidays)
            {
                // A holiday the year's documents do not fix stays projected, day by day.
                var fixedBy = schedule is not null && schedule.Fixes(holiday.Kind)
                    && !(holiday.Kind == HolidayKind.VietnameseCultureDay && CultureDayUnsettled(year, schedule))
                    ? schedule : null;
                var origin = fixedBy is null ? CalendarDayOrigin.Rules : CalendarDayOrigin.OfficialSchedule;
                var source = fixedBy?.SourceFor(holiday.Kind) ?? holiday.Law.ArticleFor(holiday.Kind);
                if (IsRest(holiday.Date))
                {
                    var dow = holiday.Date.DayOfWeek;
                    if (holiday.Kind == HolidayKind.VietnameseCultureDay && fixedBy is null && _cultureDayOnWeekend == CultureDayOnWeekend.NoCompensatoryDay)
                    {
                        Set(holiday.Date, new CalendarDay(holiday.Date, CalendarDayKind.WeeklyRest,
                            $"{holiday.Name}, trùng {DayNames.Vi(dow)} – không nghỉ bù (lựa chọn mặc định CultureDayOnWeekend.NoCompensatoryDay: " +
                            "khoản 3 Điều 111 Bộ luật Lao động 2019 chỉ cho nghỉ bù các ngày lễ tại khoản 1 Điều 112; chưa có văn bản quyết định; dự kiến)",
                            $"{holiday.EnglishName}, on a {DayNames.En(dow)} – no compensatory day (default choice CultureDayOnWeekend.NoCompensatoryDay: " +
                            "Labour Code Art. 111(3) compensates only the Art. 112(1) holidays; no document has decided; projected)")
                        { Holiday = holiday, Source = $"{source}; lựa chọn CultureDayOnWeekend.NoCompensatoryDay", Origin = origin });
                        continue;
                    }

                    Set(holiday.Date, new CalendarDay(holiday.Date, CalendarDayKind.WeeklyRest,
                        $"{holiday.Name}, trùng {DayNames.Vi(dow)} (nghỉ bù ngày làm việc kế tiếp)",
                        $"{holiday.EnglishName}, on a {DayNames.En(dow)} (compensated on the next working day)")
                    { Holiday = holiday, Source = source, Origin = origin });

                    var compensation = holiday.Date.PlusDays(1);
                    while (IsRest(compensation) || holidayDates.Contains(compensation) || compensated.Contains(compensation))
                    {
                        compensation = compensation.PlusDays(1);
                    }

                    compensated.Add(compensation);
                    var name = $"Nghỉ bù {holiday.Name} {DayNames.ViDate(holiday.Date)}";
                    var englishName = $"Compensatory day off for {holiday.EnglishName}, {DayNames.IsoDate(holiday.Date)}";
                    var basis = holiday.Kind == HolidayKind.VietnameseCultureDay
                        ? "nghỉ bù theo lựa chọn CultureDayOnWeekend.CompensatoryDay (như khoản 3 Điều 111 Bộ luật Lao động 2019)"
                        : holiday.Law.CompensationArticle;
                    var off = new DayOff(compensation, DayOffKind.CompensatoryDay, name, englishName, fixedBy is not null,
                        fixedBy is null ? $"{source}; {basis}" : source)
                    { Holiday = holiday.Kind };
                    Set(compensation, new CalendarDay(compensation, CalendarDayKind.DayOff, name, englishName) { DayOff = off, Origin = origin });
                }
                else
                {
                    var off = new DayOff(holiday.Date, DayOffKind.Holiday, holiday.Name, holiday.EnglishName, fixedBy is not null, source)
                    { Holiday = holiday.Kind };
                    Set(holiday.Date, new CalendarDay(holiday.Date, CalendarDayKind.DayOff, holiday.Name, holiday.EnglishName)
                    { Holiday = holiday, DayOff = off, Origin = origin });
                }
            }
        }
    }

    private void AddPublished(bool saturdaySunday)
    {
        foreach (var schedule in _published.Values.OrderBy(s => s.Year))
        {
            // The schedule speaks for every date of its year: what the rules or a shipped schedule put there goes.
            for (var date = new LocalDate(schedule.Year, 1, 1); date.Year == schedule.Year; date = date.PlusDays(1))
            {
                _special.Remove(JulianDayNumber.FromDate(date));
            }

            foreach (var entry in schedule.DaysOff)
            {
                var english = entry.EnglishName ?? entry.Name;
                var source = schedule.SourceOf(entry);
                var kind = entry.Kind ?? (entry.Holiday is null ? DayOffKind.DecreedDayOff : DayOffKind.Holiday);
                var holiday = kind == DayOffKind.Holiday && entry.Holiday is { } h
                    ? new StatutoryHoliday(entry.Date, h, entry.Name, english, HolidayLaw.InForceOn(entry.Date))
                    : null;
                var off = new DayOff(entry.Date, kind, entry.Name, english, !entry.IsProjected, source) { Holiday = entry.Holiday };
                Set(entry.Date, IsRest(entry.Date)
                    ? new CalendarDay(entry.Date, CalendarDayKind.WeeklyRest, entry.Name, english)
                    { Holiday = holiday, Source = source, Origin = CalendarDayOrigin.LoadedSchedule }
                    : new CalendarDay(entry.Date, CalendarDayKind.DayOff, entry.Name, english)
                    { Holiday = holiday, DayOff = off, Origin = CalendarDayOrigin.LoadedSchedule });
            }

            // Make-up days are decided for a Saturday–Sunday week, like the swaps of the official schedules.
            foreach (var entry in saturdaySunday ? schedule.MakeUpWorkingDays : [])
            {
                if (!IsRest(entry.Date))
                {
                    continue;
                }

                var english = entry.EnglishName ?? entry.Name;
                Set(entry.Date, new CalendarDay(entry.Date, CalendarDayKind.MakeUpWorkingDay, entry.Name, english)
                {
                    MakeUpWorkingDay = new MakeUpWorkingDay(entry.Date, entry.Name, english, !entry.IsProjected, schedule.SourceOf(entry))
                    {
                        ReplacesDayOff = entry.ReplacesDayOff,
                    },
                    Origin = CalendarDayOrigin.LoadedSchedule,
                });
            }
        }
    }

    private void AddSwaps()
    {
        foreach (var schedule in _schedules.Values.Where(s => !_published.ContainsKey(s.Year)).OrderBy(s => s.Year))
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
                    Origin = CalendarDayOrigin.OfficialSchedule,
                });

                var makeUpName = $"Làm bù cho ngày nghỉ {DayNames.Vi(offDow)} {DayNames.ViDate(swap.DayOff)}";
                var makeUpEnglish = $"Make-up working day for the day off on {DayNames.En(offDow)} {DayNames.IsoDate(swap.DayOff)}";
                Set(swap.MakeUpWorkingDay, new CalendarDay(swap.MakeUpWorkingDay, CalendarDayKind.MakeUpWorkingDay, makeUpName, makeUpEnglish)
                {
                    MakeUpWorkingDay = new MakeUpWorkingDay(swap.MakeUpWorkingDay, makeUpName, makeUpEnglish, IsOfficial: true, swap.Source)
                    {
                        ReplacesDayOff = swap.DayOff,
                    },
                    Origin = CalendarDayOrigin.OfficialSchedule,
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
                    Origin = CalendarDayOrigin.Override,
                };
            }
            else
            {
                day = new CalendarDay(entry.Date, IsRest(entry.Date) ? CalendarDayKind.MakeUpWorkingDay : CalendarDayKind.WorkingDay, entry.Reason, english)
                {
                    Holiday = holiday,
                    MakeUpWorkingDay = new MakeUpWorkingDay(entry.Date, entry.Reason, english, IsOfficial: true, source),
                    Origin = CalendarDayOrigin.Override,
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
