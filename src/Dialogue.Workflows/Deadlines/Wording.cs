using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Deadlines;

/// <summary>The shared Vietnamese and English wording of deadline explanations.</summary>
internal static class Wording
{
    private const string NoBackwardRule =
        "Bộ luật Dân sự 2015 (Điều 144–148) không có quy định về thời hạn tính lùi trước một sự kiện; " +
        "khoản 5 Điều 148 (dời sang ngày làm việc tiếp theo) chỉ áp dụng cho thời hạn tính xuôi.";

    private const string EnglishNoBackwardRule =
        "The Civil Code 2015 (Arts. 144–148) has no rule for periods counted backwards from an event; " +
        "Art. 148(5) (moving to the next working day) applies only to periods counted forwards.";

    private const string AsWrittenBasis =
        "Ngày do chính văn bản ấn định, không phải thời hạn tính bằng ngày theo Điều 147–148 Bộ luật Dân sự 2015; " +
        "thư viện giữ nguyên ngày như văn bản ghi và không tự dời.";

    private const string EnglishAsWrittenBasis =
        "A date fixed by the document itself, not a period counted in days under Civil Code 2015 Arts. 147–148; " +
        "the library keeps it as written and does not move it.";

    /// <summary>"dd/MM/yyyy" with the weekday: "Thứ Ba 05/09/2023".</summary>
    public static string Day(LocalDate date) => Anchor.DayLabel(date);

    /// <summary>"Tuesday 2023-09-05".</summary>
    public static string EnglishDay(LocalDate date) => Anchor.EnglishDayLabel(date);

    public static string Vi(LocalDate date) => DayNames.ViDate(date);

    public static string Iso(LocalDate date) => DayNames.IsoDate(date);

