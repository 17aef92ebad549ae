using System.Text.Json;
using Dialogue.Workflows.Plans;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>A plan type's legal basis and the days it is in force, as <c>plan types</c> and <c>plan preview</c> show them.</summary>
internal static class LegalBasisText
{
    /// <summary>"Law: … (from 01/07/2025)", with what ended it, in Vietnamese then English; null when the type declares none.</summary>
    public static IEnumerable<string> Lines(LegalBasis? basis)
    {
        if (basis is null)
        {
            yield break;
        }

        yield return $"Căn cứ pháp lý / Legal basis: {basis.Text} — hiệu lực {basis.Period}";
        yield return $"  {basis.EnglishText} — in force {basis.EnglishPeriod}";
        if (basis.EndedBy is { } ended)
        {
            yield return $"  Kết thúc / Ended: {ended} — {basis.EnglishEndedBy}";
        }
    }

    /// <summary>Writes <c>"legalBasis": {…}</c>, or null when the type declares none.</summary>
    public static void Write(Utf8JsonWriter writer, LegalBasis? basis)
    {
        if (basis is null)
        {
            writer.WriteNull("legalBasis");
            return;
        }

        writer.WriteStartObject("legalBasis");
        writer.WriteString("text", basis.Text);
        writer.WriteString("englishText", basis.EnglishText);
        WriteDate("inForceFrom", basis.InForceFrom);
        WriteDate("inForceUntil", basis.InForceUntil);
        writer.WriteString("endedBy", basis.EndedBy);
        writer.WriteString("englishEndedBy", basis.EnglishEndedBy);
        writer.WriteString("sourceStatus", basis.SourceStatus);
        writer.WriteEndObject();

        void WriteDate(string name, NodaTime.LocalDate? date)
        {
            if (date is { } d)
            {
                writer.WriteString(name, DateText.Iso(d));
            }
            else
            {
                writer.WriteNull(name);
            }
        }
    }
}
