using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>Writes JSON to a text writer through <see cref="Utf8JsonWriter"/>, in chunks.</summary>
/// <remarks>
/// Vietnamese is written as real UTF-8 characters ("Quốc khánh", not "Qu\u1ED1c"): the relaxed
/// encoder only escapes what JSON requires, which suits a terminal or a file but not HTML.
/// The bytes are handed to the text writer whenever <see cref="DrainIfLarge"/> finds more than a
/// chunk pending, so a long array never sits whole in memory twice.
/// </remarks>
internal sealed class JsonOutput : IDisposable
{
    private const int ChunkBytes = 1 << 16;
    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(ChunkBytes * 2);

    /// <summary>Starts JSON output.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="indented">True for one property a line; false for the compact form of long arrays.</param>
    public JsonOutput(TextWriter output, bool indented = true)
    {
        _output = output;
        Writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions
        {
            Indented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    /// <summary>The writer to write the document with.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Camel case of an enum member, as the JSON names kinds: <c>CompensatoryDay</c> → <c>compensatoryDay</c>.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>The name.</returns>
    public static string Kind<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Writes an array property of objects, one per item.</summary>
    /// <typeparam name="T">The items' type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="items">The items.</param>
    /// <param name="write">Writes one item's properties inside its object.</param>
    public static void Objects<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            write(writer, item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a <c>yyyy-MM-dd</c> date property without allocating.</summary>
    /// <param name="name">The property name.</param>
    /// <param name="date">The date.</param>
    public void WriteDate(JsonEncodedText name, LocalDate date)
    {
        Span<char> text = stackalloc char[DateText.IsoLength];
        DateText.FormatIso(date, text);
        Writer.WriteString(name, text);
    }

    /// <summary>Writes a <c>yyyy-MM-dd</c> date as an array element.</summary>
    /// <param name="date">The date.</param>
    public void WriteDateValue(LocalDate date)
    {
        Span<char> text = stackalloc char[DateText.IsoLength];
        DateText.FormatIso(date, text);
        Writer.WriteStringValue(text);
    }

    /// <summary>Hands what is written so far to the text writer once more than a chunk is pending.</summary>
    public void DrainIfLarge()
    {
        if (Writer.BytesPending + _buffer.WrittenCount >= ChunkBytes)
        {
            Drain();
        }
    }

    /// <summary>Ends the document: hands the rest to the text writer and ends the line.</summary>
    public void Complete()
    {
        Drain();
        _output.WriteLine();
    }

    /// <inheritdoc />
    public void Dispose() => Writer.Dispose();

    private void Drain()
    {
        // Flush ends on a token boundary, so no UTF-8 sequence is ever split between chunks.
        Writer.Flush();
        var bytes = _buffer.WrittenSpan;
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(bytes.Length));
        try
        {
            var count = Encoding.UTF8.GetChars(bytes, chars);
            var start = 0;
            for (var i = 0; i < count; i++)
            {
                // Such characters only occur inside strings (JSON's own are ASCII): escaped, the value reads back
                // exactly, and the terminal filter has nothing to replace.
                if (TerminalText.IsUnsafe(chars[i], null) && chars[i] is not ('\r' or '\n' or '\t'))
                {
                    _output.Write(chars, start, i - start);
                    _output.Write($"\\u{(int)chars[i]:X4}");
                    start = i + 1;
                }
            }

            _output.Write(chars, start, count - start);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        _buffer.ResetWrittenCount();
    }
}
