using Dialogue.Workflows.Runtime;
using NodaTime;

namespace Dialogue.Workflows.Ward.Tests.AdministrativeProcedure;

/// <summary>One timeline line as plain text for a snapshot: dates as yyyy-MM-dd, so the file reads like the document.</summary>
internal sealed record TimelineRow(
    string Id, string Title, string Owner, string? Phase, string? Due, string? DueEarliest, string? DueLatest, string? Opens, string Status)
{
    public static TimelineRow From(TimelineEntry line) => new(
        line.Id, line.Title, line.Owner, line.Phase?.ToString(), Iso(line.Due), Iso(line.DueEarliest), Iso(line.DueLatest), Iso(line.Opens), line.Status);

    private static string? Iso(LocalDate? date) => date?.ToString("yyyy-MM-dd", null);
}
