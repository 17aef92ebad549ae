using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Runtime;

/// <summary>
/// The rule for the day a command says its act happened (<see cref="Commands.PlanCommand.On"/>): not
/// after today, and not further back than the host allows (<see cref="DialogueEngineOptions.MaxBackdatingDays"/>).
/// </summary>
/// <param name="maxBackdatingDays">How many days before today an act may be dated.</param>
internal sealed class ActDateRule(int maxBackdatingDays)
{
    /// <summary>Checks a command's act day against today in Vietnam.</summary>
    /// <exception cref="CommandRejectedException">The day is after today (<c>command.date-in-future</c>) or too far back (<c>command.date-too-old</c>).</exception>
    public void Check(string planId, LocalDate? on, LocalDate today)
    {
        if (on is not { } day)
        {
            return;
        }

        if (day > today)
        {
            // Recording afterwards is allowed; recording what has not happened yet is not.
            throw new CommandRejectedException(planId, "command.date-in-future",
                $"Ngày {DayNames.ViDate(day)} chưa đến (hôm nay là {DayNames.ViDate(today)}).",
                $"{DayNames.IsoDate(day)} has not come yet (today is {DayNames.IsoDate(today)}).");
        }

        var oldest = today.PlusDays(-maxBackdatingDays);
        if (day < oldest)
        {
            throw new CommandRejectedException(planId, "command.date-too-old",
                $"Ngày {DayNames.ViDate(day)} quá xa: chỉ được ghi nhận việc đã diễn ra từ ngày {DayNames.ViDate(oldest)} ({maxBackdatingDays} ngày trước hôm nay).",
                $"{DayNames.IsoDate(day)} is too far back: acts may be recorded from {DayNames.IsoDate(oldest)} on ({maxBackdatingDays} days before today).");
        }
    }
}
