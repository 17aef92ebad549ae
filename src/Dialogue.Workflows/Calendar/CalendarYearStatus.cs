namespace Dialogue.Workflows.Calendar;

/// <summary>Where one year of a <see cref="WorkingCalendar"/> comes from, and what of it is still projected.</summary>
/// <param name="Year">The year.</param>
/// <param name="Source">Official, loaded from a file, or projected.</param>
/// <param name="Document">The schedule's main document (number and date), or null for a projected year.</param>
/// <param name="File">The file a loaded schedule came from, or null.</param>
/// <param name="ProjectedHolidays">
/// The holidays of an official year that its documents do not fix and that stay projected (all of
/// them for a projected year; none for a loaded one).
/// </param>
public sealed record CalendarYearStatus(int Year, CalendarYearSource Source, string? Document, string? File, IReadOnlyList<HolidayKind> ProjectedHolidays)
{
    /// <summary>Vietnamese wording of the year's source, e.g. "chính thức (CV 10065/VPCP-KGVX, 02/10/2026)".</summary>
    public string Description => Source switch
    {
        CalendarYearSource.Official => $"chính thức ({Document})",
        CalendarYearSource.Loaded => $"nạp từ tệp {File ?? "(không tên)"} ({Document})",
        _ => "dự kiến theo luật (chưa có lịch nghỉ được công bố)",
    };

    /// <summary>English wording of the year's source, e.g. "official (CV 10065/VPCP-KGVX, 02/10/2026)".</summary>
    public string EnglishDescription => Source switch
    {
        CalendarYearSource.Official => $"official ({Document})",
        CalendarYearSource.Loaded => $"loaded from file {File ?? "(unnamed)"} ({Document})",
        _ => "projected from the rules (no published schedule)",
    };
}
