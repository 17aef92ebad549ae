using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>A day that would be a working day by the day of the week but is not.</summary>
/// <param name="Date">The day.</param>
/// <param name="Kind">Why it is off.</param>
/// <param name="Name">The Vietnamese description, e.g. "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) 29/04/2023".</param>
/// <param name="EnglishName">The English description.</param>
/// <param name="IsOfficial">
/// True when the day is fixed by a published schedule or by the host; false when it is projected
/// from the rules for a year without a schedule, and may still move.
/// </param>
/// <param name="Source">The document or article that makes it a day off.</param>
public sealed record DayOff(LocalDate Date, DayOffKind Kind, string Name, string EnglishName, bool IsOfficial, string Source)
{
    /// <summary>The holiday this day belongs to (for a holiday or its compensatory day), if any.</summary>
    public HolidayKind? Holiday { get; init; }
}
