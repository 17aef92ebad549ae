using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Dialogue.Workflows.Runtime;

/// <summary>
/// Unicode normalisation form C, computed from <see cref="UnicodeNfcData"/> rather than by
/// <see cref="string.Normalize()"/>, which does nothing to non-ASCII text when .NET runs in globalization-invariant
/// mode (as this library's hosts and tools may): ids must compare the same on every host.
/// </summary>
internal static class UnicodeNfc
{
    private const int HangulBase = 0xAC00, LeadBase = 0x1100, VowelBase = 0x1161, TrailBase = 0x11A7;
    private const int VowelCount = 21, TrailCount = 28, HangulCount = 11172;

    private static readonly FrozenDictionary<int, int[]> Decompositions = Parse<int[]>(UnicodeNfcData.Decompositions,
        value => [.. value.Split(' ').Select(Hex)]);

    private static readonly FrozenDictionary<int, int> Classes = Parse(UnicodeNfcData.CombiningClasses,
        value => int.Parse(value, CultureInfo.InvariantCulture));

    private static readonly FrozenDictionary<long, int> Composites = UnicodeNfcData.Compositions.Split(';')
        .Select(entry => entry.Split(':'))
        .ToFrozenDictionary(parts => Key(Hex(parts[0].Split(' ')[0]), Hex(parts[0].Split(' ')[1])), parts => Hex(parts[1]));

    /// <summary>The text in NFC.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsAsciiOnly(text))
        {
            return text;
        }

        // Canonical decomposition, then canonical order of each run of combining marks, then composition.
        var points = new List<int>(text.Length + 8);
        foreach (var rune in text.EnumerateRunes())
        {
            Decompose(rune.Value, points);
        }

        for (var i = 1; i < points.Count; i++)
        {
            var c = Class(points[i]);
            for (var j = i; c != 0 && j > 0 && Class(points[j - 1]) > c; j--)
            {
                (points[j - 1], points[j]) = (points[j], points[j - 1]);
            }
        }

        Compose(points);
        var builder = new StringBuilder(text.Length);
        foreach (var point in points)
        {
            builder.Append(char.ConvertFromUtf32(point));
        }

        return builder.ToString();
    }

    private static void Decompose(int point, List<int> into)
    {
        if (point is >= HangulBase and < HangulBase + HangulCount)
        {
            var index = point - HangulBase;
            into.Add(LeadBase + (index / (VowelCount * TrailCount)));
            into.Add(VowelBase + (index % (VowelCount * TrailCount) / TrailCount));
            if (index % TrailCount != 0)
            {
                into.Add(TrailBase + (index % TrailCount));
            }

            return;
        }

        if (Decompositions.TryGetValue(point, out var parts))
        {
            into.AddRange(parts);
        }
        else
        {
            into.Add(point);
        }
    }

    private static void Compose(List<int> points)
    {
        if (points.Count == 0)
        {
            return;
        }

        var starter = Class(points[0]) == 0 ? 0 : -1;
        var write = 1;
        var lastClass = starter == 0 ? 0 : 256;
        for (var read = 1; read < points.Count; read++)
        {
            var point = points[read];
            var c = Class(point);
            var blocked = starter < 0 || (lastClass != 0 && lastClass >= c) || (lastClass == 0 && write - 1 != starter);
            if (!blocked && TryCompose(points[starter], point, out var composite))
            {
                points[starter] = composite;
                continue;
            }

            if (c == 0)
            {
                starter = write;
            }

            lastClass = c;
            points[write++] = point;
        }

        points.RemoveRange(write, points.Count - write);
    }

    private static bool TryCompose(int first, int second, out int composite)
    {
        if (first is >= LeadBase and < LeadBase + 19 && second is >= VowelBase and < VowelBase + VowelCount)
        {
            composite = HangulBase + ((((first - LeadBase) * VowelCount) + (second - VowelBase)) * TrailCount);
            return true;
        }

        if (first is >= HangulBase and < HangulBase + HangulCount && (first - HangulBase) % TrailCount == 0 && second is > TrailBase and < TrailBase + TrailCount)
        {
            composite = first + (second - TrailBase);
            return true;
        }

        return Composites.TryGetValue(Key(first, second), out composite);
    }

    private static int Class(int point) => Classes.GetValueOrDefault(point);

    private static long Key(int first, int second) => ((long)first << 21) | (uint)second;

    private static int Hex(string text) => int.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static bool IsAsciiOnly(string text) => !text.Any(c => c > 0x7F);

    private static FrozenDictionary<int, T> Parse<T>(string data, Func<string, T> value) =>
        data.Split(';').Select(entry => entry.Split(':')).ToFrozenDictionary(parts => Hex(parts[0]), parts => value(parts[1]));
}
