using NodaTime;

namespace Dialogue.Workflows.Calendar;

/// <summary>
/// A swap (hoán đổi) decided for civil servants: a weekday becomes a day off to bridge a holiday,
/// and a weekly rest day (usually a Saturday) becomes a working day to make up for it (làm bù).
/// </summary>
/// <remarks>
/// Swaps are decided for bodies on a Saturday–Sunday week, so a calendar applies them only when its
/// weekly rest days are Saturday and Sunday. A swap belongs to the schedule that decided it, but is
/// looked up by its own dates: the 2019 New Year swap put a day off on 2018-12-31.
/// </remarks>
/// <param name="DayOff">The weekday that becomes a day off.</param>
/// <param name="MakeUpWorkingDay">The weekly rest day that becomes a working day.</param>
/// <param name="Source">The document that decided the swap, e.g. "CV 2450/VPCP-KGVX, 12/04/2024".</param>
public sealed record DaySwap(LocalDate DayOff, LocalDate MakeUpWorkingDay, string Source);
