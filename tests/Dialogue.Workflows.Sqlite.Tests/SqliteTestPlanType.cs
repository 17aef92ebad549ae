using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;

namespace Dialogue.Workflows.Sqlite.Tests;

/// <summary>One session on 14 June 2024 with a notice due seven working days before it.</summary>
internal sealed class SqliteTestPlanType : IPlanType
{
    public string Key => "sqlite-test";

    public int Version => 1;

    public string Title => "Kế hoạch thử nghiệm";

    public string EnglishTitle => "Test plan";

    public IReadOnlyList<PlanParameter> Parameters { get; } =
    [
        new("session", "Ngày đối thoại", "Session date", PlanParameterKind.DateOrPeriod) { Defaults = ["2024-06-14"] },
    ];

    public PlanDefinition Define(PlanParameters parameters) => new()
    {
        TypeKey = Key,
        TypeVersion = Version,
        Title = Title,
        EnglishTitle = EnglishTitle,
        Issuer = "UBND phường Thử Nghiệm",
        Year = 2024,
        Units = [new("office", "Văn phòng", "Office")],
        Sessions = [new("s1", "Đối thoại", "Dialogue", parameters.Anchors("session", "ngày tổ chức đối thoại", "day of the session")[0])],
        Tasks = [new("notice", "Thông báo", "Notice", "office", TaskPhase.Before) { Deadline = DeadlineRule.WorkingDaysBefore(7) }],
    };
}
