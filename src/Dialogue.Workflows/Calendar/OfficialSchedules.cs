using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>
/// The civil servants' holiday schedules the Government published for 2016–2027, shipped as data
/// with the issuing documents.
/// </summary>
/// <remarks>
/// <para>
/// Each entry holds only what the Government chose (the Tết split, the second Quốc khánh day, the
/// swapped days); the rest follows from the law. "Theo luật" sources mark holidays that no
/// document changed. Statuses of the underlying facts (confirmed from the notice's text or from
/// secondary reports) are kept beside each entry in the source code. Where a year's Tết split is not
/// stated in what was found, it is left to the default (2 days before mùng 1), which gives the same
/// days off as the notice.
/// </para>
/// <para>
/// A year after the last one here is projected from the rules; a host adds a newly published
/// schedule through <see cref="WorkingCalendarOptions.Schedules"/>.
/// </para>
/// </remarks>
public static class OfficialSchedules
{
    private const string ByLaw2012 = "theo luật: Điều 115 Bộ luật Lao động 2012";
    private const string ByLaw2019 = "theo luật: Điều 112 Bộ luật Lao động 2019";

    /// <summary>The shipped schedules, by year.</summary>
    public static IReadOnlyList<OfficialSchedule> All { get; } =
    [
        // Tết 07/2–11/2 statutory, bù 12/2 (CONFIRMED); the other holidays by law (SECONDARY).
        new(2016, "TB 4659/TB-LĐTBXH, 13/11/2015")
        {
            LunarNewYearDaysBefore = 1,
            HolidaySources = ByLawExcept(ByLaw2012, HolidayKind.LunarNewYear),
        },

        // Tết 26/1–1/2 (CONFIRMED); the MOLISA notice number is not known.
        new(2017, "CV 9794/VPCP-KGVX, 14/11/2016")
        {
            LunarNewYearDaysBefore = 2,
            HolidaySources = ByLawExcept(ByLaw2012, HolidayKind.LunarNewYear),
        },

        new(2018, "TB 5427/TB-LĐTBXH, 22/12/2017 (TB 573/TB-VPCP, 14/12/2017)")
        {
            LunarNewYearDaysBefore = 2,
            HolidaySources = ByLawExcept(ByLaw2012, HolidayKind.LunarNewYear, HolidayKind.NationalDay),
        },

        // Both swaps CONFIRMED from CV 6519 ("đi làm bù vào thứ Bẩy ngày 04 tháng 5 năm 2019").
        new(2019, "CV 6519/VPCP-KGVX, 11/7/2018; TB 3238/TB-LĐTBXH")
        {
            Swaps =
            [
                new(new LocalDate(2018, 12, 31), new LocalDate(2019, 1, 5), "CV 6519/VPCP-KGVX, 11/7/2018"),
                new(new LocalDate(2019, 4, 29), new LocalDate(2019, 5, 4), "CV 6519/VPCP-KGVX, 11/7/2018"),
            ],
            HolidaySources = ByLawExcept(ByLaw2012, HolidayKind.NewYear, HolidayKind.LunarNewYear, HolidayKind.ReunificationDay, HolidayKind.InternationalLabourDay),
        },

        new(2020, "TB 4544/TB-LĐTBXH, 25/10/2019")
        {
            LunarNewYearDaysBefore = 2,
            HolidaySources = ByLawExcept(ByLaw2012, HolidayKind.LunarNewYear),
        },

        // "từ ngày 02/9/2021 đến hết ngày 05/9/2021" (CONFIRMED).
        new(2021, "CV 9895/VPCP-KGVX, 26/11/2020")
        {
            LunarNewYearDaysBefore = 2,
            NationalDayAdjacentDay = NationalDayAdjacentDay.After,
            HolidaySources = ByLawExcept(ByLaw2019, HolidayKind.LunarNewYear, HolidayKind.NationalDay),
        },

        // "từ ngày 01/9/2022 đến hết ngày 02/9/2022" (CONFIRMED).
        new(2022, "CV 245/VPCP-KGVX, 11/01/2022")
        {
            NationalDayAdjacentDay = NationalDayAdjacentDay.Before,
            HolidaySources = ByLawExcept(ByLaw2019, HolidayKind.LunarNewYear, HolidayKind.NationalDay),
        },

        // "từ ngày 01/9/2023 đến hết ngày 04/9/2023" (CONFIRMED).
        new(2023, "CV 8056/VPCP-KGVX, 01/12/2022")
        {
            LunarNewYearDaysBefore = 2,
            NationalDayAdjacentDay = NationalDayAdjacentDay.Before,
            HolidaySources = ByLawExcept(ByLaw2019, HolidayKind.LunarNewYear, HolidayKind.NationalDay),
        },

        // Tết 08/2–14/2 and 2/9–3/9 (CONFIRMED); the 30/4 swap by CV 2450 (CONFIRMED).
        new(2024, "TB 5014/TB-LĐTBXH, 22/11/2023")
        {
            LunarNewYearDaysBefore = 2,
            NationalDayAdjacentDay = NationalDayAdjacentDay.After,
            Swaps = [new(new LocalDate(2024, 4, 29), new LocalDate(2024, 5, 4), "CV 2450/VPCP-KGVX, 12/4/2024")],
            HolidaySources = new Dictionary<HolidayKind, string>
            {
                [HolidayKind.NewYear] = ByLaw2019,
                [HolidayKind.HungKingsCommemoration] = ByLaw2019,
                [HolidayKind.ReunificationDay] = "CV 2450/VPCP-KGVX, 12/4/2024",
                [HolidayKind.InternationalLabourDay] = "CV 2450/VPCP-KGVX, 12/4/2024",
            },
        },

        // "swap the working day from Friday, May 2, 2025, to Saturday, April 26, 2025" (CONFIRMED).
        new(2025, "TB 6150/TB-BLĐTBXH, 03/12/2024 (CV 8726/VPCP-KGVX, 26/11/2024)")
        {
            LunarNewYearDaysBefore = 2,
            NationalDayAdjacentDay = NationalDayAdjacentDay.Before,
            Swaps = [new(new LocalDate(2025, 5, 2), new LocalDate(2025, 4, 26), "TB 6150/TB-BLĐTBXH, 03/12/2024")],
            HolidaySources = ByLawExcept(ByLaw2019, HolidayKind.LunarNewYear, HolidayKind.ReunificationDay, HolidayKind.InternationalLabourDay, HolidayKind.NationalDay),
        },

        // Tết statutory 16/2–20/2; 2/9 with 1/9, and 31/8 swapped with Sat 22/8 (CONFIRMED).
        // New Year 2/1 swapped with Sat 10/1 by CV 12729 (CONFIRMED). 30/4–1/5 by law, no swap (CV 3383/BNV-CVL, 10/04/2026; SECONDARY).
        // 24/11/2026 (Tuesday), Ngày Văn hóa Việt Nam: one day off, no swap, by CV 10065/VPCP-KGVX, 02/10/2026 (SECONDARY: public
        // sources quoting it; a proposal to take Monday 23/11 off against Saturday 28/11 was not adopted for state bodies).
        new(2026, "TB 9441/TB-BNV, 16/10/2025 (CV 9859/VPCP-KGVX, 13/10/2025)")
        {
            LunarNewYearDaysBefore = 1,
            NationalDayAdjacentDay = NationalDayAdjacentDay.Before,
            Swaps =
            [
                new(new LocalDate(2026, 1, 2), new LocalDate(2026, 1, 10), "CV 12729/VPCP-KGVX, 25/12/2025"),
                new(new LocalDate(2026, 8, 31), new LocalDate(2026, 8, 22), "TB 9441/TB-BNV, 16/10/2025"),
            ],
            HolidaySources = new Dictionary<HolidayKind, string>
            {
                [HolidayKind.NewYear] = "CV 12729/VPCP-KGVX, 25/12/2025",
                [HolidayKind.HungKingsCommemoration] = ByLaw2019,
                [HolidayKind.ReunificationDay] = ByLaw2019,
                [HolidayKind.InternationalLabourDay] = ByLaw2019,
                [HolidayKind.VietnameseCultureDay] = "CV 10065/VPCP-KGVX, 02/10/2026",
            },
        },

        // CV 10065/VPCP-KGVX, 02/10/2026, as public secondary sources quote it (SECONDARY): Tết Đinh Mùi off from Thursday
        // 04/02 to Wednesday 10/02/2027, seven days with the two compensatory days (mùng 1 is Saturday 06/02); Quốc khánh from
        // Thursday 02/09 to Sunday 05/09/2027, the adjacent day Friday 03/09. It fixes nothing else: 01/01 (Friday), Giỗ Tổ
        // 16/04 (Friday), 30/4 (Friday) and 1/5 (Saturday, compensated Monday 03/05) and 24/11 (Wednesday) stand by law and
        // stay projected until a notice fixes them; the Ministry of Home Affairs' implementing notice number is not known.
        new(2027, "CV 10065/VPCP-KGVX, 02/10/2026")
        {
            LunarNewYearDaysBefore = 2,
            NationalDayAdjacentDay = NationalDayAdjacentDay.After,
            ProjectedHolidays =
            [
                HolidayKind.NewYear, HolidayKind.HungKingsCommemoration, HolidayKind.ReunificationDay,
                HolidayKind.InternationalLabourDay, HolidayKind.VietnameseCultureDay,
            ],
        },
    ];

    /// <summary>The first year with a shipped schedule.</summary>
    public static int FirstYear => All[0].Year;

    /// <summary>The last year with a shipped schedule; later years are projected.</summary>
    public static int LastYear => All[^1].Year;

    /// <summary>Finds the shipped schedule of a year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="schedule">The schedule, when the method returns true.</param>
    /// <returns>True when the library ships a schedule for that year.</returns>
    public static bool TryGet(int year, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OfficialSchedule? schedule)
    {
        var index = year - FirstYear;
        schedule = index >= 0 && index < All.Count ? All[index] : null;
        return schedule is not null;
    }

    // Most years' documents decide some holidays; the rest stand as the law says.
    private static Dictionary<HolidayKind, string> ByLawExcept(string byLaw, params HolidayKind[] documented)
    {
        var sources = new Dictionary<HolidayKind, string>();
        foreach (var kind in Enum.GetValues<HolidayKind>())
        {
            if (!documented.Contains(kind))
            {
                sources[kind] = byLaw;
            }
        }

        return sources;
    }
}
