using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Dialogue.Workflows.Deadlines;

/// <summary>Reads the quarters, months and dates that plans write, for <see cref="Anchor.Parse"/>.</summary>
/// <remarks>
/// Accents are matched in composed, decomposed and missing form: with invariant globalization
/// <see cref="string.Normalize()"/> does not compose, and text pasted from documents comes both ways.
/// </remarks>
internal static partial class AnchorParser
{
    public static Anchor? Parse(string text, string name, string? englishName)
    {
        var trimmed = text.Trim();
        Match match;
        if ((match = QuarterPattern().Match(trimmed)).Success || (match = IsoQuarterPattern().Match(trimmed)).Success)
        {
            var quarter = match.Groups["q"].Value.ToUpperInvariant() switch
            {
                "I" => 1,
                "II" => 2,
                "III" => 3,
                "IV" => 4,
                var digit => int.Parse(digit, CultureInfo.InvariantCulture),
            };
            return Period(AnchorKind.Quarter, match, quarter, name, englishName);
        }

        if ((match = MonthPattern().Match(trimmed)).Success || (match = IsoMonthPattern().Match(trimmed)).Success)
        {
            return Period(AnchorKind.Month, match, int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), name, englishName);
        }

        if ((match = DatePattern().Match(trimmed)).Success || (match = IsoDatePattern().Match(trimmed)).Success)
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                return null;
            }

            return Anchor.On(new LocalDate(year, month, day), name, englishName);
        }

        return null;
    }

    private static Anchor? Period(AnchorKind kind, Match match, int number, string name, string? englishName)
    {
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var max = kind == AnchorKind.Quarter ? 4 : 12;
        return year < 1 || number < 1 || number > max ? null : Anchor.Create(kind, year, number, name, englishName);
    }

    // "Quý III/2023", "quý 3 năm 2023", "Quy 3-2023", "Q3/2023".
    [GeneratedRegex(@"^(?:qu(?:y|ý|y\u0301)|q)\s*(?<q>iv|i{1,3}|[1-4])\s*(?:/|-|n(?:a|ă|a\u0306)m)\s*(?<y>\d{4})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterPattern();

    // "2023-Q3", "2023Q3".
    [GeneratedRegex(@"^(?<y>\d{4})-?q(?<q>[1-4])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsoQuarterPattern();

    // "tháng 6 năm 2024", "tháng 06/2024", "thang 6-2024".
    [GeneratedRegex(@"^th(?:a|á|a\u0301)ng\s*(?<m>\d{1,2})\s*(?:/|-|n(?:a|ă|a\u0306)m)\s*(?<y>\d{4})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    // "2024-06".
    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoMonthPattern();

    // "15/09/2023", "ngày 15/9/2023".
    [GeneratedRegex(@"^(?:ng(?:a|à|a\u0300)y\s+)?(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    // "2023-09-15".
    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDatePattern();
}
