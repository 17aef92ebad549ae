using System.Globalization;
using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using NodaTime;

namespace Dialogue.Workflows.Ward.UrbanGovernment;

/// <summary>
/// <c>urban-government</c>: the dialogues of a Hanoi ward chairman with the ward's people under the
/// urban-government pilot (no ward People's Council), after the 2024 plan of Hà Cầu ward (Hà Đông
/// district) — at least two sessions a year, a fixed programme, the announcement on the ward radio,
/// and a report of each session to four district recipients.
/// </summary>
/// <remarks>
/// <para>
/// Every default is the document's: sessions "dự kiến tháng 6" and "dự kiến tháng 11" of 2024,
/// 5–7 delegates per residential group, the hall on the third floor of the ward headquarters. At
/// least two sessions a year is a rule of the type (<see cref="PlanRules.MinimumSessionsPerYear"/>
/// = 2): <see cref="Define"/> refuses fewer than two session values, and the engine refuses to cancel
/// a session that would leave fewer than two.
/// </para>
/// <para>
/// The document sets no deadline at all: no lead time for the announcement, no date for the report
/// or for the answers to petitions not answered at the session. So no task has a deadline rule and
/// <see cref="PlanRules.AnnouncementLeadTime"/> is null. Decree 32/2021/NĐ-CP, which the plan
/// implements, is reported (secondary sources only) to require the notice at least 7 days ahead;
/// that is kept as a note, not enforced.
/// </para>
/// <para>
/// A session that cannot be held is replaced by a new one (<c>AddAdHocSession</c> with
/// <c>Replaces</c>), which the engine allows although the plan provides for no ad-hoc session, so the
/// two sessions a year can still be held and the plan completed. Each session's report goes to the four
/// recipients III.1 names, and all four must have it before the session closes.
/// </para>
/// <para>
/// Who may act (<see cref="PlanDefinition.Authority"/>): the document names the chairman as the chair
/// (II.2) and the signer ("CHỦ TỊCH Dương Thế Vinh") but lists him among no unit, so the unit
/// <c>chairman</c> is added for him. He issues, completes and cancels the plan, fixes, moves, holds,
/// concludes and closes the sessions and answers the petitions (II.6, "Đồng chí chủ trì trao đổi, giải
/// thích, tiếp thu … và kết luận"), in person or through a vice-chairman signing KT. Where the document's
/// words do not map one to one onto an action:
/// </para>
/// <list type="bullet">
/// <item><description>The office "Xây dựng Kế hoạch" (III.1): it creates (drafts) the plan.</description></item>
/// <item><description>The ward radio announces the programme, time and place (III.2); the announcement
/// is an act of the radio and of the culture section it belongs to, with no signature.</description></item>
/// <item><description>The office "Tham mưu báo cáo kết quả hội nghị" (III.1): the report is the chairman's,
/// and the office may sign it TL./TUQ.</description></item>
/// <item><description>The specialist sections only "tham mưu báo cáo trả lời" the petitions not answered at
/// the session (III.1): the chairman answers them; the sections draft. The document names no one who
/// receives, classifies or assigns petitions: the office, which is the conference's secretary (II.2) and
/// presses the sections for the answers (III.1), does, with the Front gathering the people's concerns
/// (III.5); the office also tells citizens the result and closes the petition.</description></item>
/// <item><description>The office records any unit's task as done (<see cref="PlanAuthority.RecordingUnits"/>),
/// as the secretary of the conference who follows up on it; as the engine counts it, it may also take the
/// other unsigned acts. Waivers, extensions and deviations fall to the chairman.</description></item>
/// </list>
/// </remarks>
public sealed class UrbanGovernmentPlanType : IPlanType
{
    /// <summary>The type's key: <c>urban-government</c>.</summary>
    public const string TypeKey = "urban-government";

    /// <summary>The least number of sessions a year the pilot requires, and the least number of <see cref="SessionParameter"/> values.</summary>
    public const int MinimumSessions = 2;

    /// <summary>The sessions' dates or months, at least two (<c>2024-06</c>, <c>2024-11</c>).</summary>
    public const string SessionParameter = "session";

    /// <summary>The plan's year (<c>2024</c>).</summary>
    public const string YearParameter = "year";

    /// <summary>The ward's name (<c>Hà Cầu</c>).</summary>
    public const string WardParameter = "ward";

    /// <summary>The district the ward belongs to (<c>Hà Đông</c>), whose bodies receive the report.</summary>
    public const string DistrictParameter = "district";

