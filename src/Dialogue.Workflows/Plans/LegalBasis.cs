using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Plans;

/// <summary>
/// The law a plan type follows and the days it is in force: "Luật Tổ chức chính quyền địa phương số 72/2025/QH15, Điều 43,
/// từ ngày 01/07/2025". A plan whose sessions fall outside that period cannot be started (<see cref="LawNotInForceException"/>).
/// </summary>
/// <remarks>
/// <para>
/// Both ends are inclusive days in Vietnam: <see cref="InForceFrom"/> is the first day the basis applies and
/// <see cref="InForceUntil"/> the last. The district level ended on 01/07/2025, so a district body's type has
/// <c>InForceUntil = 2025-06-30</c> and names the reform in <see cref="EndedBy"/>.
/// </para>
/// <para>
/// A session is judged by its date, or, while it has only a planned period, by the period's first day: a plan
/// "in Quý III/2025" of a body that ended on 30/06/2025 has no day on which it could be held. A period that
/// begins inside and ends outside the basis's days is allowed and flagged by the lint.
/// </para>
/// </remarks>
/// <param name="Text">The basis in Vietnamese, with article numbers.</param>
/// <param name="EnglishText">The basis in English.</param>
/// <example>
/// <code>
/// new LegalBasis("Nghị định 32/2021/NĐ-CP (chính quyền đô thị Hà Nội)", "Decree 32/2021/ND-CP (Hà Nội urban government)")
/// {
///     InForceFrom = new LocalDate(2021, 7, 1), InForceUntil = new LocalDate(2025, 6, 30),
///     EndedBy = "Luật 72/2025/QH15: chính quyền địa phương hai cấp từ 01/07/2025", EnglishEndedBy = "Law 72/2025/QH15: two-tier local government from 01/07/2025",
/// }
/// </code>
/// </example>
public sealed record LegalBasis(string Text, string EnglishText)
{
    /// <summary>The first day the basis applies, or null when the type sets no start.</summary>
    public LocalDate? InForceFrom { get; init; }

    /// <summary>The last day the basis applies (inclusive), or null while it is in force.</summary>
    public LocalDate? InForceUntil { get; init; }

    /// <summary>What ended it, in Vietnamese (the reform, with its documents), when <see cref="InForceUntil"/> is set.</summary>
    public string? EndedBy { get; init; }

    /// <summary>What ended it, in English.</summary>
    public string? EnglishEndedBy { get; init; }

    /// <summary>How sure the sources are, e.g. "SECONDARY: quoted by several public sources; primary text not read".</summary>
    public string? SourceStatus { get; init; }

    /// <summary>Whether the basis is in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when the day is within <see cref="InForceFrom"/>..<see cref="InForceUntil"/>, both included.</returns>
    public bool InForceOn(LocalDate date) => (InForceFrom is not { } from || date >= from) && (InForceUntil is not { } until || date <= until);

    /// <summary>The period in words, e.g. "từ 01/07/2025" or "01/07/2021 – 30/06/2025".</summary>
    public string Period => (InForceFrom, InForceUntil) switch
    {
        ({ } from, { } until) => $"{DayNames.ViDate(from)} – {DayNames.ViDate(until)}",
        ({ } from, null) => $"từ {DayNames.ViDate(from)}",
        (null, { } until) => $"đến hết {DayNames.ViDate(until)}",
        _ => "không giới hạn",
    };

    /// <summary>The period in English, e.g. "from 2025-07-01" or "2021-07-01 to 2025-06-30".</summary>
    public string EnglishPeriod => (InForceFrom, InForceUntil) switch
    {
        ({ } from, { } until) => $"{DayNames.IsoDate(from)} to {DayNames.IsoDate(until)}",
        ({ } from, null) => $"from {DayNames.IsoDate(from)}",
        (null, { } until) => $"until {DayNames.IsoDate(until)}",
        _ => "no limit",
    };

    /// <summary>Why a day is outside the basis's period, in Vietnamese and English, naming the reform; null when the day is within it.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The reason, or null.</returns>
    public (string Vi, string En)? Outside(LocalDate date)
    {
        if (InForceOn(date))
        {
            return null;
        }

        return InForceUntil is { } until && date > until
            ? ($"{Text} chỉ áp dụng đến hết ngày {DayNames.ViDate(until)}{(EndedBy is null ? "" : $" ({EndedBy})")}; ngày {DayNames.ViDate(date)} nằm sau đó.",
                $"{EnglishText} applies only until {DayNames.IsoDate(until)}{(EnglishEndedBy is null ? "" : $" ({EnglishEndedBy})")}; {DayNames.IsoDate(date)} is after that.")
            : ($"{Text} áp dụng từ ngày {DayNames.ViDate(InForceFrom!.Value)}; ngày {DayNames.ViDate(date)} nằm trước đó.",
                $"{EnglishText} applies from {DayNames.IsoDate(InForceFrom!.Value)}; {DayNames.IsoDate(date)} is before that.");
    }
}
