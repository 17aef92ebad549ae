namespace Dialogue.Workflows.Calendar;

/// <summary>The statutory public holidays (ngày nghỉ lễ, tết) of the Labour Code.</summary>
public enum HolidayKind
{
    /// <summary>Tết Dương lịch, 1 January.</summary>
    NewYear = 1,

    /// <summary>Tết Nguyên đán (Tết Âm lịch), the lunar new year: 4 days before 1 May 2013, 5 days since.</summary>
    LunarNewYear = 2,

    /// <summary>Giỗ Tổ Hùng Vương, the 10th day of the 3rd lunar month; a holiday since the 2007 amendment.</summary>
    HungKingsCommemoration = 3,

    /// <summary>Ngày Chiến thắng (Ngày Giải phóng miền Nam, thống nhất đất nước), 30 April.</summary>
    ReunificationDay = 4,

    /// <summary>Ngày Quốc tế Lao động, 1 May.</summary>
    InternationalLabourDay = 5,

    /// <summary>Quốc khánh, 2 September; since 2021 also one adjacent day before or after.</summary>
    NationalDay = 6,

    /// <summary>
    /// Ngày Văn hóa Việt Nam, 24 November: a paid day off from 2026 under Nghị quyết 28/2026/QH16, Art. 2,
    /// outside the Labour Code's Art. 112 list.
    /// </summary>
    VietnameseCultureDay = 7,
}
