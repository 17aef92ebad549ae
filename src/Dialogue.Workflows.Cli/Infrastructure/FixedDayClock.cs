using Dialogue.Workflows.Runtime;
using NodaTime;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>A clock whose date in Vietnam is a day the user chose (<c>--today</c>), at the real time of day.</summary>
/// <remarks>
/// Keeping the real time of day, rather than a fixed hour, keeps the recorded instants of several
/// commands run on one chosen day in the order they were run, so the history reads in order.
/// </remarks>
/// <param name="today">The day it is in Asia/Ho_Chi_Minh.</param>
/// <param name="real">The clock the time of day comes from.</param>
internal sealed class FixedDayClock(LocalDate today, IClock real) : IClock
{
    /// <inheritdoc />
    public Instant GetCurrentInstant()
    {
        var time = real.GetCurrentInstant().InZone(VietnamTime.Zone).TimeOfDay;
        return today.At(time).InZoneLeniently(VietnamTime.Zone).ToInstant();
    }
}
