using Dialogue.Workflows.Storage;
using NodaTime;

namespace Dialogue.Workflows.Benchmarks;

/// <summary>The read model rows of an open plan as the engine projects them: its summary and two open dated steps.</summary>
public static class ReadModelRows
{
    private static readonly PlanSummary Summary = new("plan", "benchmark", 1, "Kế hoạch đo hiệu năng", "UBND phường", 2024, null, "Issued", 1)
    {
        DocumentNumber = "12/KH-UBND",
        CreatedAt = Instant.FromUtc(2024, 5, 20, 2, 0),
        OpenItems = 2,
        NextDue = new LocalDate(2024, 6, 4),
        Calendar = "6b50bfafb75f6246",
    };

    private static readonly DatedItem[] Items =
    [
        new("plan", "notice@s1", "task", "office", new LocalDate(2024, 6, 4), "Open") { OwnerName = "Văn phòng", Title = "Thông báo", EnglishTitle = "Notice", Session = "s1" },
        new("plan", "summary@s1", "task", "front", new LocalDate(2024, 6, 4), "Open") { OwnerName = "MTTQ", Title = "Tổng hợp", EnglishTitle = "Summary", Session = "s1" },
    ];

    /// <summary>The rows of <paramref name="planId"/> at <paramref name="version"/>.</summary>
    /// <param name="planId">The plan.</param>
    /// <param name="version">The version the append brings the plan to.</param>
    /// <returns>The update.</returns>
    public static ReadModelUpdate For(string planId, long version) => new(
        Summary with { PlanId = planId, Version = version, SearchText = $"{planId}\nkế hoạch đo hiệu năng\nubnd phường\n12/kh-ubnd" },
        [.. Items.Select(i => i with { PlanId = planId })]);
}
