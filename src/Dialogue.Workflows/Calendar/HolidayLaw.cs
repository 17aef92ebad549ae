using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>
/// A legal era of Vietnam's statutory holidays: which holidays the Labour Code in force grants,
/// how many days each, and from when.
/// </summary>
/// <remarks>
/// A holiday day is governed by the law in force on that day. So Tết 2013 (February) has the
/// 2007 amendment's 4 days, while Hùng Kings' day 2013 (April) and later fall under the
/// Labour Code 2012 from 1 May 2013. Every era grants a compensatory day off (nghỉ bù) on the next
/// working day when a holiday falls on a weekly rest day.
/// Sources: BLLĐ 1994 Art. 73; Luật 84/2007/QH11; BLLĐ 2012 Art. 115; BLLĐ 2019 Art. 111(3), 112;
/// Nghị quyết 28/2026/QH16 Art. 2 for 24 November (from 2026, as public secondary sources quote it).
/// Whether 24 November falling on a weekly rest day gives a compensatory day is not settled in the
/// sources: the calendar makes it an explicit choice (<see cref="WorkingCalendarOptions.CultureDayOnWeekend"/>).
/// </remarks>
public sealed record HolidayLaw
{
    private HolidayLaw(string name, string englishName, string holidayArticle, string compensationArticle, LocalDate effectiveFrom,
        int lunarNewYearDays, bool hasHungKingsCommemoration, int nationalDayDays, string? cultureDayArticle = null)
    {
        VietnameseCultureDayArticle = cultureDayArticle;
        Name = name;
        EnglishName = englishName;
        HolidayArticle = holidayArticle;
        CompensationArticle = compensationArticle;
        EffectiveFrom = effectiveFrom;
        LunarNewYearDays = lunarNewYearDays;
        HasHungKingsCommemoration = hasHungKingsCommemoration;
        NationalDayDays = nationalDayDays;
    }

    /// <summary>Bộ luật Lao động 1994, Article 73 as first passed: 8 holiday days (Tết 4, no Hùng Kings).</summary>
    public static HolidayLaw LabourCode1994 { get; } = new(
        "Bộ luật Lao động 1994", "Labour Code 1994", "Điều 73 Bộ luật Lao động 1994", "Điều 73 Bộ luật Lao động 1994",
        new LocalDate(1995, 1, 1), lunarNewYearDays: 4, hasHungKingsCommemoration: false, nationalDayDays: 1);

    /// <summary>Luật 84/2007/QH11 amending Article 73 (in force 2 April 2007): adds Giỗ Tổ Hùng Vương, 9 days.</summary>
    public static HolidayLaw Amendment2007 { get; } = new(
        "Luật 84/2007/QH11 sửa đổi Điều 73 Bộ luật Lao động", "Law 84/2007/QH11 amending Labour Code Article 73",
        "Điều 73 Bộ luật Lao động (sửa đổi 2007)", "Điều 73 Bộ luật Lao động (sửa đổi 2007)",
        new LocalDate(2007, 4, 2), lunarNewYearDays: 4, hasHungKingsCommemoration: true, nationalDayDays: 1);

    /// <summary>Bộ luật Lao động 2012, Article 115 (in force 1 May 2013): Tết 5 days, 10 days.</summary>
    public static HolidayLaw LabourCode2012 { get; } = new(
        "Bộ luật Lao động 2012", "Labour Code 2012", "Điều 115 Bộ luật Lao động 2012", "khoản 3 Điều 115 Bộ luật Lao động 2012",
        new LocalDate(2013, 5, 1), lunarNewYearDays: 5, hasHungKingsCommemoration: true, nationalDayDays: 1);

    /// <summary>Bộ luật Lao động 2019 (45/2019/QH14), Article 112 (in force 1 January 2021): Quốc khánh 2 days, 11 days.</summary>
    public static HolidayLaw LabourCode2019 { get; } = new(
        "Bộ luật Lao động 2019", "Labour Code 2019", "Điều 112 Bộ luật Lao động 2019", "khoản 3 Điều 111 Bộ luật Lao động 2019",
        new LocalDate(2021, 1, 1), lunarNewYearDays: 5, hasHungKingsCommemoration: true, nationalDayDays: 2);

