using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;

namespace Dialogue.Workflows.Benchmarks;

/// <summary>A small plan type for the engine benchmarks: one session with a few deadline rules and a petition policy.</summary>
public sealed class BenchmarkPlanType : IPlanType
{
    /// <inheritdoc />
    public string Key => "benchmark";

    /// <inheritdoc />
    public int Version => 1;

    /// <inheritdoc />
    public string Title => "Kế hoạch đo hiệu năng";

    /// <inheritdoc />
    public string EnglishTitle => "Benchmark plan";

    /// <inheritdoc />
    public IReadOnlyList<PlanParameter> Parameters { get; } =
    [
        new("session", "Ngày đối thoại", "Session date", PlanParameterKind.DateOrPeriod) { Defaults = ["2024-06-14"] },
    ];

    /// <inheritdoc />
    public PlanDefinition Define(PlanParameters parameters) => new()
    {
        TypeKey = Key,
        TypeVersion = Version,
        Title = Title,
        EnglishTitle = EnglishTitle,
        Issuer = "UBND phường",
        Year = 2024,
        Units = [new("office", "Văn phòng", "Office"), new("front", "MTTQ", "Front")],
        Sessions = [new("s1", "Đối thoại", "Dialogue", parameters.Anchors("session", "ngày tổ chức đối thoại", "day of the session")[0])],
        Tasks =
        [
            new("notice", "Thông báo", "Notice", "office", TaskPhase.Before) { Deadline = DeadlineRule.WorkingDaysBefore(7) },
            new("summary", "Tổng hợp", "Summary", "front", TaskPhase.Before) { Deadline = DeadlineRule.CalendarDaysBefore(10) },
            new("conclusion", "Kết luận", "Conclusion", "office", TaskPhase.After) { Deadline = DeadlineRule.WithinDaysAfter(10), Anchor = AnchorPoint.SessionHeld },
        ],
        Petitions = new PetitionPolicy { AnswerDeadline = DeadlineRule.WithinWorkingDaysAfter(5) },
    };
}