    /// <summary>
    /// The wards merged into the ward by an arrangement of administrative units before the plan, for the record (repeatable). The
    /// type's plans end on 30/06/2025, so these are wards of an arrangement under the pilot, not of the 2025 reform.
    /// </summary>
    public const string FormerWardsParameter = "former-wards";

    /// <summary>The venue (II.3).</summary>
    public const string VenueParameter = "venue";

    /// <summary>The least number of citizens' delegates per residential group (<c>5</c>).</summary>
    public const string DelegatesMinimumParameter = "delegates-min";

    /// <summary>The greatest number of citizens' delegates per residential group (<c>7</c>).</summary>
    public const string DelegatesMaximumParameter = "delegates-max";

    /// <summary>The chairman who signs the plan (<c>Dương Thế Vinh</c>).</summary>
    public const string SignerParameter = "signer";

    /// <summary>The documents the plan rests on.</summary>
    public const string BasisParameter = "basis";

    /// <summary>The plan's number, left blank in the document ("Số: /KH-UBND").</summary>
    public const string DocumentNumberParameter = "document-number";

    /// <summary>The plan's date of issue, left blank in the document ("ngày tháng 3 năm 2024").</summary>
    public const string IssuedOnParameter = "issued-on";

    /// <inheritdoc />
    public string Key => TypeKey;

    /// <inheritdoc />
    public int Version => 1;

    /// <inheritdoc />
    public string Title => "Đối thoại giữa Chủ tịch UBND phường với Nhân dân theo mô hình chính quyền đô thị";

    /// <inheritdoc />
    public string EnglishTitle => "Urban-government ward chairman's dialogues with the ward's people";

    /// <summary>
    /// Hà Nội's urban-government pilot (Nghị định 32/2021/NĐ-CP), in force for plans until 30/06/2025: from 01/07/2025 Hà Nội's
    /// wards have People's Councils and the anchor "before the district People's Council's session" is gone
    /// (<see cref="LocalGovernmentReform"/>). No formal repeal of the decree was found; the type ends with the district level.
    /// </summary>
    /// <remarks>
    /// Kept for historical plans. A plan with a session on or after 01/07/2025 is refused when it is started
    /// (<see cref="LawNotInForceException"/>, naming the reform), a session cannot be moved to such a day
    /// (<c>session.law-not-in-force</c>), and the lint explains both; a ward's dialogue from then on is <c>commune-dialogue</c>.
    /// </remarks>
    public LegalBasis LegalBasis { get; } = new(
        "Nghị định 32/2021/NĐ-CP (thí điểm chính quyền đô thị tại thành phố Hà Nội)",
        "Decree 32/2021/NĐ-CP (the urban-government pilot in Hà Nội)")
    {
        InForceUntil = LocalGovernmentReform.DistrictLevelUntil,
        EndedBy = LocalGovernmentReform.Text + "; phường của Hà Nội có HĐND từ ngày này",
        EnglishEndedBy = LocalGovernmentReform.EnglishText + "; Hà Nội's wards have People's Councils from that day",
        SourceStatus = "SECONDARY: the end of the pilot's structure is quoted by public sources; a formal repeal of Nghị định 32/2021 was not found.",
    };

