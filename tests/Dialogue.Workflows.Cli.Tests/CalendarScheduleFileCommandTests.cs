namespace Dialogue.Workflows.Cli.Tests;

/// <summary>
/// The calendar as the law stands for 2026–2027 on the command line, schedule files loaded with <c>--calendar</c> or
/// <c>DIALOGUE_CALENDAR</c>, <c>calendar YEAR --format json|ics</c>, and <c>calendar status</c>.
/// </summary>
public sealed class CalendarScheduleFileCommandTests
{
    [Fact]
    public void WorkdaysIs_24November2026_IsADayOffWithItsBasis()
    {
        var run = Cli.Run("workdays", "is", "2026-11-24");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("no", run.OutLines[0]);
        Assert.Contains("Ngày Văn hóa Việt Nam (24/11)", run.OutLines[1], StringComparison.Ordinal);
        Assert.Equal("Source: CV 10065/VPCP-KGVX, 02/10/2026", run.OutLines[2]);
    }

    [Fact]
    public void Calendar2027_SaysOfficialForTetAndNationalDayWithCV10065()
    {
        var run = Cli.Run("calendar", "2027");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("2027: official schedule, CV 10065/VPCP-KGVX, 02/10/2026, for Tết Nguyên đán, Quốc khánh; projected from the rules (not fixed by it yet): Tết Dương lịch",
            run.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarFormatJson_LoadedBackWithCalendarOption_GivesTheSameFile()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "calendar-2027.json");
        var written = Cli.Run("calendar", "2027", "--format", "json");
        File.WriteAllText(file, written.Out);

        var again = Cli.Run("calendar", "2027", "--format", "json", "--calendar", file);
        var header = Cli.Run("calendar", "2027", "--calendar", file);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(written.Out, again.Out);
        Assert.Equal($"2027: loaded from {file}, CV 10065/VPCP-KGVX, 02/10/2026; 249 working days", header.OutLines[0]);
    }

    [Fact]
    public void DialogueCalendarVariable_LoadsTheFile_AndAMakeUpDayIsWorked()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "calendar-2028.json");
        File.WriteAllText(file, """
            { "format": "dialogue-workflows/calendar-year", "version": 1, "year": 2028,
              "document": { "number": "TB 99/TB-BNV", "date": "2027-10-20" },
              "daysOff": [ { "date": "2028-03-15", "name": "Nghỉ do bão", "document": { "number": "QĐ 7/QĐ-UBND", "date": "2028-03-14" } } ],
              "makeUpWorkingDays": [ { "date": "2028-03-18", "name": "Làm bù ngày nghỉ do bão", "replacesDayOff": "2028-03-15" } ] }
            """);

        var run = Cli.RunWithEnvironment(new Dictionary<string, string> { ["DIALOGUE_CALENDAR"] = file }, "workdays", "is", "2028-03-15");
        var saturday = Cli.RunWithEnvironment(new Dictionary<string, string> { ["DIALOGUE_CALENDAR"] = file }, "workdays", "is", "2028-03-18");

        Assert.Equal("no", run.OutLines[0]);
        Assert.Equal("Source: QĐ 7/QĐ-UBND, 14/03/2028", run.OutLines[2]);
        Assert.Equal($"Status: official (2028 loaded from {file}, TB 99/TB-BNV, 20/10/2027)", run.OutLines[3]);
        Assert.Equal("yes", saturday.OutLines[0]);
    }

    [Fact]
    public void CalendarOption_BadFile_ExitsTwoWithOneLineNamingFileEntryAndProblem()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "bad.json");
        File.WriteAllText(file, """{ "format": "dialogue-workflows/calendar-year", "version": 1, "year": 2028, "document": { "number": "X" }, "daysOff": [ { "date": "2028-13-01", "name": "?" } ], "makeUpWorkingDays": [] }""");

        var run = Cli.Run("workdays", "is", "2028-01-03", "--calendar", file);

        run.AssertBadInput($"Schedule file {file}, entry /daysOff/0/date: '2028-13-01' is not a date");
    }

    [Fact]
    public void CalendarFormatIcs_IsAFeedOfTheYearsDaysOff_TentativeWhereProjected()
    {
        var run = Cli.Run("calendar", "2027", "--format", "ics");
        var text = run.Out.Replace("\r\n ", string.Empty, StringComparison.Ordinal);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("BEGIN:VCALENDAR", run.Out, StringComparison.Ordinal);
        Assert.Contains("UID:2027-02-04.off@dialogue-workflows-calendar", text, StringComparison.Ordinal);
        Assert.Contains("UID:2027-02-06.holiday@dialogue-workflows-calendar", text, StringComparison.Ordinal); // mùng 1 on a Saturday
        Assert.Equal(12 + 3, text.Split("BEGIN:VEVENT").Length - 1); // 12 weekday days off, Tết's Saturday and Sunday, 1/5 on a Saturday
        Assert.Contains("STATUS:TENTATIVE", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarStatus_CloseToAProjectedYear_ListsSourcesAndWarns()
    {
        var run = Cli.Run("calendar", "status", "--today", "2027-11-15");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutLines, l => l.StartsWith("2027  official (CV 10065/VPCP-KGVX, 02/10/2026); still projected: new-year", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.StartsWith("2028  projected from the rules", StringComparison.Ordinal));
        Assert.StartsWith("warning: 2028 starts in 47 days and is still projected", run.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarStatusJson_OnALoadedYear_SaysLoadedWithTheFile()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "calendar-2028.json");
        File.WriteAllText(file, Cli.Run("calendar", "2028", "--format", "json").Out);

        var json = Cli.Run("calendar", "status", "--today", "2027-12-01", "--json", "--calendar", file).Json();

        var year2028 = json.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2028);
        Assert.Equal("loaded", year2028.GetProperty("source").GetString());
        Assert.Equal(file, year2028.GetProperty("file").GetString());
        Assert.Equal(0, json.GetProperty("warnings").GetArrayLength());
    }
}
