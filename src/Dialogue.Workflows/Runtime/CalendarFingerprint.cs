using System.Security.Cryptography;
using Dialogue.Workflows.Calendar;

namespace Dialogue.Workflows.Runtime;

/// <summary>
/// A short name for what a working calendar says about every day it covers, and for the policy a changed calendar is
/// followed under: two engines with the same days and the same policy have the same fingerprint.
/// </summary>
/// <remarks>
/// The read model's due dates depend on which days are working days and, once a calendar has changed, on whether the
/// plans recompute or keep their dates; the fingerprint is a hash of exactly that. Under the default policy
/// (<see cref="CalendarChangePolicy.Recompute"/>) it is the hash of the days alone, as rows written before the policy
/// was part of it were computed with.
/// </remarks>
internal static class CalendarFingerprint
{
    public static string Of(WorkingCalendar calendar, CalendarChangePolicy policy)
    {
        var start = WorkingCalendar.MinDate;
        var days = Period.DaysBetween(start, WorkingCalendar.MaxDate) + 1;
        var bits = new byte[(days + 7) / 8];
        for (var i = 0; i < days; i++)
        {
            if (calendar.IsWorkingDay(start.PlusDays(i)))
            {
                bits[i / 8] |= (byte)(1 << (i % 8));
            }
        }

        // Another policy changes the hash, so that rows kept under one are brought up to date when an engine opens the store under the other.
        byte[] hashed = policy == CalendarChangePolicy.Recompute ? bits : [.. bits, (byte)policy];
        return Convert.ToHexStringLower(SHA256.HashData(hashed))[..16];
    }

    private static class Period
    {
        public static int DaysBetween(NodaTime.LocalDate a, NodaTime.LocalDate b) => NodaTime.Period.Between(a, b, NodaTime.PeriodUnits.Days).Days;
    }
}