    /// <inheritdoc />
    public IReadOnlyList<PlanParameter> Parameters { get; } =
    [
        new(SessionParameter, "Thời gian các buổi đối thoại (ít nhất 02 buổi/năm): ngày hoặc tháng dự kiến",
            "When the sessions are held (at least 2 a year): dates or the months planned", PlanParameterKind.DateOrPeriod)
        {
            Multiple = true, Defaults = ["2024-06", "2024-11"],
        },
        new(YearParameter, "Năm của kế hoạch (mặc định: năm của các buổi)", "The plan's year (default: the sessions' year)", PlanParameterKind.Integer)
        {
            Minimum = 1995, Maximum = 2199,
        },
        new(WardParameter, "Tên phường", "The ward's name", PlanParameterKind.Text) { Defaults = ["Hà Cầu"] },
        new(DistrictParameter, "Tên quận", "The district's name", PlanParameterKind.Text) { Defaults = ["Hà Đông"] },
        new(FormerWardsParameter, "Các phường cũ đã sắp xếp vào phường (để ghi nhận)", "The former wards merged into the ward (for the record)",
            PlanParameterKind.Text) { Multiple = true },
        new(VenueParameter, "Địa điểm", "Venue", PlanParameterKind.Text)
        {
            Defaults = ["Hội trường tầng 3, Trụ sở Đảng ủy - UBND phường (Số 163 đường Lê Hồng Phong, phường Hà Cầu, quận Hà Đông, thành phố Hà Nội)"],
        },
        new(DelegatesMinimumParameter, "Số đại biểu Nhân dân tối thiểu mỗi tổ dân phố", "Least number of citizens' delegates per residential group",
            PlanParameterKind.Integer) { Defaults = ["5"], Minimum = 1, Maximum = 100 },
        new(DelegatesMaximumParameter, "Số đại biểu Nhân dân tối đa mỗi tổ dân phố", "Greatest number of citizens' delegates per residential group",
            PlanParameterKind.Integer) { Defaults = ["7"], Minimum = 1, Maximum = 100 },
        new(SignerParameter, "Chủ tịch UBND phường ký kế hoạch", "The chairman who signs the plan", PlanParameterKind.Text) { Defaults = ["Dương Thế Vinh"] },
        new(BasisParameter, "Căn cứ", "Basis documents", PlanParameterKind.Text)
        {
            Multiple = true,
            Defaults =
            [
                // As the plan writes it: "32/NĐ-CP" without the year (the decree is No. 32/2021/NĐ-CP).
                "Điều 12 Nghị định số 32/NĐ-CP ngày 29/3/2021 của Chính phủ quy định chi tiết và biện pháp thi hành Nghị quyết số 97/2019/QH14 " +
                "ngày 27/11/2019 của Quốc hội về thí điểm tổ chức mô hình chính quyền đô thị tại thành phố Hà Nội",
                "Quy chế làm việc của UBND phường Hà Cầu",
            ],
        },
        new(DocumentNumberParameter, "Số kế hoạch", "The plan's number", PlanParameterKind.Text),
        new(IssuedOnParameter, "Ngày ban hành", "Date of issue", PlanParameterKind.Date),
    ];

