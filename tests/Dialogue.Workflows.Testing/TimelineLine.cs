using System.Globalization;
using Dialogue.Workflows.Runtime;
using NodaTime;

namespace Dialogue.Workflows.Testing;

/// <summary>One timeline line as plain text fields, so a snapshot does not depend on how a serializer writes NodaTime dates.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="Title">The entry's title.</param>
/// <param name="Owner">Who owns the entry.</param>
/// <param name="Phase">The task's phase around its session, if any.</param>
/// <param name="Due">The due date, <c>yyyy-MM-dd</c>.</param>
/// <param name="DueEarliest">The earliest the due date can be, <c>yyyy-MM-dd</c>.</param>
/// <param name="DueLatest">The latest the due date can be, <c>yyyy-MM-dd</c>.</param>
/// <param name="Opens">The day the entry opens, <c>yyyy-MM-dd</c>.</param>
/// <param name="Status">The entry's status.</param>
public sealed record TimelineLine(
    string Id, string Title, string Owner, string? Phase, string? Due, string? DueEarliest, string? DueLatest, string? Opens, string Status)
{
    /// <summary>The line for a timeline entry, its dates written <c>yyyy-MM-dd</c>.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The line.</returns>
    public static TimelineLine From(TimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Id, entry.Title, entry.Owner, entry.Phase?.ToString(),
            Iso(entry.Due), Iso(entry.DueEarliest), Iso(entry.DueLatest), Iso(entry.Opens), entry.Status);
    }

    private static string? Iso(LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
