using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Runtime.Events;
using Dialogue.Workflows.Storage;
using NodaTime;

namespace Dialogue.Workflows.Runtime;

/// <summary>Deadlines that follow the working calendar: a changed calendar's moves recorded, with their reasons, on the next read.</summary>
public sealed partial class DialogueEngine
{
    /// <summary>Who records a move the calendar caused: no person, the calendar itself.</summary>
    public static Actor CalendarActor { get; } = new("working-calendar", "Lịch làm việc (working calendar)", string.Empty);

    /// <summary>
    /// Records, once, that the calendar moved an open plan's open deadlines: the dates the plan recorded differ from
    /// what the calendar gives now. Under <see cref="CalendarChangePolicy.Recompute"/> the plan then shows the new dates;
    /// under <see cref="CalendarChangePolicy.Keep"/> it keeps them and notes the new ones. Each change names the days
    /// that changed in its span and their documents.
    /// </summary>
    private async Task<PlanInstance> FollowCalendarAsync(PlanInstance plan, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (CalendarMoves(plan) is not { } recalculated)
            {
                return plan;
            }

            var work = plan.Clone();
            work.Apply(recalculated);
            try
            {
                await AppendAsync(plan.Id, plan.Version, [_serializer.Serialize(recalculated)], work, cancellationToken).ConfigureAwait(false);
                LogCalendarMoves(plan.Id, recalculated.Deadlines.Count);
                return work;
            }
            catch (Storage.StoreUnavailableException unavailable)
            {
                // A store opened read-only (or one that refuses writes just now) still answers the read: the plan shows the
                // moved dates with their reasons, and the next read that can write records them.
                LogCalendarMovesNotRecorded(plan.Id, recalculated.Deadlines.Count, unavailable.Message);
                return work;
            }
            catch (ConcurrencyException) when (attempt < _options.ConcurrencyRetries)
            {
                // Another host recorded it (or something else) first: read again and see what is left to record.
                plan = plan.EventsFrom == 1
                    ? await ReplayAsync(plan.Id, long.MaxValue, cancellationToken).ConfigureAwait(false)
                    : await LoadCurrentAsync(plan.Id, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private DeadlinesRecalculated? CalendarMoves(PlanInstance plan)
    {
        if (plan.Status is PlanStatus.Completed or PlanStatus.Cancelled)
        {
            return null;
        }

        var policy = _options.CalendarChangePolicy;
        var changes = new List<DueChange>();
        foreach (var task in plan.Tasks)
        {
            if (task.Status != PlanTaskStatus.Open)
            {
                continue;
            }

            var baseline = policy == CalendarChangePolicy.Keep ? task.NotedDue ?? task.RecordedDue : task.RecordedDue;
            var now = _dues.DueOf(plan, task);
            // Only a recorded date that moves is the calendar's doing; a date becoming known or unknown follows the plan's own events.
            if (baseline is { } old && now is { } moved && old != moved)
            {
                var anchor = _dues.Compute(plan, task)?.Anchor?.Date;
                var (reason, englishReason) = Reason(old, moved, anchor);
                changes.Add(new DueChange(task.Id, old, moved) { Reason = reason, EnglishReason = englishReason });
            }
        }

        return changes.Count == 0
            ? null
            : new DeadlinesRecalculated
            {
                At = _clock.GetCurrentInstant(),
                By = CalendarActor,
                Document = string.Join("; ", changes.Select(c => c.Reason).Distinct()),
                Policy = policy,
                Deadlines = changes,
            };
    }

    /// <summary>
    /// The days that explain a move: in the span from the anchor to the farther of the two dates, the days a loaded
    /// schedule or an override decided, else every day off or make-up day there, each with its document.
    /// </summary>
    private (string Vietnamese, string English) Reason(LocalDate old, LocalDate moved, LocalDate? anchor)
    {
        var start = Min(Min(old, moved), anchor ?? old);
        var end = Max(Max(old, moved), anchor ?? old);
        var special = new List<CalendarDay>();
        for (var date = start; date <= end; date = date.PlusDays(1))
        {
            var day = Calendar.Describe(date);
            if (day.Kind is CalendarDayKind.DayOff or CalendarDayKind.MakeUpWorkingDay || day.Holiday is not null)
            {
                special.Add(day);
            }
        }

        var hosts = special.Where(d => d.Origin is CalendarDayOrigin.LoadedSchedule or CalendarDayOrigin.Override).ToList();
        var cited = (hosts.Count > 0 ? hosts : special).Take(5).ToList();
        if (cited.Count == 0)
        {
            return ($"Lịch làm việc thay đổi: hạn {DayNames.ViDate(old)} nay là {DayNames.ViDate(moved)}",
                $"The working calendar changed: due {DayNames.IsoDate(old)} is now {DayNames.IsoDate(moved)}");
        }

        return ($"Lịch làm việc thay đổi ({string.Join("; ", cited.Select(d => $"{DayNames.ViDate(d.Date)} {d.Name}, {d.Source}"))})",
            $"The working calendar changed ({string.Join("; ", cited.Select(d => $"{DayNames.IsoDate(d.Date)} {d.EnglishName}, {d.Source}"))})");
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    [Microsoft.Extensions.Logging.LoggerMessage(EventId = 4, Level = Microsoft.Extensions.Logging.LogLevel.Information,
        Message = "Plan {PlanId}: the working calendar moved {Count} deadline(s); recorded")]
    private partial void LogCalendarMoves(string planId, int count);

    [Microsoft.Extensions.Logging.LoggerMessage(EventId = 5, Level = Microsoft.Extensions.Logging.LogLevel.Warning,
        Message = "Plan {PlanId}: the working calendar moved {Count} deadline(s); shown but not recorded, the store refused the write: {Reason}")]
    private partial void LogCalendarMovesNotRecorded(string planId, int count, string reason);
}
