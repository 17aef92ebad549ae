using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Dialogue.Workflows.Calendar;

/// <summary>
/// The schedule file: one year's published schedule as JSON (format <c>dialogue-workflows/calendar-year</c>,
/// version 1), which a host loads at start-up and the command line with <c>--calendar</c>.
/// </summary>
/// <remarks>
/// <para>
/// The format is published as a JSON Schema (<c>schemas/calendar-year.v1.schema.json</c> in the
/// repository, <see cref="SchemaId"/>). A file holds the year, its main document (number, date), every
/// weekday day off and every make-up working day, each with its name and, when not the main one, its
/// document:
/// </para>
/// <code>
/// {
///   "format": "dialogue-workflows/calendar-year", "version": 1, "year": 2027,
///   "document": { "number": "CV 10065/VPCP-KGVX", "date": "2026-10-02" },
///   "daysOff": [ { "date": "2027-02-04", "name": "Tết Nguyên đán (29 tháng Chạp)", "kind": "holiday", "holiday": "lunar-new-year" } ],
///   "makeUpWorkingDays": []
/// }
/// </code>
/// <para>
/// The loader checks the file by hand against the same rules as the schema, then the rules a schema
/// cannot say (a day inside the year, no date twice, a make-up day on a Saturday or Sunday), and
/// refuses a bad file with <see cref="ScheduleFileException"/> naming the file, the entry and what is
/// wrong in English and Vietnamese. <see cref="Write(PublishedSchedule)"/> and <see cref="Parse"/>
/// round-trip.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var schedule = ScheduleFile.Load("calendar-2028.json");
/// var options = new WorkingCalendarOptions();
/// options.PublishedSchedules.Add(schedule);
/// File.WriteAllText("calendar-2027.json", ScheduleFile.Write(WorkingCalendar.Default.GetYear(2027)));
/// </code>
/// </example>
public static class ScheduleFile
{
    /// <summary>The value of the <c>format</c> property.</summary>
    public const string FormatName = "dialogue-workflows/calendar-year";

    /// <summary>The format's version this library reads and writes.</summary>
    public const int Version = 1;

    /// <summary>The <c>$id</c> of the published JSON Schema of version 1.</summary>
    public const string SchemaId = "urn:dialogue-workflows:schema:calendar-year:1";

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    private static readonly string[] RootProperties = ["$schema", "format", "version", "year", "document", "daysOff", "makeUpWorkingDays"];
    private static readonly string[] DocumentProperties = ["number", "date", "title"];
    private static readonly string[] DayOffProperties = ["date", "name", "englishName", "kind", "holiday", "projected", "document"];
    private static readonly string[] MakeUpProperties = ["date", "name", "englishName", "replacesDayOff", "projected", "document"];

    /// <summary>Loads a schedule file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The schedule, with <see cref="PublishedSchedule.File"/> set to <paramref name="path"/>.</returns>
    /// <exception cref="ScheduleFileException">The file cannot be read or is not a valid schedule file.</exception>
    public static PublishedSchedule Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string text;
        try
        {
            text = System.IO.File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ScheduleFileException(ScheduleFileProblem.Unreadable, path, string.Empty,
                $"the file cannot be read: {e.Message}", "không đọc được tệp", e);
        }

