namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>A day off a deadline's count skipped.</summary>
/// <param name="Date">The day.</param>
/// <param name="Name">Why it is off: <c>Thứ Bảy</c>, <c>Quốc khánh</c>.</param>
public sealed record SkippedDayView(DateOnly Date, LocalizedText Name);
