using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;

namespace Dialogue.Workflows.StoreContract;

/// <summary>
/// A ward plan with two sessions, tasks counted from the session, from its holding and from another task, petitions answered by the
/// unit they are forwarded to, and ad-hoc sessions: every part of a plan's state a snapshot must keep.
/// </summary>
public sealed class SnapshotPlanType : IPlanType
{
    public string Key => "snapshot-test";

    public int Version => 1;

    public string Title => "Kế hoạch đối thoại thử nghiệm ảnh chụp";

    public string EnglishTitle => "Snapshot test plan";

    public IReadOnlyList<PlanParameter> Parameters { get; } =
    [
        new("session", "Ngày đối thoại", "Session date", PlanParameterKind.DateOrPeriod) { Multiple = true, Defaults = ["2024-06-14", "2024-11-15"] },
    ];

    public PlanDefinition Define(PlanParameters parameters)
    {
        var anchors = parameters.Anchors("session", "ngày tổ chức đối thoại", "day of the session");
        return new()
        {
            TypeKey = Key,
            TypeVersion = Version,
            Title = Title,
            EnglishTitle = EnglishTitle,
            Issuer = "UBND phường Thử Nghiệm",
            Year = anchors[0].Period.Start.Year,
            Units = [new("office", "Văn phòng", "Office"), new("front", "Ủy ban MTTQ phường", "Fatherland Front"), new("justice", "Tư pháp", "Justice")],
            Sessions = [.. anchors.Select((anchor, i) => new SessionDefinition($"s{i + 1}", $"Đối thoại {i + 1}", $"Dialogue {i + 1}", anchor))],
            Tasks =
            [
                new("notice", "Thông báo", "Notice", "office", TaskPhase.Before) { Deadline = DeadlineRule.WorkingDaysBefore(7) },
                new("summary", "Tổng hợp ý kiến", "Summary of opinions", "front", TaskPhase.Before) { Deadline = DeadlineRule.WorkingDaysBefore(5) },
                new("conclusion", "Thông báo kết luận", "Conclusion notice", "office", TaskPhase.After)
                {
                    Deadline = DeadlineRule.WithinDaysAfter(10, "chậm nhất 10 ngày"), Anchor = AnchorPoint.SessionHeld,
                },
                new("follow-up", "Trả lời kiến nghị còn lại", "Answer the remaining petitions", "justice", TaskPhase.After)
                {
                    Deadline = DeadlineRule.WithinWorkingDaysAfter(5), Anchor = AnchorPoint.TaskDone, AnchorTask = "conclusion",
                },
            ],
            Petitions = new PetitionPolicy
            {
                AnswerDeadline = DeadlineRule.WithinDaysAfter(15, "15 ngày"),
                AnswerProposal = new PetitionDuty("Đề xuất trả lời", "Proposed answer", DeadlineRule.WithinWorkingDaysAfter(5)),
            },
            Rules = new PlanRules { AllowsAdHocSessions = true },
        };
    }
}
