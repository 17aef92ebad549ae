using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>One day of a statutory holiday (ngày nghỉ lễ, tết), whatever day of the week it falls on.</summary>
/// <param name="Date">The day.</param>
/// <param name="Kind">Which holiday.</param>
/// <param name="Name">The Vietnamese name, e.g. "Tết Nguyên đán (mùng 1 tháng Giêng)".</param>
/// <param name="EnglishName">The English name, e.g. "Lunar New Year (Tết), lunar 1/1".</param>
/// <param name="Law">The law in force on that day, which grants it.</param>
public sealed record StatutoryHoliday(LocalDate Date, HolidayKind Kind, string Name, string EnglishName, HolidayLaw Law);
