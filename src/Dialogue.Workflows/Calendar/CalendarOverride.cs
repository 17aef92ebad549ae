using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>
/// A host's own decision about one day — a province's extra day off, an emergency, a working
/// Saturday — that wins over the law and the published schedules.
/// </summary>
/// <param name="Date">The day.</param>
/// <param name="IsWorkingDay">True to make it a working day, false to make it a day off.</param>
/// <param name="Reason">Why, in Vietnamese (shown in deadline explanations).</param>
/// <example>
/// <code>
/// CalendarOverride.DayOff(new LocalDate(2025, 3, 10), "Nghỉ do bão số 3", "QĐ 123/QĐ-UBND") with { EnglishReason = "Typhoon Yagi" }
/// </code>
/// </example>
public sealed record CalendarOverride(LocalDate Date, bool IsWorkingDay, string Reason)
{
    /// <summary>Why, in English; the Vietnamese reason is used when absent.</summary>
    public string? EnglishReason { get; init; }

    /// <summary>The host's document (decision number), if any.</summary>
    public string? Source { get; init; }

    /// <summary>Makes a day a day off.</summary>
    /// <param name="date">The day.</param>
    /// <param name="reason">Why, in Vietnamese.</param>
    /// <param name="source">The deciding document, if any.</param>
    /// <returns>The override.</returns>
    public static CalendarOverride DayOff(LocalDate date, string reason, string? source = null) =>
        new(date, IsWorkingDay: false, reason) { Source = source };

    /// <summary>Makes a day a working day.</summary>
    /// <param name="date">The day.</param>
    /// <param name="reason">Why, in Vietnamese.</param>
    /// <param name="source">The deciding document, if any.</param>
    /// <returns>The override.</returns>
    public static CalendarOverride WorkingDay(LocalDate date, string reason, string? source = null) =>
        new(date, IsWorkingDay: true, reason) { Source = source };
}