    /// <summary>
    /// Bộ luật Lao động 2019 with Nghị quyết 28/2026/QH16 "về phát triển văn hóa Việt Nam" (passed 24/04/2026, in force
    /// 01/07/2026): adds Ngày Văn hóa Việt Nam, 24 November, 12 days.
    /// </summary>
    /// <remarks>
    /// Art. 2, as quoted by public secondary sources: "Ngày 24 tháng 11 hằng năm là Ngày Văn hóa Việt Nam; người lao động
    /// được nghỉ làm việc và hưởng nguyên lương". The day stands outside the Labour Code's Art. 112 list; the other holidays
    /// keep their article. The first 24 November it governs is 24/11/2026.
    /// </remarks>
    public static HolidayLaw CultureResolution2026 { get; } = new(
        "Bộ luật Lao động 2019 và Nghị quyết 28/2026/QH16", "Labour Code 2019 and Resolution 28/2026/QH16",
        "Điều 112 Bộ luật Lao động 2019", "khoản 3 Điều 111 Bộ luật Lao động 2019",
        new LocalDate(2026, 7, 1), lunarNewYearDays: 5, hasHungKingsCommemoration: true, nationalDayDays: 2,
        cultureDayArticle: "Điều 2 Nghị quyết 28/2026/QH16, 24/04/2026");

    /// <summary>Every era, oldest first.</summary>
    public static IReadOnlyList<HolidayLaw> All { get; } = [LabourCode1994, Amendment2007, LabourCode2012, LabourCode2019, CultureResolution2026];

    /// <summary>The law's Vietnamese name.</summary>
    public string Name { get; }

    /// <summary>The law's English name.</summary>
    public string EnglishName { get; }

    /// <summary>The article that lists the holidays, as cited in explanations.</summary>
    public string HolidayArticle { get; }

    /// <summary>The article that grants a compensatory day off.</summary>
    public string CompensationArticle { get; }

    /// <summary>The first day the era's rules apply.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>How many days Tết Nguyên đán lasts.</summary>
    public int LunarNewYearDays { get; }

    /// <summary>Whether Giỗ Tổ Hùng Vương is a holiday.</summary>
    public bool HasHungKingsCommemoration { get; }

    /// <summary>How many days Quốc khánh lasts (2 September, plus an adjacent day when 2).</summary>
    public int NationalDayDays { get; }

    /// <summary>Whether Ngày Văn hóa Việt Nam (24 November) is a day off.</summary>
    public bool HasVietnameseCultureDay => VietnameseCultureDayArticle is not null;

    /// <summary>The article that makes 24 November a day off, or null when the era has no such day.</summary>
    public string? VietnameseCultureDayArticle { get; }

    /// <summary>The article cited for a holiday of this era.</summary>
    /// <param name="kind">The holiday.</param>
    /// <returns><see cref="VietnameseCultureDayArticle"/> for 24 November, else <see cref="HolidayArticle"/>.</returns>
    public string ArticleFor(HolidayKind kind) =>
        kind == HolidayKind.VietnameseCultureDay && VietnameseCultureDayArticle is { } article ? article : HolidayArticle;

    /// <summary>The law in force on a day.</summary>
    /// <param name="date">The day, on or after 1995-01-01.</param>
    /// <returns>The era whose rules govern that day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before the Labour Code 1994 took effect.</exception>
    public static HolidayLaw InForceOn(LocalDate date)
    {
        if (date < LabourCode1994.EffectiveFrom)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date,
                $"No holiday law is modelled before {LabourCode1994.EffectiveFrom:yyyy-MM-dd} (Bộ luật Lao động 1994 có hiệu lực từ 01/01/1995).");
        }

        for (var i = All.Count - 1; i > 0; i--)
        {
            if (date >= All[i].EffectiveFrom)
            {
                return All[i];
            }
        }

        return LabourCode1994;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
