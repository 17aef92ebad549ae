using System.Text.Json;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>A stored plan of a type this program does not know: listed as stored, with a note, instead of breaking the list.</summary>
/// <param name="Id">The plan's id.</param>
/// <param name="TypeKey">Its plan type's key.</param>
/// <param name="TypeVersion">Its plan type's version.</param>
/// <param name="Events">How many events it has.</param>
/// <param name="Stored">The plan's first event as stored (the type, its parameters, who created it), or null when unreadable.</param>
internal sealed record UnknownPlan(string Id, string TypeKey, int? TypeVersion, int Events, JsonElement? Stored)
{
    /// <summary>The note, in English.</summary>
    public string EnglishNote =>
        $"plan {Id} is of type '{TypeKey}@{TypeVersion}', which this program does not know: shown as stored; load the host's plan types with {CliPlanTypes.Name} <file.dll> or {CliPlanTypes.Variable}.";

    /// <summary>The note, in Vietnamese.</summary>
    public string Note =>
        $"Kế hoạch {Id} thuộc loại '{TypeKey}@{TypeVersion}' mà chương trình này không biết: hiển thị dữ liệu đã lưu; nạp loại kế hoạch của hệ thống bằng {CliPlanTypes.Name} <tệp.dll> hoặc {CliPlanTypes.Variable}.";

    /// <summary>Writes the plan as one JSON object: <c>id</c>, <c>type</c>, <c>typeVersion</c>, <c>events</c>, <c>note</c> {vi, en}, <c>stored</c>.</summary>
    /// <param name="writer">The writer.</param>
    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", Id);
        writer.WriteString("type", TypeKey);
        if (TypeVersion is { } version)
        {
            writer.WriteNumber("typeVersion", version);
        }

        writer.WriteNumber("events", Events);
        writer.WriteStartObject("note");
        writer.WriteString("vi", Note);
        writer.WriteString("en", EnglishNote);
        writer.WriteEndObject();
        writer.WritePropertyName("stored");
        if (Stored is { } stored)
        {
            stored.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteEndObject();
    }
}
