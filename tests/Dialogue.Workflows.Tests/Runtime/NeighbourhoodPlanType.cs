using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Machines;
using NodaTime;

namespace Dialogue.Workflows.Tests.Runtime;

/// <summary>
/// A sixth plan type that only the tests know: a host's own "neighbourhood dialogue", registered
/// without touching the library. It has two sessions a year, a 7-working-day notice, a Front summary
/// ten days before, a conclusion notice within 10 days after, ad-hoc sessions, a registration window,
/// excluded complaints and its own rule: no session is held on a Sunday.
/// </summary>
public sealed class NeighbourhoodPlanType : IPlanType
{
    public string Key => "neighbourhood";

    public int Version => 1;

    public string Title => "Đối thoại khu dân cư";

    public string EnglishTitle => "Neighbourhood dialogue";

    public IReadOnlyList<PlanParameter> Parameters { get; } =
    [
        new("session", "Ngày hoặc thời gian đối thoại", "Session date or period", PlanParameterKind.DateOrPeriod)
        {
            Multiple = true, Defaults = ["2024-06-14", "2024-11-15"],
        },
        new("year", "Năm", "Year", PlanParameterKind.Integer) { Defaults = ["2024"], Minimum = 1995, Maximum = 2199 },
        new("registration-from", "Mở đăng ký", "Registration opens", PlanParameterKind.Date) { Defaults = ["2024-05-20"] },
        new("registration-to", "Hết hạn đăng ký", "Registration closes", PlanParameterKind.Date) { Defaults = ["2024-05-31"] },
    ];

    public PlanDefinition Define(PlanParameters parameters)
    {
        var sessions = parameters.Anchors("session", "ngày tổ chức đối thoại", "day of the session")
            .Select((anchor, i) => new SessionDefinition($"s{i + 1}", $"Buổi đối thoại {i + 1}", $"Session {i + 1}", anchor))
            .ToList();
        return new PlanDefinition
        {
            TypeKey = Key,
            TypeVersion = Version,
            Title = Title,
            EnglishTitle = EnglishTitle,
            Issuer = "UBND phường Thử Nghiệm",
            Year = parameters.Integer("year"),
            Units =
            [
                new("office", "Văn phòng phường", "Ward office"),
                new("front", "Ủy ban MTTQ phường", "Ward Fatherland Front"),
                new("justice", "Bộ phận Tư pháp", "Justice officer"),
                new("chairman", "Chủ tịch UBND phường", "Ward chairman"),
            ],
            Sessions = sessions,
            Tasks =
            [
                new("notice", "Thông báo thời gian, địa điểm", "Announce time and place", "office", TaskPhase.Before)
                {
                    Deadline = DeadlineRule.WorkingDaysBefore(7, phrase: "ít nhất 07 ngày làm việc"),
                },
                new("front-summary", "Tổng hợp ý kiến gửi Văn phòng", "Send the summary of opinions to the office", "front", TaskPhase.Before)
                {
                    Deadline = DeadlineRule.CalendarDaysBefore(10, "trước 10 ngày tổ chức đối thoại"),
                },
                new("conclusion", "Ban hành thông báo kết luận", "Issue the conclusion notice", "office", TaskPhase.After)
                {
                    Deadline = DeadlineRule.WithinDaysAfter(10, "chậm nhất 10 ngày kể từ ngày tổ chức"), Anchor = AnchorPoint.SessionHeld,
                },
                new("follow-up", "Trả lời kiến nghị chưa giải quyết", "Answer unresolved petitions", "justice", TaskPhase.After)
                {
                    Deadline = DeadlineRule.WithinWorkingDaysAfter(5), Anchor = AnchorPoint.TaskDone, AnchorTask = "conclusion",
                },
                new("yearly-report", "Báo cáo kết quả cả năm", "Report the year's results", "office", TaskPhase.After)
                {
                    Deadline = DeadlineRule.OnOrBefore(new LocalDate(parameters.Integer("year"), 12, 15)), PerSession = false, Anchor = AnchorPoint.None,
                },
            ],
            Agenda = [new(1, "Khai mạc", "Opening", "Văn phòng", "Office"), new(2, "Đối thoại", "Dialogue", "Chủ tịch", "Chairman")],
            Participants = [new("Chủ tịch UBND phường", "Ward chairman", ParticipantRole.Chair)],
            Petitions = new PetitionPolicy
            {
                RegistrationWindow = DeadlineRule.Window(parameters.Date("registration-from"), parameters.Date("registration-to")),
                ExcludedCategories = [PetitionCategory.Complaint, PetitionCategory.Denunciation],
                AnswerDeadline = DeadlineRule.WithinDaysAfter(3, "sau 03 ngày kể từ ngày nhận được văn bản"),
                AnswerAnchor = PetitionAnswerAnchor.Assigned,
                Routes = [new("admin", "Quản lý hành chính", "Administration", "Chủ tịch UBND", "People's Committee chairman") { Unit = "chairman" }],
            },
            Rules = new PlanRules
            {
                MinimumSessionsPerYear = 2,
                AnnouncementLeadTime = DeadlineRule.WorkingDaysBefore(7),
                AllowsAdHocSessions = true,
            },
            ReportRecipients = [new("UBND quận", "District People's Committee")],
            // The chairman signs the plan, closes it and decides exceptions; the office records; the rest is open to the plan's units.
            Authority = new PlanAuthority
            {
                Grants =
                [
                    new(PlanAction.Create, ["office"]),
                    new(PlanAction.Issue, ["chairman"]) { Signed = true, Delegates = ["office"] },
                    new(PlanAction.Complete, ["chairman"]) { Signed = true },
                ],
                RecordingUnits = ["office"],
            },
            Guards =
            [
                new PlanGuard(EntityKind.Session, nameof(SessionTrigger.Hold), "neighbourhood.no-sunday", context =>
                    GuardResult.When(context.Session?.Date?.DayOfWeek != IsoDayOfWeek.Sunday, "neighbourhood.no-sunday",
                        "Không tổ chức đối thoại vào Chủ nhật.", "No session is held on a Sunday.")),
            ],
        };
    }
}
