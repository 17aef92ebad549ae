using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>A weekly rest day that is a working day: a make-up day (làm bù) of a swap, or a host's decision.</summary>
/// <param name="Date">The day.</param>
/// <param name="Name">The Vietnamese description, e.g. "Làm bù cho ngày nghỉ 29/04/2024".</param>
/// <param name="EnglishName">The English description.</param>
/// <param name="IsOfficial">True when fixed by a published schedule or by the host.</param>
/// <param name="Source">The document that decided it.</param>
public sealed record MakeUpWorkingDay(LocalDate Date, string Name, string EnglishName, bool IsOfficial, string Source)
{
    /// <summary>The day off this day makes up for, when it is one side of a swap.</summary>
    public LocalDate? ReplacesDayOff { get; init; }
}
