using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Machines;
using NodaTime;

namespace NeighbourhoodPlans;

/// <summary>
/// A host's own plan type, "neighbourhood dialogue" (đối thoại khu dân cư): one or more sessions a
/// year, a notice at least 7 working days before each, the Front's summary 10 days before, a
/// conclusion notice within 10 working days after the session and a report to the district; the
/// chairman signs, the ward office keeps the records, and no session is held on a Sunday.
/// </summary>
/// <example>
/// <code>
/// services.AddDialogueWorkflows(b => b.UseInMemoryStore().AddPlanType&lt;NeighbourhoodPlanType&gt;());
/// var plan = await engine.CreateAsync(new CreatePlan { TypeKey = "neighbourhood", By = clerk, Parameters = [new("session", "2027-06-11")] });
/// </code>
/// </example>
public sealed class NeighbourhoodPlanType : IPlanType
{
    /// <inheritdoc />
    public string Key => "neighbourhood";

    /// <inheritdoc />
    public int Version => 1;

    /// <inheritdoc />
    public string Title => "Đối thoại khu dân cư";

    /// <inheritdoc />
    public string EnglishTitle => "Neighbourhood dialogue";

    /// <inheritdoc />
    public IReadOnlyList<PlanParameter> Parameters { get; } =
    [
        new("session", "Ngày hoặc thời gian đối thoại", "Session date or period", PlanParameterKind.DateOrPeriod) { Required = true, Multiple = true },
        // No default: the plan's year is its first session's unless given.
        new("year", "Năm", "Year", PlanParameterKind.Integer) { Minimum = 1995, Maximum = 2199 },
    ];

    /// <inheritdoc />
    public PlanDefinition Define(PlanParameters parameters)
    {
        var anchors = parameters.Anchors("session", "ngày tổ chức đối thoại", "day of the session");
        var sessions = anchors
            .Select((anchor, i) => new SessionDefinition($"s{i + 1}", $"Buổi đối thoại {i + 1}", $"Session {i + 1}", anchor) { Venue = "Nhà văn hóa khu dân cư" })
            .ToList();
        var year = parameters.OptionalText("year") is null ? anchors[0].Period.Start.Year : parameters.Integer("year");
        return new PlanDefinition
        {
            TypeKey = Key,
            TypeVersion = Version,
            Title = $"{Title} năm {year}",
            EnglishTitle = $"{EnglishTitle}, {year}",
            Issuer = "UBND phường Thử Nghiệm",
            Year = year,
            Units =
            [
                new("office", "Văn phòng phường", "Ward office"),
                new("front", "Ủy ban MTTQ phường", "Ward Fatherland Front committee"),
                new("chairman", "Chủ tịch UBND phường", "Ward chairman"),
            ],
            Sessions = sessions,
            Tasks =
            [
                // Announcing the session is this task: the announce step records it done.
                new("notice", "Thông báo thời gian, địa điểm", "Announce time and place", "office", TaskPhase.Before)
                {
                    Deadline = DeadlineRule.WorkingDaysBefore(7, phrase: "ít nhất 07 ngày làm việc"),
                    CompletedBy = PlanAction.AnnounceSession,
                },
                new("front-summary", "Tổng hợp ý kiến gửi Văn phòng", "Send the summary of opinions to the office", "front", TaskPhase.Before)
                {
                    Deadline = DeadlineRule.CalendarDaysBefore(10, "trước 10 ngày tổ chức đối thoại"),
                },
                new("conclusion", "Ban hành thông báo kết luận", "Issue the conclusion notice", "office", TaskPhase.After)
                {
                    Deadline = DeadlineRule.WithinWorkingDaysAfter(10),
                    Anchor = AnchorPoint.SessionHeld,
                    CompletedBy = PlanAction.ConcludeSession,
                },
                new("report", "Báo cáo kết quả đối thoại", "Report the session's results", "office", TaskPhase.After)
                {
                    Deadline = DeadlineRule.WithinWorkingDaysAfter(5),
                    Anchor = AnchorPoint.TaskDone,
                    AnchorTask = "conclusion",
                    CompletedBy = PlanAction.ReportSession,
                },
            ],
            Participants = [new("Chủ tịch UBND phường", "Ward chairman", ParticipantRole.Chair)],
            Rules = new PlanRules { AnnouncementLeadTime = DeadlineRule.WorkingDaysBefore(7) },
            ReportRecipients = [new("UBND quận", "District People's Committee")],
            // The chairman signs; the office drafts and keeps the records; the plan's units do the rest.
            Authority = new PlanAuthority
            {
                Grants =
                [
                    new(PlanAction.Create, ["office"]),
                    new(PlanAction.Issue, ["chairman"]) { Signed = true },
                    new(PlanAction.ConcludeSession, ["chairman"]) { Signed = true, Delegates = ["office"] },
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
