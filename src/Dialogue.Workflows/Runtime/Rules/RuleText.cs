using Dialogue.Workflows.Calendar;
using NodaTime;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>Dates as the library's rules write them in messages.</summary>
internal static class RuleText
{
    public static string Vi(LocalDate? date) => date is { } d ? DayNames.ViDate(d) : "(chưa có)";

    public static string Iso(LocalDate? date) => date is { } d ? DayNames.IsoDate(d) : "(none)";

    public static string Vi(DateInterval period) => $"{Vi(period.Start)}–{Vi(period.End)}";

    public static string Iso(DateInterval period) => $"{Iso(period.Start)} to {Iso(period.End)}";
}
