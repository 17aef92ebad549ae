using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Tests.Calendar;

/// <summary>
/// Schedule files: a year written by the library loads back to the same days; each kind of bad file is refused with
/// the file, the entry and what is wrong; and a loaded schedule wins over the shipped and projected days but loses to
/// a host override.
/// </summary>
public sealed class ScheduleFileTests
{
    private const string File = "calendar-2028.json";

    // 2028 as a province might publish it: Tết Mậu Thân (mùng 1 = Wednesday 26/01/2028) and one storm day.
    private const string Valid2028 = """
        {
          "format": "dialogue-workflows/calendar-year",
          "version": 1,
          "year": 2028,
          "document": { "number": "TB 99/TB-BNV", "date": "2027-10-20" },
          "daysOff": [
            { "date": "2028-01-24", "name": "Tết Nguyên đán (28 tháng Chạp)", "kind": "holiday", "holiday": "lunar-new-year" },
            { "date": "2028-03-15", "name": "Nghỉ do bão", "englishName": "Storm day", "document": { "number": "QĐ 7/QĐ-UBND", "date": "2028-03-14" } }
          ],
          "makeUpWorkingDays": [
            { "date": "2028-03-18", "name": "Làm bù ngày nghỉ do bão", "replacesDayOff": "2028-03-15" }
          ]
        }
        """;

    [Theory]
    [InlineData(2019)] // two swaps, one day off in the year before
    [InlineData(2026)] // swaps, 24/11 on CV 10065
    [InlineData(2027)] // official and projected days side by side
    [InlineData(2030)] // wholly projected
    public void WriteThenLoad_AnyYear_GivesTheSameDaysNamesAndSources_AndWritesTheSameText(int year)
    {
        var original = WorkingCalendar.Default.GetYear(year);
        var text = ScheduleFile.Write(original);

        var loaded = Calendar(ScheduleFile.Parse(text, $"calendar-{year}.json"));
        var again = loaded.GetYear(year);

        Assert.Equal(original.DaysOff, again.DaysOff);
        Assert.Equal(original.MakeUpWorkingDays, again.MakeUpWorkingDays);
        Assert.Equal(original.WorkingDayCount, again.WorkingDayCount);
        Assert.Equal(text, ScheduleFile.Write(again));
        Assert.Equal(CalendarYearSource.Loaded, again.Status.Source);
    }

