using NodaTime;

namespace Dialogue.Workflows.Plans;

/// <summary>
/// The two-tier local government from 01/07/2025, as plan types cite it: the day it began and the reform's documents,
/// for the <see cref="LegalBasis"/> of a type whose body or superior it ended.
/// </summary>
/// <remarks>
/// The district level (huyện, quận, thị xã, thành phố thuộc tỉnh) ended on 01/07/2025: Nghị quyết 203/2025/QH15 amending the
/// Constitution, Luật Tổ chức chính quyền địa phương số 72/2025/QH15 and Nghị quyết 202/2025/QH15 (63 provinces became 34);
/// local government is now the province and the commune level (xã, phường, đặc khu). Status: SECONDARY (several public
/// sources; the law numbers are CONFIRMED in 2026 decree preambles).
/// </remarks>
public static class LocalGovernmentReform
{
    /// <summary>The first day of the two-tier local government: 01/07/2025.</summary>
    public static LocalDate TwoTierFrom { get; } = new(2025, 7, 1);

    /// <summary>The last day of the district level: 30/06/2025.</summary>
    public static LocalDate DistrictLevelUntil { get; } = new(2025, 6, 30);

    /// <summary>The reform in Vietnamese, naming its documents.</summary>
    public const string Text = "chính quyền địa phương hai cấp từ ngày 01/07/2025, cấp huyện kết thúc hoạt động " +
        "(Nghị quyết 203/2025/QH15 sửa đổi Hiến pháp; Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Nghị quyết 202/2025/QH15)";

    /// <summary>The reform in English, naming its documents.</summary>
    public const string EnglishText = "two-tier local government from 2025-07-01, the district level ended " +
        "(Resolution 203/2025/QH15 amending the Constitution; Law on the Organisation of Local Government No. 72/2025/QH15; Resolution 202/2025/QH15)";

    /// <summary>Whether a day falls under the two-tier structure (on or after 01/07/2025).</summary>
    /// <param name="date">The day.</param>
    /// <returns>True from 01/07/2025.</returns>
    public static bool IsTwoTier(LocalDate date) => date >= TwoTierFrom;
}
