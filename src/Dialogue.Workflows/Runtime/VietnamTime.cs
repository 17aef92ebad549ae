using NodaTime;

namespace Dialogue.Workflows.Runtime;

/// <summary>Vietnam's time zone, where "today" is decided for every plan.</summary>
/// <remarks>Asia/Ho_Chi_Minh from the TZDB shipped with NodaTime (UTC+7, no daylight saving), never the host machine's zone.</remarks>
public static class VietnamTime
{
    /// <summary>The Asia/Ho_Chi_Minh zone.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    /// <summary>The civil date in Vietnam at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The date in Asia/Ho_Chi_Minh.</returns>
    public static LocalDate Today(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>Today's date in Vietnam by a clock.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The date in Asia/Ho_Chi_Minh.</returns>
    public static LocalDate Today(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Today(clock.GetCurrentInstant());
    }

    /// <summary>The instant a due date ends: 24:00 of that day in Vietnam (Civil Code Art. 148(6)).</summary>
    /// <param name="due">The due date.</param>
    /// <returns>The start of the next day in Asia/Ho_Chi_Minh.</returns>
    public static Instant EndOf(LocalDate due) => Zone.AtStartOfDay(due.PlusDays(1)).ToInstant();
}