    [Fact]
    public void Load_ValidFile_ReplacesTheYearAndCitesEachDaysDocument()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, File);
        System.IO.File.WriteAllText(path, Valid2028);

        var calendar = Calendar(ScheduleFile.Load(path));

        Assert.False(calendar.IsWorkingDay(new LocalDate(2028, 3, 15)));
        Assert.Equal("QĐ 7/QĐ-UBND, 14/03/2028", calendar.Describe(new LocalDate(2028, 3, 15)).Source);
        Assert.Equal(DayOffKind.DecreedDayOff, calendar.Describe(new LocalDate(2028, 3, 15)).DayOff?.Kind);
        Assert.True(calendar.IsWorkingDay(new LocalDate(2028, 3, 18)));
        Assert.Equal("TB 99/TB-BNV, 20/10/2027", calendar.Describe(new LocalDate(2028, 3, 18)).Source);
        // The file lists one Tết day only: the other projected Tết days are working days now.
        Assert.True(calendar.IsWorkingDay(new LocalDate(2028, 1, 25)));
        Assert.Equal(new CalendarYearStatus(2028, CalendarYearSource.Loaded, "TB 99/TB-BNV, 20/10/2027", path, []), calendar.StatusOf(2028));
    }

    public static TheoryData<string, string, ScheduleFileProblem, string> BadFiles => new()
    {
        { "{ \"format\": ", "", ScheduleFileProblem.NotJson, "not JSON (line 1" },
        { "[]", "", ScheduleFileProblem.BadValue, "an array is not an object" },
        { Valid2028.Replace("calendar-year\"", "calendar-month\"", StringComparison.Ordinal), "/format", ScheduleFileProblem.UnsupportedFormat, "'dialogue-workflows/calendar-month' is not a schedule file's format" },
        { Valid2028.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal), "/version", ScheduleFileProblem.UnsupportedFormat, "version 2 is not supported" },
        { Valid2028.Replace("\"year\": 2028", "\"year\": 1990", StringComparison.Ordinal), "/year", ScheduleFileProblem.OutOfRange, "1990 is outside 1995..2199" },
        { Valid2028.Replace("\"year\": 2028,", "", StringComparison.Ordinal), "/year", ScheduleFileProblem.Missing, "'year' is missing" },
        { Valid2028.Replace("\"name\": \"Nghỉ do bão\", ", "", StringComparison.Ordinal), "/daysOff/1/name", ScheduleFileProblem.Missing, "'name' is missing" },
        { Valid2028.Replace("\"name\": \"Nghỉ do bão\"", "\"name\": \"  \"", StringComparison.Ordinal), "/daysOff/1/name", ScheduleFileProblem.BadValue, "the text is empty" },
        { Valid2028.Replace("\"date\": \"2028-03-15\"", "\"date\": \"2028-02-30\"", StringComparison.Ordinal), "/daysOff/1/date", ScheduleFileProblem.BadDate, "'2028-02-30' is not a date" },
        { Valid2028.Replace("\"date\": \"2028-03-15\"", "\"date\": \"2027-03-15\"", StringComparison.Ordinal), "/daysOff/1/date", ScheduleFileProblem.OutOfRange, "2027-03-15 is outside the schedule's year 2028" },
        { Valid2028.Replace("\"date\": \"2028-03-15\"", "\"date\": \"2028-01-24\"", StringComparison.Ordinal), "/daysOff/1/date", ScheduleFileProblem.DuplicateDate, "2028-01-24 is already listed at /daysOff/0" },
        { Valid2028.Replace("\"date\": \"2028-03-18\"", "\"date\": \"2028-03-15\"", StringComparison.Ordinal), "/makeUpWorkingDays/0/date", ScheduleFileProblem.DuplicateDate, "2028-03-15 is already listed at /daysOff/1" },
        { Valid2028.Replace("\"date\": \"2028-03-18\"", "\"date\": \"2028-03-17\"", StringComparison.Ordinal), "/makeUpWorkingDays/0/date", ScheduleFileProblem.MakeUpNotRestDay, "2028-03-17 is a Friday" },
        { Valid2028.Replace("\"holiday\": \"lunar-new-year\"", "\"holiday\": \"tet\"", StringComparison.Ordinal), "/daysOff/0/holiday", ScheduleFileProblem.BadValue, "'tet' is not one of new-year, lunar-new-year" },
        { Valid2028.Replace("\"kind\": \"holiday\"", "\"kinds\": \"holiday\"", StringComparison.Ordinal), "/daysOff/0/kinds", ScheduleFileProblem.UnknownProperty, "'kinds' is not a property of this entry" },
        { Valid2028.Replace("\"year\": 2028", "\"year\": \"2028\"", StringComparison.Ordinal), "/year", ScheduleFileProblem.BadValue, "\"2028\" is not a whole number" },
        { Valid2028.Replace("\"number\": \"TB 99/TB-BNV\", ", "", StringComparison.Ordinal), "/document/number", ScheduleFileProblem.Missing, "'number' is missing" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Parse_BadFile_IsRefusedNamingTheFileTheEntryAndTheProblem(string json, string entry, ScheduleFileProblem kind, string problem)
    {
        var error = Assert.Throws<ScheduleFileException>(() => ScheduleFile.Parse(json, File));

        Assert.Equal(kind, error.Kind);
        Assert.Equal(File, error.File);
        Assert.Equal(entry, error.Entry);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"Schedule file {File}, entry ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Tệp lịch {File}", error.Message, StringComparison.Ordinal);
        Assert.Equal(ScheduleFileException.Code, error.ErrorCode);
    }

    [Fact]
    public void Build_MissingFile_IsRefusedAsUnreadable()
    {
        var options = new WorkingCalendarOptions();
        options.ScheduleFiles.Add(Path.Combine(Directory.CreateTempSubdirectory().FullName, "absent.json"));

        var error = Assert.Throws<ScheduleFileException>(() => new WorkingCalendar(options));

        Assert.Equal(ScheduleFileProblem.Unreadable, error.Kind);
    }

    [Fact]
    public void Build_TwoFilesForOneYear_IsRefusedNamingBoth()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        var (a, b) = (Path.Combine(folder, "a.json"), Path.Combine(folder, "b.json"));
        System.IO.File.WriteAllText(a, Valid2028);
        System.IO.File.WriteAllText(b, Valid2028);
        var options = new WorkingCalendarOptions();
        options.ScheduleFiles.Add(a);
        options.ScheduleFiles.Add(b);

        var error = Assert.Throws<ScheduleFileException>(() => new WorkingCalendar(options));

        Assert.Equal(ScheduleFileProblem.DuplicateYear, error.Kind);
        Assert.Equal(b, error.File);
        Assert.Contains(a, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Precedence_OverrideBeatsFile_FileBeatsOfficial_OfficialBeatsProjection()
    {
        // 2026: shipped official. A file for 2026 makes 24/11 a working day and 23/11 a day off; an override makes 23/11 a working day again.
        var official = WorkingCalendar.Default.GetYear(2026);
        var file = ScheduleFile.FromYear(official);
        file = new PublishedSchedule(2026, file.Document,
            [.. file.DaysOff.Where(d => d.Date != new LocalDate(2026, 11, 24)), new ScheduledDay(new LocalDate(2026, 11, 23), "Nghỉ thử nghiệm") { Document = new DocumentReference("QĐ 1/QĐ-UBND", new LocalDate(2026, 11, 1)) }],
            file.MakeUpWorkingDays) { File = "calendar-2026.json" };
        var options = new WorkingCalendarOptions();
        options.PublishedSchedules.Add(file);
        options.Overrides.Add(CalendarOverride.WorkingDay(new LocalDate(2026, 11, 23), "Làm việc theo quyết định của tỉnh", "QĐ 2/QĐ-UBND"));
        options.Schedules.Add(new OfficialSchedule(2026, "TB thử nghiệm") { LunarNewYearDaysBefore = 2 });
        var calendar = new WorkingCalendar(options);

        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 11, 23)));        // override > file
        Assert.Equal(CalendarDayOrigin.Override, calendar.Describe(new LocalDate(2026, 11, 23)).Origin);
        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 11, 24)));        // file > official
        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 2, 16)));        // the file's Tết, not the added schedule's split
        Assert.Equal(CalendarDayOrigin.LoadedSchedule, calendar.Describe(new LocalDate(2026, 2, 16)).Origin);
        Assert.Equal(CalendarDayOrigin.OfficialSchedule, WorkingCalendar.Default.Describe(new LocalDate(2026, 2, 16)).Origin); // official > projection
        Assert.Equal(CalendarDayOrigin.Rules, WorkingCalendar.Default.Describe(new LocalDate(2030, 1, 1)).Origin);
    }

    [Fact]
    public void Status_ComingYearStillProjectedWithin60Days_Warns_ButNotEarlierAndNotOnceLoaded()
    {
        var late = WorkingCalendar.Default.Status(new LocalDate(2027, 11, 2));
        var early = WorkingCalendar.Default.Status(new LocalDate(2027, 11, 1));

        var warning = Assert.Single(late.Warnings);
        Assert.Equal(CalendarStatusWarning.ComingYearProjected, warning.Code);
        Assert.Equal(2028, warning.Year);
        Assert.Contains("60 days", warning.EnglishMessage, StringComparison.Ordinal);
        Assert.Empty(early.Warnings);
        Assert.Equal(Enumerable.Range(2016, 13), late.Years.Select(y => y.Year));
        Assert.Empty(Calendar(ScheduleFile.Parse(Valid2028, File)).Status(new LocalDate(2027, 12, 20)).Warnings);
        Assert.Empty(WorkingCalendar.Default.Status(new LocalDate(2026, 12, 1)).Warnings); // 2027 is official
    }

    private static WorkingCalendar Calendar(PublishedSchedule schedule)
    {
        var options = new WorkingCalendarOptions();
        options.PublishedSchedules.Add(schedule);
        return new WorkingCalendar(options);
    }
}
