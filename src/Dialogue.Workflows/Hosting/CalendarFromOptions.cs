using Dialogue.Workflows.Calendar;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Dialogue.Workflows.Hosting;

/// <summary>
/// Builds the host's <see cref="WorkingCalendar"/> from <see cref="WorkingCalendarOptions"/> once, and
/// validates the options by building it.
/// </summary>
/// <remarks>
/// Building is the only full check of the options (overlapping overrides, swaps that do not swap),
/// and it tabulates two centuries, so the calendar built to validate at start-up is the one kept.
/// Default options give the shared <see cref="WorkingCalendar.Default"/> rather than a second copy.
/// </remarks>
internal sealed class CalendarFromOptions : IValidateOptions<WorkingCalendarOptions>
{
    private readonly Lock _gate = new();
    private WorkingCalendarOptions? _builtFrom;
    private WorkingCalendar? _built;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WorkingCalendarOptions options)
    {
        // Only the default options make the host's calendar; named ones are someone else's.
        if (name != Options.DefaultName)
        {
            return ValidateOptionsResult.Skip;
        }

        try
        {
            Build(options);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail($"WorkingCalendarOptions (ConfigureCalendar) are inconsistent: {e.Message}");
        }
        catch (ScheduleFileException e)
        {
            // A bad schedule file stops the host at start-up, before any deadline is counted on a wrong calendar.
            return ValidateOptionsResult.Fail($"WorkingCalendarOptions (ConfigureCalendar): {e.Message} [{e.ErrorCode}]");
        }
    }

    /// <summary>The calendar of <paramref name="options"/>, built on the first call for that options instance.</summary>
    /// <exception cref="ArgumentException">The options are inconsistent.</exception>
    /// <exception cref="ScheduleFileException">A schedule file cannot be loaded.</exception>
    public WorkingCalendar Build(WorkingCalendarOptions options)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(options, _builtFrom))
            {
                _built = IsDefault(options) ? WorkingCalendar.Default : new WorkingCalendar(options);
                _builtFrom = options;
            }

            return _built!;
        }
    }

    private static bool IsDefault(WorkingCalendarOptions options) =>
        options.UseShippedSchedules
        && options.Schedules.Count == 0
        && options.PublishedSchedules.Count == 0
        && options.ScheduleFiles.Count == 0
        && options.CultureDayOnWeekend == CultureDayOnWeekend.NoCompensatoryDay
        && options.Overrides.Count == 0
        && options.WeeklyRestDays.Count == 2
        && options.WeeklyRestDays.Contains(IsoDayOfWeek.Saturday)
        && options.WeeklyRestDays.Contains(IsoDayOfWeek.Sunday);
}