    /// <summary>"1 working day", "7 working days".</summary>
    public static string Count(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";

    public static string DayLine(CalendarDay day) =>
        $"{DayNames.ViDate(day.Date)} {day.Name}{(day.Source is null ? string.Empty : $" (căn cứ: {day.Source})")}";

    public static string EnglishDayLine(CalendarDay day) =>
        $"{DayNames.IsoDate(day.Date)} {day.EnglishName}{(day.Source is null ? string.Empty : $" (source: {day.Source})")}";

    /// <summary>The non-working days from <paramref name="start"/> to <paramref name="end"/>, none when the span is empty.</summary>
    public static IReadOnlyList<CalendarDay> DaysOff(WorkingCalendar calendar, LocalDate start, LocalDate end) =>
        end < start ? [] : calendar.NonWorkingDays(start, end);

    public static (string Vi, string En) Convention(CountingConvention convention) => convention switch
    {
        CountingConvention.AsWritten => (
            "ngày do văn bản ấn định, giữ nguyên như văn bản ghi; hạn là hết ngày đó (24 giờ).",
            "a date fixed by the document, kept as written; the deadline is the end of that day (24:00)."),
        CountingConvention.LastWorkingDayBeforeDate => (
            "“trước ngày X”: ngày X không được tính; hạn là hết ngày làm việc cuối cùng trước ngày X.",
            "“before date X”: X itself is excluded; the deadline is the end of the last working day before X."),
        CountingConvention.CalendarDaysBeforeMovedBack => (
            "lùi N ngày theo lịch từ ngày mốc (ngày mốc không tính); nếu rơi vào ngày nghỉ thì lùi về ngày làm việc liền trước, " +
            "vì thời hạn tính lùi không bao giờ được muộn hơn.",
            "N calendar days back from the anchor day (the anchor day not counted); a day off moves the deadline back to the previous " +
            "working day, because a deadline counted backwards must never become later."),
        CountingConvention.WorkingDaysBeforeExcludingBothEnds => (
            "không tính ngày đến hạn và không tính ngày mốc: giữa hai ngày phải có trọn N ngày làm việc " +
            "(quy ước mặc định, vì không bao giờ trễ theo bất kỳ cách hiểu nào).",
            "neither the due day nor the anchor day counts: N whole working days must lie strictly between them " +
            "(the default convention, because it is never late under any reading)."),
        CountingConvention.WorkingDaysBeforeCountingAnchorDay => (
            "theo cách của Điều 147 Bộ luật Dân sự: không tính ngày đến hạn, đếm từ ngày tiếp theo đến hết ngày mốc " +
            "(ngày mốc được tính nếu là ngày làm việc).",
            "Civil Code Art. 147 style: the due day is not counted; the count starts the next day and runs to the end of the anchor day " +
            "(which counts if it is a working day)."),
        CountingConvention.CalendarDaysAfterCivilCode => (
            "ngày mốc không được tính, thời hạn bắt đầu từ ngày tiếp theo và kết thúc vào 24 giờ ngày cuối cùng; " +
            "nếu ngày cuối cùng là ngày nghỉ cuối tuần hoặc ngày nghỉ lễ thì kết thúc vào cuối ngày làm việc tiếp theo.",
            "the anchor day is not counted; the period starts the next day and ends at 24:00 on its last day; " +
            "if that day is a weekly rest day or a holiday, it ends at the end of the next working day."),
        _ => (
            "ngày mốc không được tính; đếm N ngày làm việc từ ngày tiếp theo, bỏ qua ngày nghỉ hằng tuần, ngày lễ, tết và ngày nghỉ bù; " +
            "hạn là hết ngày làm việc thứ N.",
            "the anchor day is not counted; N working days are counted from the next day, skipping weekly rest days, holidays and " +
            "days off; the deadline is the end of the N-th working day."),
    };

    public static (string Vi, string En) LegalBasis(CountingConvention convention) => convention switch
    {
        CountingConvention.AsWritten => (AsWrittenBasis, EnglishAsWrittenBasis),
        CountingConvention.LastWorkingDayBeforeDate => (
            $"{AsWrittenBasis} Đọc “trước ngày X” là “chậm nhất ngày làm việc liền trước X” là quy ước của thư viện.",
            $"{EnglishAsWrittenBasis} Reading “before X” as “by the last working day before X” is the library's convention."),
        CountingConvention.CalendarDaysBeforeMovedBack => (
            $"{NoBackwardRule} Áp dụng quy ước của thư viện: lùi về ngày làm việc liền trước.",
            $"{EnglishNoBackwardRule} The library's convention applies: move back to the previous working day."),
        CountingConvention.WorkingDaysBeforeExcludingBothEnds => (
            $"{NoBackwardRule} Văn bản không nói rõ có tính ngày đến hạn và ngày mốc hay không; áp dụng quy ước của thư viện: không tính cả hai đầu.",
            $"{EnglishNoBackwardRule} The document does not say whether the due day and the anchor day count; the library's convention applies: both ends excluded."),
        CountingConvention.WorkingDaysBeforeCountingAnchorDay => (
            $"{NoBackwardRule} Văn bản không nói rõ có tính ngày đến hạn và ngày mốc hay không; áp dụng quy ước của thư viện theo cách tính của Điều 147 " +
            "(ngày bắt đầu không được tính, tính đến hết ngày mốc), do bên sử dụng chọn.",
            $"{EnglishNoBackwardRule} The document does not say whether the due day and the anchor day count; the library's Art. 147-style convention " +
            "applies (the first day not counted, the count reaching the anchor day), as chosen by the host."),
        CountingConvention.CalendarDaysAfterCivilCode => (
            "Điều 147, 148 Bộ luật Dân sự 2015: khoản 3 Điều 147 (ngày xảy ra sự kiện không được tính), " +
            "khoản 1, 5 và 6 Điều 148 (kết thúc vào 24 giờ ngày cuối cùng; ngày cuối cùng là ngày nghỉ thì kết thúc vào cuối ngày làm việc tiếp theo).",
            "Civil Code 2015, Articles 147 and 148: Art. 147(3) (the day of the event is not counted), " +
            "Art. 148(1), (5) and (6) (the period ends at 24:00 on its last day; a last day off moves to the end of the next working day)."),
        _ => (
            "Điều 147 Bộ luật Dân sự 2015 (khoản 3: ngày xảy ra sự kiện không được tính); thời hạn tính bằng ngày làm việc theo văn bản " +
            "nên chỉ đếm ngày làm việc của lịch làm việc đang dùng, và ngày đến hạn luôn là ngày làm việc.",
            "Civil Code 2015, Article 147(3) (the day of the event is not counted); the document counts in working days, so only the " +
            "working days of the calendar in use are counted, and the due day is always a working day."),
    };
}