    /// <inheritdoc />
    /// <exception cref="InvalidPlanParameterException">
    /// Fewer than two sessions, two sessions on the same date or month, a session outside the plan's
    /// year, fewer delegates allowed at most than at least, or a plan issued after its first session.
    /// </exception>
    public PlanDefinition Define(PlanParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var ward = parameters.Text(WardParameter);
        var district = parameters.Text(DistrictParameter);
        var values = parameters.Texts(SessionParameter);
        var anchors = parameters.Anchors(SessionParameter, "ngày tổ chức đối thoại", "day of the session");
        if (anchors.Count < MinimumSessions)
        {
            throw new InvalidPlanParameterException(Key, SessionParameter, values.Count == 0 ? null : string.Join(", ", values),
                $"at least {MinimumSessions} sessions a year (the urban-government ward chairman holds at least two dialogues a year)");
        }

        var year = PlanYear.Resolve(parameters, YearParameter, SessionParameter, anchors);
        for (var i = 0; i < anchors.Count; i++)
        {
            if (anchors.Take(i).Any(a => a.Period == anchors[i].Period))
            {
                throw new InvalidPlanParameterException(Key, SessionParameter, values[i], "a different date or month for each session");
            }
        }

        var minimum = parameters.Integer(DelegatesMinimumParameter);
        var maximum = parameters.Integer(DelegatesMaximumParameter);
        if (maximum < minimum)
        {
            throw new InvalidPlanParameterException(Key, DelegatesMaximumParameter, parameters.Text(DelegatesMaximumParameter),
                $"a number not below {DelegatesMinimumParameter} ({minimum})");
        }

        var issuedOn = parameters.OptionalText(IssuedOnParameter) is null ? (LocalDate?)null : parameters.Date(IssuedOnParameter);
        var firstLatest = anchors.Min(a => a.Period.End);
        if (issuedOn is { } issued && issued > firstLatest)
        {
            throw new InvalidPlanParameterException(Key, IssuedOnParameter, parameters.Text(IssuedOnParameter),
                $"a date on or before the first session's last possible day {firstLatest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        var venue = parameters.Text(VenueParameter);
        return new PlanDefinition
        {
            TypeKey = Key,
            TypeVersion = Version,
            Title = $"Đối thoại giữa Chủ tịch UBND phường với Nhân dân trên địa bàn phường {ward} năm {year}",
            EnglishTitle = $"Dialogues between the chairman of the {ward} ward People's Committee and the ward's people, {year}",
            Issuer = $"UBND phường {ward}",
            Year = year,
            DocumentNumber = parameters.OptionalText(DocumentNumberParameter),
            IssuedOn = issuedOn,
            LegalBasis = LegalBasis,
            Basis = parameters.Texts(BasisParameter),
            Units = Units(),
            Sessions =
            [
                .. anchors.Select((anchor, i) => new SessionDefinition($"session-{i + 1}",
                    $"Hội nghị đối thoại trực tiếp giữa Chủ tịch UBND phường với Nhân dân, lần {i + 1}",
                    $"Direct dialogue between the ward chairman and the people, session {i + 1}", anchor)
                {
                    Venue = venue,
                    Scope = [$"Đại diện Nhân dân trên địa bàn phường {ward}"],
                    Topic = "Lắng nghe ý kiến của nhân dân về tình hình kinh tế - xã hội, an ninh quốc phòng và các vấn đề khác của địa phương",
                }),
            ],
            Tasks = Tasks(year),
            Agenda = Agenda(),
            Participants = Participants(minimum, maximum),
            Petitions = Petitions(),
            Authority = Authority(),
            Rules = new PlanRules
            {
                MinimumSessionsPerYear = MinimumSessions,
                // The plan fixes no lead time (see the Decree 32/2021 note); I.2 requires the announcement itself.
                AnnouncementLeadTime = null,
                RequiresAnnouncement = true,
                RequiresConclusionNotice = true,
            },
            ReportRecipients =
            [
                new($"Thường trực HĐND quận {district}", $"Standing committee of the {district} district People's Council"),
                new($"UBND quận {district}", $"{district} district People's Committee"),
                new($"Chủ tịch UBND quận {district}", $"Chairman of the {district} district People's Committee"),
                new($"Tổ đại biểu HĐND quận {district}", $"Group of {district} district People's Council deputies"),
            ],
            Notes =
            [
                .. Notes(anchors, district, parameters.Text(SignerParameter),
                    unnumbered: parameters.OptionalText(DocumentNumberParameter) is null && issuedOn is null),
                .. LocalGovernmentReform.MergedUnitsNote($"Phường {ward}", $"{ward} ward", parameters.Texts(FormerWardsParameter)) is { } merged
                    ? [merged]
                    : Array.Empty<PolicyClause>(),
            ],
        };
    }

    private static PlanAuthority Authority()
    {
        string[] chairman = ["chairman"];
        string[] office = ["office"];
        return new PlanAuthority
        {
            Grants =
            [
                new(PlanAction.Create, office) { Clause = "III.1" },
                new(PlanAction.Issue, chairman) { Signed = true, Clause = "Chữ ký: CHỦ TỊCH" },
                new(PlanAction.Complete, chairman) { Signed = true },
                new(PlanAction.Cancel, chairman) { Signed = true },
                new(PlanAction.ScheduleSession, chairman) { Signed = true, Clause = "II.3" },
                new(PlanAction.RescheduleSession, chairman) { Signed = true, Clause = "II.3" },
                new(PlanAction.PostponeSession, chairman) { Signed = true },
                new(PlanAction.CancelSession, chairman) { Signed = true },
                new(PlanAction.AddSession, chairman) { Signed = true },
                new(PlanAction.AnnounceSession, ["radio", "culture"]) { Clause = "III.2" },
                new(PlanAction.HoldSession, chairman) { Signed = true, Clause = "II.2" },
                new(PlanAction.AnswerSessionInWriting, chairman) { Signed = true },
                new(PlanAction.ConcludeSession, chairman) { Signed = true, Clause = "II.6" },
                new(PlanAction.ReportSession, chairman) { Signed = true, Delegates = office, Clause = "III.1" },
                new(PlanAction.CloseSession, chairman) { Signed = true },
                new(PlanAction.ReceivePetition, ["office", "front"]) { Clause = "II.2; III.5" },
                new(PlanAction.ClassifyPetition, office) { Clause = "II.2; III.1" },
                new(PlanAction.AssignPetition, office) { Clause = "III.1" },
                new(PlanAction.AnswerPetition, chairman) { Signed = true, Clause = "II.6; III.1" },
                new(PlanAction.RedirectPetition, chairman) { Signed = true },
                new(PlanAction.EscalatePetition, chairman) { Signed = true, Clause = "I.1" },
                new(PlanAction.RejectPetition, chairman) { Signed = true },
                new(PlanAction.NotifyPetitionResult, office) { Clause = "III.1" },
                new(PlanAction.ClosePetition, office) { Clause = "III.1" },
            ],
            RecordingUnits = office,
            Clauses =
            [
                new PolicyClause("Công chức Văn phòng - Thống kê là thư ký hội nghị và đôn đốc các bộ phận chuyên môn: Văn phòng ghi nhận thay các đơn vị.",
                    "The office's civil servant is the conference's secretary and presses the specialist sections: the office records on their behalf.",
                    "II.2; III.1"),
                new PolicyClause("Các bộ phận chuyên môn tham mưu trả lời; Chủ tịch UBND phường (chủ trì) trả lời kiến nghị của Nhân dân.",
                    "The specialist sections draft the answers; the ward chairman, who chairs, answers the people's petitions.", "II.6; III.1"),
            ],
        };
    }

    private static List<ResponsibleUnit> Units() =>
    [
        // The chair and signer (II.2, "CHỦ TỊCH"), named by the document though it lists him in no section.
        new("chairman", "Chủ tịch UBND phường", "Chairman of the ward People's Committee"),
        new("office", "Văn phòng UBND phường", "Ward People's Committee office"),
        new("specialists", "Các bộ phận chuyên môn", "Specialist sections"),
        new("culture", "Bộ phận Văn hóa - Thông tin phường", "Ward culture and information section"),
        new("radio", "Đài Truyền thanh phường", "Ward radio station"),
        new("finance", "Bộ phận Tài chính - Kế toán phường", "Ward finance and accounting section"),
        new("police", "Công an phường", "Ward police"),
        new("front", "Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội phường",
            "Ward Vietnam Fatherland Front committee and socio-political organisations"),
    ];

    private static List<TaskDefinition> Tasks(int year) =>
    [
        // The plan itself: done once, and done by the time the plan is issued.
        Task("office-plan", $"Xây dựng Kế hoạch Đối thoại giữa Chủ tịch UBND phường với Nhân dân trên địa bàn phường năm {year}",
            $"Draw up the plan for the ward chairman's dialogues with the people in {year}", "office", TaskPhase.Before, "III.1") with { PerSession = false },
        Task("office-situation-report",
            "Tham mưu báo cáo tình hình thực hiện nhiệm vụ phát triển Kinh tế - Xã hội, An ninh - Quốc phòng 6 tháng, một năm và phương hướng",
            "Draft the report on socio-economic development, security and defence for the half-year or the year, with the way ahead",
            "office", TaskPhase.Before, "III.1"),
        Task("office-invitations", "Phát hành giấy mời", "Send the invitations", "office", TaskPhase.Before, "III.1"),
        Task("office-logistics", "Chuẩn bị cơ sở vật chất, tài liệu phục vụ hội nghị", "Prepare the facilities and documents for the conference",
            "office", TaskPhase.Before, "III.1"),
        Task("radio-announcement",
            "Thông báo rộng rãi trên hệ thống truyền thanh về chương trình, nội dung, thời gian và địa điểm đối thoại để Nhân dân được biết và tham gia",
            "Announce the programme, content, time and place widely on the ward radio so the people know and take part", "radio", TaskPhase.Before, "III.2"),
        Task("culture-slogans", "Chuẩn bị khẩu hiệu; âm ly loa đài phục vụ tại hội nghị", "Prepare the slogans, amplifiers and loudspeakers for the conference",
            "culture", TaskPhase.Before, "III.2"),
        Task("finance-funding", "Có kế hoạch đảm bảo kinh phí phục vụ hội nghị", "Plan the funding of the conference", "finance", TaskPhase.Before, "III.3"),
        Task("front-concerns", "Nắm bắt tâm tư, nguyện vọng của Nhân dân liên quan đến nội dung đối thoại",
            "Gather the people's concerns and wishes on the subjects of the dialogue", "front", TaskPhase.Before, "III.5"),
        Task("police-security", "Cử chiến sỹ công an tham gia đảm bảo an ninh trật tự tại địa điểm tổ chức đối thoại",
            "Send police officers to keep order at the venue", "police", TaskPhase.At, "III.4"),
        Task("front-explain-at",
            "Tham gia giải thích, tuyên truyền, vận động Nhân dân tích cực thực hiện tốt các chủ trương, chính sách của Đảng, chấp hành quy định pháp luật " +
            "của Nhà nước tại hội nghị",
            "At the conference, help explain and persuade the people to follow the Party's policies and the law", "front", TaskPhase.At, "III.5"),
        Task("office-report",
            "Tham mưu báo cáo kết quả hội nghị đối thoại gửi đến Thường trực HĐND, UBND quận, Chủ tịch UBND quận, Tổ đại biểu HĐND quận",
            "Draft the report of the conference's results to the district People's Council standing committee, the district People's Committee, " +
            "its chairman and the group of district deputies", "office", TaskPhase.After, "III.1"),
        Task("office-follow-up",
            "Đôn đốc các bộ phận chuyên môn tham mưu báo cáo trả lời các kiến nghị của Nhân dân đối với các trường hợp tiếp thu ý kiến chưa trả lời tại Hội nghị",
            "Press the specialist sections to draft answers to the petitions taken up but not answered at the conference", "office", TaskPhase.After, "III.1"),
        Task("specialists-answers",
            "Tham mưu báo cáo trả lời các kiến nghị của Nhân dân đối với các trường hợp tiếp thu ý kiến chưa trả lời tại Hội nghị",
            "Draft answers to the petitions taken up but not answered at the conference", "specialists", TaskPhase.After, "III.1"),
        Task("culture-news", "Tổng hợp viết tin bài tuyên truyền trên cổng thông tin điện tử của phường", "Write news items for the ward's web portal",
            "culture", TaskPhase.After, "III.2"),
        Task("finance-settlement", "Hướng dẫn thanh quyết toán theo quy định", "Guide the settlement of the conference's expenses as the rules provide",
            "finance", TaskPhase.After, "III.3"),
        Task("front-explain-after",
            "Tham gia giải thích, tuyên truyền, vận động Nhân dân tích cực thực hiện tốt các chủ trương, chính sách của Đảng, chấp hành quy định pháp luật " +
            "của Nhà nước sau hội nghị đối thoại",
            "After the conference, keep explaining and persuading the people to follow the Party's policies and the law", "front", TaskPhase.After, "III.5"),
    ];

    // The document gives no task a deadline: every task counts from nothing.
    private static TaskDefinition Task(string key, string title, string englishTitle, string owner, TaskPhase phase, string clause) =>
        new(key, title, englishTitle, owner, phase) { Anchor = AnchorPoint.None, Clause = clause };

    // II.6 names who leads items 4–6 only; items 1–2 have no owner in the plan, and item 3 only the office that drafts the report (III.1).
    private static List<AgendaItem> Agenda() =>
    [
        new(1, "Tuyên bố lý do, giới thiệu đại biểu, chủ trì và thư ký hội nghị", "Opening: purpose, delegates, chair and secretary",
            "(kế hoạch không nêu)", "(not named in the plan)"),
        new(2, "Thông qua chương trình đối thoại", "Adoption of the programme", "(kế hoạch không nêu)", "(not named in the plan)"),
        new(3, "Báo cáo tóm tắt tình hình kinh tế - xã hội, quốc phòng - an ninh trên địa bàn phường",
            "Summary report on the ward's socio-economic, defence and security situation",
            "Văn phòng UBND phường (tham mưu báo cáo, mục III.1)", "Ward People's Committee office (drafts the report, III.1)"),
        new(4, "Nghe Nhân dân phát biểu ý kiến, trình bày tâm tư, nguyện vọng, đề xuất, kiến nghị",
            "The people speak: their concerns, wishes, proposals and petitions", "Đại diện Nhân dân", "Citizens' representatives"),
        new(5, "Đại diện Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội phát biểu ý kiến",
            "The Fatherland Front and the socio-political organisations speak",
            "Đại diện Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội phường", "Representatives of the Fatherland Front and socio-political organisations"),
        new(6, "Đồng chí chủ trì trao đổi, giải thích, tiếp thu ý kiến góp ý, kiến nghị của nhân dân và kết luận Hội nghị",
            "The chair discusses, explains, takes up the people's comments and petitions, and concludes the conference",
            "Đồng chí Chủ tịch UBND phường (chủ trì)", "The ward People's Committee chairman (chair)"),
    ];

    private static List<ParticipantGroup> Participants(int minimum, int maximum) =>
    [
        new("Đồng chí Chủ tịch UBND phường", "Chairman of the ward People's Committee", ParticipantRole.Chair) { Level = "Cấp phường" },
        new("Công chức Văn phòng - Thống kê phường", "Civil servant of the ward office and statistics", ParticipantRole.Secretary) { Level = "Cấp phường" },
        new("Đại biểu HĐND quận ứng cử tại phường", "District People's Council deputies elected in the ward", ParticipantRole.Invited) { Level = "Cấp quận" },
        new("Thường trực Đảng ủy, Ủy ban nhân dân phường", "Standing members of the ward Party committee and People's Committee", ParticipantRole.Invited)
        {
            Level = "Cấp phường",
        },
        new("Đại diện lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội phường",
            "Leaders of the ward Fatherland Front committee and socio-political organisations", ParticipantRole.Invited) { Level = "Cấp phường" },
        new("Trưởng công an, Chỉ huy trưởng Ban chỉ huy quân sự phường và công chức chuyên môn",
            "The ward police chief, the ward military commander and specialist civil servants", ParticipantRole.Invited) { Level = "Cấp phường" },
        new("Đại diện Nhân dân trên địa bàn phường", "Representatives of the ward's people", ParticipantRole.Citizens)
        {
            Level = "Tổ dân phố",
            Quota = new ParticipantQuota(minimum, maximum, "tổ dân phố", "residential group"),
            Condition = "dự kiến, tùy vào tình hình thực tế của địa phương",
        },
    ];

    private static PetitionPolicy Petitions() => new()
    {
        // Views are heard at the conference (II.6 item 4); the plan sets no registration, no window, no answer deadline.
        RegistrationWindow = null,
        AcceptsAtSession = true,
        ExcludedCategories = [],
        AnswerDeadline = null,
        AnswersInWritingWhenNotAnsweredAtSession = true,
        EscalatesBeyondAuthority = true,
        Clauses =
        [
            new("Trực tiếp lắng nghe, nắm bắt, thấu hiểu tâm tư, nguyện vọng, sáng kiến, kiến nghị của nhân dân; giải quyết kịp thời, hiệu quả những kiến nghị " +
                "và những vấn đề bức xúc chính đáng, hợp pháp của Nhân dân hoặc đề xuất cấp có thẩm quyền.",
                "Listen directly to the people's concerns, wishes, initiatives and petitions; resolve legitimate, lawful petitions and pressing issues promptly " +
                "and effectively, or propose them to the competent level.", "I.1"),
            new("Nội dung đối thoại: lắng nghe ý kiến của nhân dân về tình hình kinh tế - xã hội, an ninh quốc phòng và các vấn đề khác của địa phương.",
                "Subject: the people's views on the ward's socio-economic situation, security and defence, and other local matters.", "II.5"),
            new("Tại hội nghị: nghe Nhân dân phát biểu ý kiến, trình bày tâm tư, nguyện vọng, đề xuất, kiến nghị; đồng chí chủ trì trao đổi, giải thích, " +
                "tiếp thu ý kiến góp ý, kiến nghị và kết luận.",
                "At the conference the people speak and petition; the chair discusses, explains, takes up their comments and petitions, and concludes.", "II.6"),
            new("Văn phòng UBND phường đôn đốc các bộ phận chuyên môn tham mưu báo cáo trả lời các kiến nghị của Nhân dân đối với các trường hợp tiếp thu " +
                "ý kiến chưa trả lời tại Hội nghị.",
                "The ward office presses the specialist sections to draft answers to the petitions taken up but not answered at the conference.", "III.1"),
            new("Ủy ban MTTQ và các tổ chức chính trị - xã hội nắm bắt tâm tư, nguyện vọng của Nhân dân liên quan đến nội dung đối thoại.",
                "The Front and the socio-political organisations gather the people's concerns on the subjects of the dialogue.", "III.5"),
        ],
    };

    private static List<PolicyClause> Notes(IReadOnlyList<Anchor> sessions, string district, string signer, bool unnumbered) =>
    [
        new("Việc tổ chức tiếp xúc, đối thoại đảm bảo thiết thực, hiệu quả; tiến hành công khai, minh bạch, dân chủ, khách quan, thẳng thắn, trọng tâm, " +
            "trọng điểm; thực hiện tốt phương châm \"dân biết, dân bàn, dân làm, dân kiểm tra\".",
            "The dialogue is practical and effective; public, transparent, democratic, objective, frank and focused, on the principle \"the people know, " +
            "discuss, do and check\".", "I.2"),
        new("Chương trình, nội dung, thời gian và địa điểm tổ chức tiếp xúc, đối thoại phải được thông báo rộng rãi trên hệ thống đài truyền thanh để Nhân dân " +
            "được biết và tham gia. Kế hoạch không quy định thông báo trước bao nhiêu ngày.",
            "The programme, content, time and place must be announced widely on the radio so the people know and take part. The plan does not say how many " +
            "days ahead.", "I.2"),
        new("Đối tượng đối thoại: đại diện Nhân dân trên địa bàn phường.", "Who the dialogue is with: representatives of the ward's people.", "II.1"),
        new("Hình thức: đối thoại trực tiếp giữa đồng chí Chủ tịch UBND phường với đại diện Nhân dân; chủ trì: đồng chí Chủ tịch UBND phường; " +
            "thư ký: công chức Văn phòng - Thống kê phường.",
            "Form: direct dialogue between the ward chairman and the people's representatives; chaired by the ward chairman; secretary: the civil servant " +
            "of the ward office and statistics.", "II.2"),
        new($"Thời gian: {string.Join("; ", sessions.Select(s => s.IsPending ? $"dự kiến {s.Label}" : s.Label))}.",
            $"Time: {string.Join("; ", sessions.Select(s => s.IsPending ? $"planned in {s.EnglishLabel}" : s.EnglishLabel))}.", "II.3"),
        new("Nghị định 32/2021/NĐ-CP (thí điểm chính quyền đô thị tại Hà Nội): Chủ tịch UBND phường đối thoại với Nhân dân ít nhất 02 lần/năm, trước các kỳ họp " +
            "thường lệ của HĐND quận; UBND phường thông báo thời gian, địa điểm, nội dung tối thiểu 07 ngày trước. Nguồn THỨ CẤP (bản tóm tắt, tin bài), chưa " +
            "đối chiếu văn bản gốc; số điều (Điều 12, như kế hoạch trích) và hiệu lực sau năm 2025 chưa xác nhận. Mức tối thiểu 02 buổi được áp dụng " +
            $"(kế hoạch cũng định 02 buổi); thời hạn 07 ngày chỉ ghi chú, không đặt thành hạn vì kế hoạch không nêu. Báo cáo gửi các cơ quan của quận {district}.",
            "Decree 32/2021/NĐ-CP (Hanoi urban-government pilot): the ward chairman holds dialogues at least twice a year, before the regular sessions of the " +
            "district People's Council, and the ward announces time, place and content at least 7 days ahead. SECONDARY sources only (summaries and news), " +
            "not checked against the decree's text; the article number (Art. 12, as the plan cites it) and its force after 2025 are unconfirmed. The minimum " +
            "of two sessions is enforced (the plan also sets two); the 7 days are noted, not made a deadline, because the plan does not state them.",
            "Căn cứ"),
        new("Kinh phí: Bộ phận Tài chính - Kế toán có kế hoạch đảm bảo kinh phí phục vụ hội nghị, hướng dẫn thanh quyết toán theo quy định.",
            "Funding: the finance and accounting section plans the conference's funding and guides the settlement of expenses as the rules provide.", "III.3"),
        new("Đề nghị các ban ngành căn cứ nội dung kế hoạch triển khai thực hiện nhiệm vụ được phân công.",
            "Departments are asked to carry out their assigned duties under the plan.", "III"),
        new($"Nơi nhận: UBND quận {district}; Văn phòng HĐND&UBND quận; Phòng Nội vụ quận; TT ĐU - UBND phường; UBMTTQ, các Hội đoàn thể phường; " +
            "Các bộ phận chuyên môn; Lưu: VT.",
            $"Distribution: the {district} district People's Committee; the district People's Council and People's Committee office; the district Home " +
            "Affairs office; the ward Party committee's standing members and People's Committee; the ward Front and mass organisations; the specialist " +
            "sections; archive.", "Nơi nhận"),
        new($"Chủ tịch UBND phường {signer} ký kế hoạch.", $"Signed by the ward chairman, {signer}.", "Thể thức"),
        new("Văn bản viết nhầm \"Đổi thoại\" ở tên kế hoạch và trích \"Nghị định số 32/NĐ-CP\" thiếu năm; ở đây ghi \"Đối thoại\" và giữ nguyên căn cứ như văn bản.",
            "The document misspells \"Đổi thoại\" in its title and cites \"Decree No. 32/NĐ-CP\" without the year; the title here reads \"Đối thoại\" and the " +
            "basis is kept as written.", "Thể thức"),
        .. unnumbered
            ? [new PolicyClause("Chưa có số và ngày ban hành: văn bản gốc (phường Hà Cầu, 2024) để trống số và ngày (\"Số: /KH-UBND\", \"ngày tháng 3 năm 2024\").",
                "No number or date of issue: the source document (Hà Cầu ward, 2024) leaves both blank (\"No. /KH-UBND\", \"… March 2024\").", "Thể thức")]
            : Array.Empty<PolicyClause>(),
    ];
}
