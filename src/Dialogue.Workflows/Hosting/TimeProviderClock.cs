using NodaTime;

namespace Dialogue.Workflows.Hosting;

/// <summary>A NodaTime <see cref="IClock"/> reading a .NET <see cref="System.TimeProvider"/>: a host that keeps time with a <c>TimeProvider</c> (or tests with <c>FakeTimeProvider</c>) gives it wherever an <see cref="IClock"/> is taken.</summary>
/// <example>
/// <code>
/// services.AddDialogueWorkflows(b => b.UseTimeProvider(TimeProvider.System).UseInMemoryStore());
/// IClock clock = new TimeProviderClock(fakeTimeProvider);   // or directly
/// </code>
/// </example>
public sealed class TimeProviderClock : IClock
{
    /// <summary>Creates the clock.</summary>
    /// <param name="timeProvider">The time provider it reads.</param>
    public TimeProviderClock(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        TimeProvider = timeProvider;
    }

    /// <summary>The time provider read; the <see cref="DeadlineMonitor"/> also waits between passes on it.</summary>
    public TimeProvider TimeProvider { get; }

    /// <inheritdoc />
    public Instant GetCurrentInstant() => Instant.FromDateTimeOffset(TimeProvider.GetUtcNow());
}
