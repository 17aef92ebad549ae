using System.Globalization;
using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>Vietnamese and English wording for days, shared by the calendar and the explanations.</summary>
internal static class DayNames
{
    private static readonly string[] Vietnamese = ["", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"];

    public static string Vi(IsoDayOfWeek day) => Vietnamese[(int)day];

    public static string En(IsoDayOfWeek day) => day.ToString();

    /// <summary>dd/MM/yyyy, as Vietnamese documents write dates.</summary>
    public static string ViDate(LocalDate date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>yyyy-MM-dd.</summary>
    public static string IsoDate(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static (string Vi, string En) Holiday(HolidayKind kind, LocalDate date)
    {
        switch (kind)
        {
            case HolidayKind.NewYear:
                return ("Tết Dương lịch (1/1)", "New Year's Day (1 January)");
            case HolidayKind.LunarNewYear:
                var lunar = VietnameseLunarCalendar.FromSolar(date);
                var vi = lunar.Month == 1
                    ? $"Tết Nguyên đán (mùng {lunar.Day} tháng Giêng)"
                    : $"Tết Nguyên đán ({lunar.Day} tháng Chạp)";
                return (vi, $"Lunar New Year (Tết), lunar {lunar.Day}/{lunar.Month}");
            case HolidayKind.HungKingsCommemoration:
                return ("Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Hùng Kings' Commemoration (lunar 10/3)");
            case HolidayKind.ReunificationDay:
                return ("Ngày Chiến thắng (30/4)", "Reunification Day (30 April)");
            case HolidayKind.InternationalLabourDay:
                return ("Ngày Quốc tế Lao động (1/5)", "International Labour Day (1 May)");
            case HolidayKind.VietnameseCultureDay:
                return ("Ngày Văn hóa Việt Nam (24/11)", "Vietnamese Culture Day (24 November)");
            default:
                return date.Month == 9 && date.Day == 2
                    ? ("Quốc khánh (2/9)", "National Day (2 September)")
                    : ($"Quốc khánh (ngày liền kề {date.Day}/9)", $"National Day (adjacent day, {date.Day} September)");
        }
    }
}
