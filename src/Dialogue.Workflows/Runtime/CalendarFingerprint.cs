using System.Security.Cryptography;
using Dialogue.Workflows.Calendar;

namespace Dialogue.Workflows.Runtime;

/// <summary>A short name for what a working calendar says about every day it covers: two calendars with the same days have the same fingerprint.</summary>
/// <remarks>Due dates depend only on which days are working days, so the fingerprint is a hash of exactly that.</remarks>
internal static class CalendarFingerprint
{
    public static string Of(WorkingCalendar calendar)
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

        return Convert.ToHexStringLower(SHA256.HashData(bits))[..16];
    }

    private static class Period
    {
        public static int DaysBetween(NodaTime.LocalDate a, NodaTime.LocalDate b) => NodaTime.Period.Between(a, b, NodaTime.PeriodUnits.Days).Days;
    }
}
