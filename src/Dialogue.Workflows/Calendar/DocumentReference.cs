using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace Dialogue.Workflows.Calendar;

/// <summary>A document a calendar day rests on: its number (or the article of a law) and its date, when it has one.</summary>
/// <param name="Number">The number as cited, e.g. "CV 10065/VPCP-KGVX", or a law's article, e.g. "Điều 112 Bộ luật Lao động 2019".</param>
/// <param name="Date">The document's date; null for a law's article cited without one.</param>
public sealed partial record DocumentReference(string Number, LocalDate? Date)
{
    private static readonly LocalDatePattern VietnameseDate = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");

    /// <summary>A title, if given (e.g. "về việc nghỉ Tết Âm lịch, Quốc khánh năm 2027").</summary>
    public string? Title { get; init; }

    /// <summary>Reads a source as the calendar cites it, "NUMBER, dd/MM/yyyy" or a bare number; the inverse of <see cref="ToString"/>.</summary>
    /// <param name="source">The cited source.</param>
    /// <returns>The reference; a source whose date cannot be told apart is kept whole as the number.</returns>
    public static DocumentReference Parse(string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var match = Cited().Match(source);
        if (match.Success && VietnameseDate.Parse(match.Groups["date"].Value) is { Success: true } date)
        {
            return new DocumentReference(match.Groups["number"].Value, date.Value);
        }

        return new DocumentReference(source, null);
    }

    /// <summary>The reference as the calendar cites it: "CV 10065/VPCP-KGVX, 02/10/2026", or the number alone.</summary>
    /// <returns>The citation.</returns>
    public override string ToString() =>
        Date is { } date ? string.Create(CultureInfo.InvariantCulture, $"{Number}, {VietnameseDate.Format(date)}") : Number;

    [GeneratedRegex(@"^(?<number>.+), (?<date>\d{2}/\d{2}/\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Cited();
}
