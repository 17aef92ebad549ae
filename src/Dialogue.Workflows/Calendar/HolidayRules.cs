using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>The statutory holiday days of a year, from the law in force and the year's schedule (if any).</summary>
internal static class HolidayRules
{
    /// <summary>The default Tết split of a projected year: two days before mùng 1 and three from it.</summary>
    /// <remarks>For every published year 2016–2026 this split gives exactly the weekday days off of the notice.</remarks>
    public const int DefaultLunarNewYearDaysBefore = 2;

    public static List<StatutoryHoliday> HolidaysOf(int year, OfficialSchedule? schedule)
    {
        var days = new List<StatutoryHoliday>(12);
        Add(days, new LocalDate(year, 1, 1), HolidayKind.NewYear);

        var tet = VietnameseLunarCalendar.GetNewYear(year);
        var tetLaw = HolidayLaw.InForceOn(tet);
        // The 1994 and 2007 texts fix "một ngày cuối năm và ba ngày đầu năm"; from 2013 the Government splits the five.
        var before = tetLaw.LunarNewYearDays == 4 ? 1 : schedule?.LunarNewYearDaysBefore ?? DefaultLunarNewYearDaysBefore;
        for (var i = -before; i < tetLaw.LunarNewYearDays - before; i++)
        {
            Add(days, tet.PlusDays(i), HolidayKind.LunarNewYear);
        }

        var hungKings = VietnameseLunarCalendar.ToSolar(year, 3, 10);
        if (HolidayLaw.InForceOn(hungKings).HasHungKingsCommemoration)
        {
            Add(days, hungKings, HolidayKind.HungKingsCommemoration);
        }

        Add(days, new LocalDate(year, 4, 30), HolidayKind.ReunificationDay);
        Add(days, new LocalDate(year, 5, 1), HolidayKind.InternationalLabourDay);

        var nationalDay = new LocalDate(year, 9, 2);
        Add(days, nationalDay, HolidayKind.NationalDay);
        if (HolidayLaw.InForceOn(nationalDay).NationalDayDays == 2)
        {
            var adjacent = schedule?.NationalDayAdjacentDay ?? ProjectNationalDayAdjacentDay(nationalDay.DayOfWeek);
            Add(days, nationalDay.PlusDays(adjacent == NationalDayAdjacentDay.Before ? -1 : 1), HolidayKind.NationalDay);
        }

        var cultureDay = new LocalDate(year, 11, 24);
        if (HolidayLaw.InForceOn(cultureDay).HasVietnameseCultureDay)
        {
            Add(days, cultureDay, HolidayKind.VietnameseCultureDay);
        }

        days.Sort(static (a, b) => a.Date.CompareTo(b.Date));
        return days;
    }

    /// <summary>
    /// The second Quốc khánh day of a year without a decision: the side that joins the weekend or
    /// leaves the fewest bridge days, as every decision 2021–2026 did.
    /// </summary>
    public static NationalDayAdjacentDay ProjectNationalDayAdjacentDay(IsoDayOfWeek secondOfSeptember) => secondOfSeptember switch
    {
        IsoDayOfWeek.Monday or IsoDayOfWeek.Thursday or IsoDayOfWeek.Sunday => NationalDayAdjacentDay.After,
        _ => NationalDayAdjacentDay.Before,
    };

    private static void Add(List<StatutoryHoliday> days, LocalDate date, HolidayKind kind)
    {
        var (vi, en) = DayNames.Holiday(kind, date);
        days.Add(new StatutoryHoliday(date, kind, vi, en, HolidayLaw.InForceOn(date)));
    }
}
