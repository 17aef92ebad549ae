using System.Globalization;
using NodaTime;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>Parsing and formatting of the date forms the command line reads and writes.</summary>
/// <remarks>
/// Parsing works on spans and formatting can write into a caller's buffer, so that
/// <c>dialogue lunar -</c> reads and writes a hundred thousand dates without a string per line.
/// </remarks>
internal static class DateText
{
    /// <summary>The length of a <c>yyyy-MM-dd</c> date.</summary>
    public const int IsoLength = 10;

    private static readonly string[] VietnameseWeekdays = ["", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"];

    /// <summary>Parses a strict <c>yyyy-MM-dd</c> date.</summary>
    /// <param name="text">The text, without surrounding spaces.</param>
    /// <param name="date">The date, when the method returns true.</param>
    /// <returns>True when the text is a real date in that form.</returns>
    public static bool TryParseIso(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != IsoLength || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Parses a lunar date written <c>d/m/yyyy</c> (day and month of one or two digits).</summary>
    /// <param name="text">The text.</param>
    /// <param name="year">The year.</param>
    /// <param name="month">The month number, not yet checked against 1..12.</param>
    /// <param name="day">The day, not yet checked against 1..30.</param>
    /// <returns>True when the text has that form.</returns>
    public static bool TryParseDayMonthYear(ReadOnlySpan<char> text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        var first = text.IndexOf('/');
        if (first is < 1 or > 2)
        {
            return false;
        }

        var rest = text[(first + 1)..];
        var second = rest.IndexOf('/');
        return second is >= 1 and <= 2
            && rest.Length - second - 1 == 4
            && TryDigits(text[..first], out day)
            && TryDigits(rest[..second], out month)
            && TryDigits(rest[(second + 1)..], out year);
    }

    /// <summary>Writes <c>yyyy-MM-dd</c> into a buffer of at least <see cref="IsoLength"/> characters.</summary>
    /// <param name="date">The date, with a four-digit year.</param>
    /// <param name="buffer">Where to write.</param>
    public static void FormatIso(LocalDate date, Span<char> buffer)
    {
        WriteDigits(date.Year, buffer[..4]);
        buffer[4] = '-';
        WriteDigits(date.Month, buffer.Slice(5, 2));
        buffer[7] = '-';
        WriteDigits(date.Day, buffer.Slice(8, 2));
    }

    /// <summary>Formats <c>yyyy-MM-dd</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Formats <c>dd/MM/yyyy</c>, as Vietnamese documents write dates.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Vietnamese(LocalDate date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The Vietnamese name of the date's day of the week, e.g. "Thứ Hai".</summary>
    /// <param name="date">The date.</param>
    /// <returns>The name.</returns>
    public static string VietnameseWeekday(LocalDate date) => VietnameseWeekdays[(int)date.DayOfWeek];

    /// <summary>The date as a person reads it: "Thứ Hai 04/09/2023 (Monday)".</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Long(LocalDate date) => $"{VietnameseWeekday(date)} {Vietnamese(date)} ({date.DayOfWeek})";

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return text.Length > 0;
    }

    private static void WriteDigits(int value, Span<char> buffer)
    {
        for (var i = buffer.Length - 1; i >= 0; i--)
        {
            buffer[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
