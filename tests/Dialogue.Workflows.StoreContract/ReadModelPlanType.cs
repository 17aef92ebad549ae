using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;

namespace Dialogue.Workflows.StoreContract;

/// <summary>A ward plan of one session, with the office's notice due seven working days before it and the Front's summary five.</summary>
public sealed class ReadModelPlanType : IPlanType
{
    public string Key => "read-model-test";

    public int Version => 1;

    public string Title => "Kế hoạch đối thoại thử nghiệm";

    public string EnglishTitle => "Test dialogue plan";

    public IReadOnlyList<PlanParameter> Parameters { get; } =
    [
        new("session", "Ngày đối thoại", "Session date", PlanParameterKind.DateOrPeriod) { Defaults = ["2024-06-14"] },
        new("ward", "Phường", "Ward", PlanParameterKind.Text) { Defaults = ["Thử Nghiệm"] },
    ];

    public PlanDefinition Define(PlanParameters parameters)
    {
        var anchor = parameters.Anchors("session", "ngày tổ chức đối thoại", "day of the session")[0];
        return new()
        {
            TypeKey = Key,
            TypeVersion = Version,
            Title = $"{Title} phường {parameters.Text("ward")}",
            EnglishTitle = EnglishTitle,
            Issuer = $"UBND phường {parameters.Text("ward")}",
            Year = anchor.Period.Start.Year,
            Units = [new("office", "Văn phòng", "Office"), new("front", "Ủy ban MTTQ phường", "Fatherland Front")],
            Sessions = [new("s1", "Đối thoại", "Dialogue", anchor)],
            Tasks =
            [
                new("notice", "Thông báo", "Notice", "office", TaskPhase.Before) { Deadline = DeadlineRule.WorkingDaysBefore(7) },
                new("summary", "Tổng hợp ý kiến", "Summary of opinions", "front", TaskPhase.Before) { Deadline = DeadlineRule.WorkingDaysBefore(5) },
            ],
        };
    }
}