        return Parse(text, path);
    }

    /// <summary>Reads a schedule from its JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="file">The file's name, for messages and <see cref="PublishedSchedule.File"/>.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ScheduleFileException">The text is not a valid schedule file.</exception>
    public static PublishedSchedule Parse(string json, string file)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}");
            throw new ScheduleFileException(ScheduleFileProblem.NotJson, file, string.Empty,
                $"the file is not JSON ({where})", $"tệp không phải JSON ({where.Replace("line", "dòng", StringComparison.Ordinal).Replace("position", "vị trí", StringComparison.Ordinal)})", e);
        }

        using (document)
        {
            return new Reader(file).Read(document.RootElement);
        }
    }

    /// <summary>Writes a schedule as a schedule file.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The JSON text, indented, ending in a line break.</returns>
    public static string Write(PublishedSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", FormatName);
            writer.WriteNumber("version", Version);
            writer.WriteNumber("year", schedule.Year);
            writer.WritePropertyName("document");
            WriteDocument(writer, schedule.Document);
            writer.WriteStartArray("daysOff");
            foreach (var day in schedule.DaysOff)
            {
                writer.WriteStartObject();
                WriteCommon(writer, schedule, day);
                if (day.Kind is { } kind)
                {
                    writer.WriteString("kind", Kebab(kind));
                }

                if (day.Holiday is { } holiday)
                {
                    writer.WriteString("holiday", Kebab(holiday));
                }

                WriteTail(writer, schedule, day);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("makeUpWorkingDays");
            foreach (var day in schedule.MakeUpWorkingDays)
            {
                writer.WriteStartObject();
                WriteCommon(writer, schedule, day);
                if (day.ReplacesDayOff is { } replaces)
                {
                    writer.WriteString("replacesDayOff", IsoDate.Format(replaces));
                }

                WriteTail(writer, schedule, day);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes a year of a calendar as a schedule file: its weekday days off and make-up working days, with their names and documents.</summary>
    /// <param name="year">The year, from <see cref="WorkingCalendar.GetYear"/>.</param>
    /// <returns>The JSON text; loading it gives the same days.</returns>
    public static string Write(YearSchedule year) => Write(FromYear(year));

    /// <summary>A year of a calendar as a published schedule: what <see cref="Write(YearSchedule)"/> writes.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The schedule; a projected year's days are marked projected and cite the law.</returns>
    public static PublishedSchedule FromYear(YearSchedule year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var main = year.Source is { } source
            ? DocumentReference.Parse(source)
            : new DocumentReference("Dự kiến theo luật, chưa có lịch nghỉ công bố (projected from the law, no published schedule)", null);
        var mainText = main.ToString();
        DocumentReference? Own(string cited) => cited == mainText ? null : DocumentReference.Parse(cited);
        var daysOff = year.DaysOff.Select(d => new ScheduledDay(d.Date, d.Name)
        {
            EnglishName = d.EnglishName == d.Name ? null : d.EnglishName,
            Document = Own(d.Source),
            Kind = d.Kind,
            Holiday = d.Holiday,
            IsProjected = !d.IsOfficial,
        }).ToList();
        var makeUps = year.MakeUpWorkingDays.Select(d => new ScheduledDay(d.Date, d.Name)
        {
            EnglishName = d.EnglishName == d.Name ? null : d.EnglishName,
            Document = Own(d.Source),
            IsProjected = !d.IsOfficial,
            ReplacesDayOff = d.ReplacesDayOff,
        }).ToList();
        return new PublishedSchedule(year.Year, main, daysOff, makeUps);
    }

    private static void WriteCommon(Utf8JsonWriter writer, PublishedSchedule schedule, ScheduledDay day)
    {
        writer.WriteString("date", IsoDate.Format(day.Date));
        writer.WriteString("name", day.Name);
        if (day.EnglishName is { } english)
        {
            writer.WriteString("englishName", english);
        }
    }

    private static void WriteTail(Utf8JsonWriter writer, PublishedSchedule schedule, ScheduledDay day)
    {
        if (day.IsProjected)
        {
            writer.WriteBoolean("projected", true);
        }

        if (day.Document is { } document && document != schedule.Document)
        {
            writer.WritePropertyName("document");
            WriteDocument(writer, document);
        }

        writer.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter writer, DocumentReference document)
    {
        writer.WriteStartObject();
        writer.WriteString("number", document.Number);
        if (document.Date is { } date)
        {
            writer.WriteString("date", IsoDate.Format(date));
        }

        if (document.Title is { } title)
        {
            writer.WriteString("title", title);
        }

        writer.WriteEndObject();
    }

    internal static string Kebab<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Reads one file, keeping its name for the messages.</summary>
    private sealed class Reader(string file)
    {
        public PublishedSchedule Read(JsonElement root)
        {
            Expect(root, JsonValueKind.Object, string.Empty, "an object", "một đối tượng");
            Known(root, string.Empty, RootProperties);
            var format = Text(root, "format", string.Empty);
            if (format != FormatName)
            {
                throw Fail(ScheduleFileProblem.UnsupportedFormat, "/format",
                    $"'{format}' is not a schedule file's format; expected '{FormatName}'",
                    $"'{format}' không phải định dạng tệp lịch; cần '{FormatName}'");
            }

            var version = Integer(root, "version", string.Empty);
            if (version != Version)
            {
                throw Fail(ScheduleFileProblem.UnsupportedFormat, "/version",
                    $"version {version} is not supported; this library reads version {Version}",
                    $"phiên bản {version} không được hỗ trợ; thư viện đọc phiên bản {Version}");
            }

            var year = Integer(root, "year", string.Empty);
            if (year is < 1995 or > 2199)
            {
                throw Fail(ScheduleFileProblem.OutOfRange, "/year",
                    $"the year {year} is outside 1995..2199", $"năm {year} nằm ngoài khoảng 1995–2199");
            }

            var document = Document(Required(root, "document", string.Empty), "/document");
            var seen = new Dictionary<LocalDate, string>();
            var daysOff = Days(root, "daysOff", year, seen, DayOffProperties, makeUp: false);
            var makeUps = Days(root, "makeUpWorkingDays", year, seen, MakeUpProperties, makeUp: true);
            return new PublishedSchedule(year, document, daysOff, makeUps) { File = file };
        }

        private List<ScheduledDay> Days(JsonElement root, string property, int year, Dictionary<LocalDate, string> seen, string[] known, bool makeUp)
        {
            var list = Required(root, property, string.Empty);
            Expect(list, JsonValueKind.Array, "/" + property, "an array", "một mảng");
            var days = new List<ScheduledDay>();
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"/{property}/{index++}");
                Expect(item, JsonValueKind.Object, at, "an object", "một đối tượng");
                Known(item, at, known);
                var date = Date(item, "date", at);
                if (date.Year != year)
                {
                    throw Fail(ScheduleFileProblem.OutOfRange, at + "/date",
                        $"{IsoDate.Format(date)} is outside the schedule's year {year}",
                        $"ngày {DayNames.ViDate(date)} nằm ngoài năm {year} của lịch");
                }

                if (seen.TryGetValue(date, out var first))
                {
                    throw Fail(ScheduleFileProblem.DuplicateDate, at + "/date",
                        $"{IsoDate.Format(date)} is already listed at {first}; list each date once",
                        $"ngày {DayNames.ViDate(date)} đã có ở mục {first}; mỗi ngày chỉ ghi một lần");
                }

                seen[date] = at;
                if (makeUp && date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
                {
                    throw Fail(ScheduleFileProblem.MakeUpNotRestDay, at + "/date",
                        $"{IsoDate.Format(date)} is a {date.DayOfWeek}; a make-up working day must be a Saturday or Sunday",
                        $"ngày {DayNames.ViDate(date)} là {DayNames.Vi(date.DayOfWeek)}; ngày làm bù phải là Thứ Bảy hoặc Chủ nhật");
                }

                var day = new ScheduledDay(date, Text(item, "name", at))
                {
                    EnglishName = OptionalText(item, "englishName", at),
                    IsProjected = OptionalBoolean(item, "projected", at) ?? false,
                    Document = item.TryGetProperty("document", out var document) ? Document(document, at + "/document") : null,
                };
                if (makeUp)
                {
                    day = day with { ReplacesDayOff = item.TryGetProperty("replacesDayOff", out _) ? Date(item, "replacesDayOff", at) : null };
                }
                else
                {
                    day = day with { Kind = OptionalChoice<DayOffKind>(item, "kind", at), Holiday = OptionalChoice<HolidayKind>(item, "holiday", at) };
                }

                days.Add(day);
            }

            return days;
        }

        private DocumentReference Document(JsonElement element, string at)
        {
            Expect(element, JsonValueKind.Object, at, "an object with number and date", "một đối tượng có số và ngày văn bản");
            Known(element, at, DocumentProperties);
            var number = Text(element, "number", at);
            LocalDate? date = element.TryGetProperty("date", out _) ? Date(element, "date", at) : null;
            return new DocumentReference(number, date) { Title = OptionalText(element, "title", at) };
        }

        private JsonElement Required(JsonElement element, string property, string at)
        {
            if (!element.TryGetProperty(property, out var value))
            {
                throw Fail(ScheduleFileProblem.Missing, at + "/" + property,
                    $"the required property '{property}' is missing", $"thiếu thuộc tính bắt buộc '{property}'");
            }

            return value;
        }

        private void Known(JsonElement element, string at, string[] known)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (!known.Contains(property.Name, StringComparer.Ordinal))
                {
                    throw Fail(ScheduleFileProblem.UnknownProperty, at + "/" + property.Name,
                        $"'{property.Name}' is not a property of this entry; expected one of {string.Join(", ", known)}",
                        $"'{property.Name}' không phải thuộc tính của mục này; chỉ có {string.Join(", ", known)}");
                }
            }
        }

        private string Text(JsonElement element, string property, string at)
        {
            var value = Required(element, property, at);
            return NonEmpty(value, at + "/" + property);
        }

        private string? OptionalText(JsonElement element, string property, string at) =>
            element.TryGetProperty(property, out var value) ? NonEmpty(value, at + "/" + property) : null;

        private string NonEmpty(JsonElement value, string at)
        {
            Expect(value, JsonValueKind.String, at, "a text", "một chuỗi");
            var text = value.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                throw Fail(ScheduleFileProblem.BadValue, at, "the text is empty", "chuỗi rỗng");
            }

            return text;
        }

        private int Integer(JsonElement element, string property, string at)
        {
            var value = Required(element, property, at);
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
            {
                throw Fail(ScheduleFileProblem.BadValue, at + "/" + property,
                    $"{Shown(value)} is not a whole number", $"{Shown(value)} không phải số nguyên");
            }

            return number;
        }

        private bool? OptionalBoolean(JsonElement element, string property, string at)
        {
            if (!element.TryGetProperty(property, out var value))
            {
                return null;
            }

            return value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Fail(ScheduleFileProblem.BadValue, at + "/" + property,
                    $"{Shown(value)} is not true or false", $"{Shown(value)} không phải true hoặc false"),
            };
        }

        private LocalDate Date(JsonElement element, string property, string at)
        {
            var text = Text(element, property, at);
            var parsed = IsoDate.Parse(text);
            if (!parsed.Success || text.Length != 10)
            {
                throw Fail(ScheduleFileProblem.BadDate, at + "/" + property,
                    $"'{text}' is not a date; expected yyyy-MM-dd, e.g. 2027-02-04",
                    $"'{text}' không phải ngày; cần dạng yyyy-MM-dd, ví dụ 2027-02-04");
            }

            return parsed.Value;
        }

        private T? OptionalChoice<T>(JsonElement element, string property, string at)
            where T : struct, Enum
        {
            if (OptionalText(element, property, at) is not { } text)
            {
                return null;
            }

            foreach (var value in Enum.GetValues<T>())
            {
                if (Kebab(value) == text)
                {
                    return value;
                }
            }

            var names = string.Join(", ", Enum.GetValues<T>().Select(Kebab));
            throw Fail(ScheduleFileProblem.BadValue, at + "/" + property,
                $"'{text}' is not one of {names}", $"'{text}' không thuộc danh sách {names}");
        }

        private void Expect(JsonElement value, JsonValueKind kind, string at, string what, string vietnamese)
        {
            if (value.ValueKind != kind)
            {
                throw Fail(ScheduleFileProblem.BadValue, at, $"{Shown(value)} is not {what}", $"{Shown(value)} không phải {vietnamese}");
            }
        }

        private static string Shown(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.Null => "null",
            _ => value.GetRawText(),
        };

        private ScheduleFileException Fail(ScheduleFileProblem code, string entry, string problem, string vietnamese) =>
            new(code, file, entry, problem, vietnamese);
    }
}
