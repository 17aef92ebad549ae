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

    /// <summary>The note that records the units merged into a commune-level unit by the 2025 arrangement, for the plan's exports.</summary>
    /// <param name="unit">The unit's name after the arrangement as it starts a sentence, e.g. "Phường Chánh Lộ".</param>
    /// <param name="englishUnit">Its English name, e.g. "Chánh Lộ ward".</param>
    /// <param name="formerUnits">The units merged into it.</param>
    /// <param name="document">The resolution that merged them, when the plan names it.</param>
    /// <returns>The note; null when no former unit and no resolution is given.</returns>
    /// <example><code>if (LocalGovernmentReform.MergedUnitsNote("Phường Chánh Lộ", "Chánh Lộ ward", ["Phường Nghĩa Lộ"]) is { } note) notes.Add(note);</code></example>
    public static PolicyClause? MergedUnitsNote(string unit, string englishUnit, IReadOnlyList<string> formerUnits, string? document = null)
    {
        ArgumentNullException.ThrowIfNull(formerUnits);
        const string Section = "Sắp xếp đơn vị hành chính";
        var by = document is null ? string.Empty : $" ({document})";
        return formerUnits.Count > 0
            ? new($"{unit} được sắp xếp từ: {string.Join(", ", formerUnits)}{by}.", $"{englishUnit} was formed from: {string.Join(", ", formerUnits)}{by}.", Section)
            : document is null ? null : new($"{unit}: {document}.", $"{englishUnit}: {document}.", Section);
    }
}
