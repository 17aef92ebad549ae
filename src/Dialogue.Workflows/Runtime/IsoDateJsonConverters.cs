using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Dialogue.Workflows.Runtime;

/// <summary>
/// JSON converters for the two NodaTime types every event carries, reading the canonical ISO forms
/// straight from UTF-8 without allocating; anything else falls back to NodaTime's own patterns.
/// </summary>
/// <remarks>
/// Replaying a plan reads an <see cref="Instant"/> and usually a <see cref="LocalDate"/> per event;
/// the general-purpose pattern parsers allocate several hundred bytes each, which would be most of
/// the cost of a replay.
/// </remarks>
internal static class IsoDateJsonConverters
{
    public sealed class LocalDateConverter : JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && reader.ValueSpan is { Length: 10 } v
                && v[4] == '-' && v[7] == '-'
                && Number(v[..4], out var year) && Number(v.Slice(5, 2), out var month) && Number(v.Slice(8, 2), out var day)
                && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                return new LocalDate(year, month, day);
            }

            var text = reader.GetString() ?? throw new JsonException("A date is null.");
            var parsed = LocalDatePattern.Iso.Parse(text);
            return parsed.Success ? parsed.Value : throw new JsonException($"'{text}' is not a date yyyy-MM-dd.");
        }

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }

    public sealed class InstantConverter : JsonConverter<Instant>
    {
        public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            // The form written below: yyyy-MM-ddTHH:mm:ss, optional .fraction (1–9 digits), then Z.
            if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && reader.ValueSpan is { Length: >= 20 and <= 30 } v
                && v[4] == '-' && v[7] == '-' && v[10] == 'T' && v[13] == ':' && v[16] == ':' && v[^1] == 'Z'
                && Number(v[..4], out var year) && Number(v.Slice(5, 2), out var month) && Number(v.Slice(8, 2), out var day)
                && Number(v.Slice(11, 2), out var hour) && Number(v.Slice(14, 2), out var minute) && Number(v.Slice(17, 2), out var second)
                && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
                && hour < 24 && minute < 60 && second < 60)
            {
                var nanoseconds = 0L;
                var fraction = v[19..^1];
                if (fraction.Length > 0)
                {
                    if (fraction.Length is < 2 or > 10 || fraction[0] != '.' || !Number(fraction[1..], out var digits))
                    {
                        return Fallback(ref reader);
                    }

                    nanoseconds = digits;
                    for (var i = fraction.Length - 1; i < 9; i++)
                    {
                        nanoseconds *= 10;
                    }
                }

                return Instant.FromUtc(year, month, day, hour, minute, second).PlusNanoseconds(nanoseconds);
            }

            return Fallback(ref reader);
        }

        public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
            writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));

        private static Instant Fallback(ref Utf8JsonReader reader)
        {
            var text = reader.GetString() ?? throw new JsonException("An instant is null.");
            var parsed = InstantPattern.ExtendedIso.Parse(text);
            return parsed.Success ? parsed.Value : throw new JsonException($"'{text}' is not an instant yyyy-MM-ddTHH:mm:ssZ.");
        }
    }

    private static bool Number(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return digits.Length > 0;
    }
}
