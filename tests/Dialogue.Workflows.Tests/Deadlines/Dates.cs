using System.Globalization;
using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Deadlines;
using NodaTime;

namespace Dialogue.Workflows.Tests.Deadlines;

/// <summary>Short helpers so the tests read like the plans: dates as ISO strings, the session as an anchor.</summary>
internal static class Dates
{
    public static WorkingCalendar Vn => WorkingCalendar.Default;

    public static LocalDate D(string iso) => LocalDate.FromDateTime(DateTime.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static LocalDate[] Ds(params string[] isos) => [.. isos.Select(D)];

    public static Anchor Session(string iso) => Anchor.On(D(iso), "ngày tổ chức đối thoại", "the session");

    public static Anchor Received(string iso) => Anchor.On(D(iso), "ngày nhận được văn bản", "receipt of the document");
}
