using System.Globalization;
using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;

namespace Dialogue.Workflows.District.DistrictCouncil;

/// <summary>What the Sơn Động district Council's 2024 plan fixes, clause by clause: units, tasks, programme, participants, petition rules, notes.</summary>
internal static class DistrictCouncilDocument
{
    public const string Office = "office";
    public const string Chairman = "chairman";
    public const string PeoplesCommittee = "district-pc";
    public const string Agencies = "agencies";
    public const string Front = "front";
    public const string Culture = "culture";
    public const string CultureCentre = "culture-centre";
    public const string Communes = "communes";

    public const string Topic =
        "Phát triển kinh tế, văn hoá xã hội, xây dựng nông thôn mới; nhiệm vụ đảm bảo an ninh trật tự, an toàn giao thông; quản lý, sử dụng, " +
        "xử lý vi phạm đất đai, quản lý tài nguyên, môi trường; nhiệm vụ quản lý, bảo vệ và phát triển kinh tế rừng; công tác giáo dục, y tế " +
        "và đảm bảo an sinh xã hội, giảm nghèo, nâng cao đời sống nhân dân...";

    // "Tại hội nghị": a step of the programme is done on the session's own day. Counted forward with
    // 0 days, so a session held on a day off has it due by the next working day rather than before it.
    private static readonly DeadlineRule AtTheSession = DeadlineRule.WithinDaysAfter(0, "tại hội nghị");

    public static IReadOnlyList<string> Basis { get; } =
    [
        "Quyết định số 1158-QĐ/TU ngày 09/7/2015 của Ban Thường vụ Tỉnh ủy về ban hành “Quy chế tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy đảng, chính quyền với Nhân dân”",
    ];

    public static IReadOnlyList<ResponsibleUnit> Units { get; } =
    [
        new(Office, "Văn phòng HĐND và UBND huyện", "Office of the district People's Council and People's Committee"),
        new(Chairman, "Chủ tịch HĐND huyện", "Chairman of the district People's Council"),
        new(PeoplesCommittee, "Lãnh đạo UBND huyện", "Leaders of the district People's Committee"),
        new(Agencies, "Thủ trưởng các cơ quan, đơn vị thuộc UBND huyện", "Heads of the agencies and units under the district People's Committee"),
        new(Front, "Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện", "District Fatherland Front committee and socio-political organisations"),
        new(Culture, "Phòng Văn hóa và Thông tin huyện", "District Culture and Information Office"),
        new(CultureCentre, "Trung tâm Văn hóa Thông tin và Thể thao huyện", "District Culture, Information and Sports Centre"),
        new(Communes, "HĐND, UBND các xã, thị trấn", "People's Councils and People's Committees of the communes and towns"),
    ];

    /// <summary>
    /// The tasks in the order they are done: plan-wide ones, then each session's before, at and after.
    /// The document lists the office's preparation first (III.1) and the communes' last (IV.3); the
    /// communes' petitions come first here because the office compiles them.
    /// </summary>
    public static IReadOnlyList<TaskDefinition> Tasks(int year) =>
    [
        // Plan-wide.
        new("propaganda",
            "Tăng cường tuyên truyền về Quyết định số 1158-QĐ/TU ngày 09/7/2015 của Ban Thường vụ Tỉnh ủy và các nội dung của Kế hoạch này để Nhân dân được biết",
            "Step up publicity of Decision 1158-QĐ/TU of 9 July 2015 of the provincial Party standing committee and of this plan, so that citizens know of them",
            Culture, TaskPhase.Before)
        {
            PerSession = false, Anchor = AnchorPoint.None, Clause = "IV.2", Supporting = [CultureCentre],
        },
        new("agency-implementation-plans",
            "Căn cứ nội dung Kế hoạch chủ động xây dựng kế hoạch tổ chức thực hiện (các cơ quan, đơn vị)",
            "Draw up the agencies' and units' own implementation plans on the basis of this plan",
            Agencies, TaskPhase.Before)
        {
            PerSession = false, Anchor = AnchorPoint.None, Clause = "IV, đoạn cuối",
        },
        new("commune-implementation-plans",
            "Căn cứ nội dung Kế hoạch chủ động xây dựng kế hoạch tổ chức thực hiện (các xã, thị trấn)",
            "Draw up the communes' and towns' own implementation plans on the basis of this plan",
            Communes, TaskPhase.Before)
        {
            PerSession = false, Anchor = AnchorPoint.None, Clause = "IV, đoạn cuối",
        },
        new("attend-secretary-dialogues",
            string.Create(CultureInfo.InvariantCulture,
                $"Dự Hội nghị tiếp xúc, đối thoại của Bí thư Huyện ủy năm {year} để tiếp thu và phối hợp giải quyết, đề nghị giải quyết và giám sát chặt chẽ việc giải quyết những vấn đề cử tri và nhân dân đề xuất, yêu cầu"),
            string.Create(CultureInfo.InvariantCulture,
                $"Attend the district Party secretary's {year} dialogues to take in, help resolve, propose the resolution of, and closely supervise the resolution of what voters and citizens raise"),
            Chairman, TaskPhase.At)
        {
            PerSession = false, Anchor = AnchorPoint.None, Clause = "IV, đoạn cuối",
        },

        // Before each session (III.1, IV.1, IV.3).
        new("commune-petitions",
            "Tổng hợp kiến nghị, phản ánh của nhân dân, khó khăn vướng mắc của địa phương và đề xuất giải quyết để phục vụ tiếp xúc, đối thoại với đồng chí Chủ tịch HĐND huyện",
            "Compile citizens' petitions and reports and the locality's difficulties, with proposed solutions, for the session with the Council chairman",
            Communes, TaskPhase.Before) { Clause = "IV.3" },
        new("invitations",
            "Tham mưu ban hành công văn mời thành phần dự tiếp xúc, đối thoại",
            "Draft the letters inviting the participants to the session",
            Office, TaskPhase.Before) { Clause = "III.1" },
        new("time-and-venue",
            "Thông tin thời gian và chuẩn bị địa điểm",
            "Announce the time and prepare the venue",
            Office, TaskPhase.Before) { Clause = "III.1" },
        new("classify-petitions",
            "Tổng hợp, nghiên cứu, phân loại nội dung đề xuất, kiến nghị, phản ánh",
            "Compile, study and classify the proposals, petitions and reports",
            Office, TaskPhase.Before) { Clause = "III.1" },
        new("prepare-content",
            "Giao cho các cơ quan chức năng có liên quan chuẩn bị nội dung; chủ trì, phối hợp với các cơ quan liên quan chuẩn bị nội dung tiếp xúc, đối thoại với đại biểu HĐND các xã, thị trấn; Bí thư Chi bộ, Trưởng thôn, tổ dân phố và đại diện nhân dân",
            "Assign the competent agencies to prepare the content, and lead them in preparing the session with commune Council deputies, Party cell secretaries, village and residential group heads and citizens' representatives",
            Office, TaskPhase.Before) { Clause = "III.1; IV.1", Supporting = [Agencies] },
        new("opening-report",
            "Tham mưu xây dựng báo cáo đề dẫn phục vụ đối thoại",
            "Draft the opening report for the session",
            Office, TaskPhase.Before) { Clause = "III.1" },

        // At each session (III.2).
        new("answer-at-session",
            "Trực tiếp trả lời hoặc phát biểu làm rõ những vấn đề liên quan",
            "Answer directly, or speak to clarify, the matters raised",
            Chairman, TaskPhase.At)
        {
            Deadline = AtTheSession, Clause = "III.2; I.2", Supporting = [PeoplesCommittee, Agencies],
        },
        new("conclude-session",
            "Kết luận buổi tiếp xúc, đối thoại",
            "Conclude the session",
            Chairman, TaskPhase.At) { Deadline = AtTheSession, Clause = "III.2" },

        // After each session (III.3, IV.1).
        new("conclusion-notice",
            "Thông báo kết luận của đồng chí Chủ tịch HĐND huyện tại hội nghị tiếp xúc, đối thoại",
            "Issue the notice of the Council chairman's conclusions at the session",
            Office, TaskPhase.After) { Anchor = AnchorPoint.SessionHeld, Clause = "III.3; IV.1" },
        new("assign-unanswered",
            "Tổng hợp các ý kiến kiến nghị chưa được giải đáp tại Hội nghị, tham mưu văn bản cho Chủ tịch HĐND - UBND huyện giao nhiệm vụ cho các cơ quan liên quan giải quyết",
            "Compile the petitions not answered at the session and draft the document by which the chairmen of the district Council and People's Committee assign them to the agencies concerned",
            Office, TaskPhase.After) { Anchor = AnchorPoint.SessionHeld, Clause = "IV.1" },
        new("resolve-petitions",
            "Giải quyết kịp thời và trả lời Nhân dân những kiến nghị được giao",
            "Resolve the petitions assigned to them promptly and answer the citizens",
            Agencies, TaskPhase.After) { Anchor = AnchorPoint.ConclusionIssued, Clause = "I.2; IV.1" },
        new("follow-up",
            "Theo dõi, đôn đốc, kiểm tra việc chấp hành thực hiện kết luận, báo cáo Thường trực HĐND huyện theo quy định",
            "Monitor, urge and check the implementation of the conclusions, and report to the district Council's standing committee as required",
            Office, TaskPhase.After) { Anchor = AnchorPoint.ConclusionIssued, Clause = "III.3; IV.1" },
        new("results-report",
            "Tham mưu báo cáo kết quả tiếp xúc, đối thoại trực tiếp với nhân dân của đồng chí Chủ tịch HĐND huyện báo cáo Thường trực HĐND tỉnh; Ban Thường vụ Huyện ủy theo quy định",
            "Draft the report on the results of the Council chairman's session for the provincial Council's standing committee and the district Party standing committee, as required",
            Office, TaskPhase.After) { Anchor = AnchorPoint.ConclusionIssued, Clause = "III.3; IV.1" },
        new("dossier",
            "Lập hồ sơ, tài liệu cuộc tiếp xúc, đối thoại theo quy định",
            "Compile the session's dossier and documents as required",
            Office, TaskPhase.After) { Anchor = AnchorPoint.SessionHeld, Clause = "III.3" },
        new("front-supervision",
            "Giám sát việc thực hiện kết luận của đồng chí Chủ tịch HĐND huyện sau hội nghị tiếp xúc, đối thoại",
            "Supervise the implementation of the Council chairman's conclusions after the session",
            Front, TaskPhase.After) { Anchor = AnchorPoint.ConclusionIssued, Clause = "III.3" },
    ];

    private const string NotStated = "Văn bản không ghi";
    private const string EnglishNotStated = "Not stated in the document";

    public static IReadOnlyList<AgendaItem> Agenda { get; } =
    [
        new(1, "Tuyên bố lý do, giới thiệu đại biểu", "Statement of purpose and introduction of the delegates", NotStated, EnglishNotStated),
        new(2, "Quán triệt những vấn đề trao đổi, tiếp xúc, đối thoại; báo cáo đề dẫn một số tình hình chung phục vụ tiếp xúc, đối thoại",
            "Briefing on the matters for discussion; opening report on the general situation",
            $"{NotStated} (Văn phòng HĐND và UBND huyện tham mưu xây dựng báo cáo đề dẫn, III.1)",
            $"{EnglishNotStated} (the office drafts the opening report, III.1)"),
        new(3, "Tổng hợp một số nhóm vấn đề kiến nghị, đề xuất, phản ánh của nhân dân",
            "Summary of the groups of citizens' petitions, proposals and reports",
            $"{NotStated} (Văn phòng HĐND và UBND huyện tổng hợp, phân loại, III.1)",
            $"{EnglishNotStated} (the office compiles and classifies them, III.1)"),
        new(4, "Các đại biểu phát biểu ý kiến theo nhóm vấn đề với nội dung đã đăng ký",
            "Delegates speak by group of issues on the content they registered",
            "Các đại biểu", "The delegates"),
        new(5, "Nghe tâm tư, nguyện vọng, ý kiến kiến nghị, phản ánh, đề xuất của Nhân dân về các nội dung đối thoại",
            "Hearing citizens' concerns, wishes, petitions, reports and proposals on the dialogue's topics",
            "Nhân dân, đại diện nhân dân", "Citizens and their representatives"),
        new(6, "Trực tiếp trả lời hoặc phát biểu làm rõ những vấn đề liên quan",
            "Direct answers, or statements clarifying the matters raised",
            "Chủ tịch HĐND, Lãnh đạo UBND huyện; người đứng đầu cơ quan, tổ chức",
            "The Council chairman, the district People's Committee's leaders and the heads of the agencies and organisations"),
        new(7, "Kết luận buổi tiếp xúc, đối thoại", "Conclusion of the session",
            "Chủ tịch HĐND huyện (kết luận của đồng chí Chủ tịch HĐND huyện, III.3)", "The district Council chairman (his conclusions, III.3)"),
    ];

    public static IReadOnlyList<ParticipantGroup> Participants { get; } =
    [
        new("Chủ tịch HĐND huyện", "Chairman of the district People's Council", ParticipantRole.Chair) { Level = "Cấp huyện" },
        new("Thường trực HĐND huyện", "Standing committee of the district People's Council", ParticipantRole.Invited) { Level = "Cấp huyện" },
        new("Lãnh đạo UBND huyện", "Leaders of the district People's Committee", ParticipantRole.Invited) { Level = "Cấp huyện" },
        new("Đại diện UB MTTQ huyện", "Representatives of the district Fatherland Front committee", ParticipantRole.Invited) { Level = "Cấp huyện" },
        new("Thủ trưởng các cơ quan, đơn vị thuộc UBND huyện", "Heads of the agencies and units under the district People's Committee", ParticipantRole.Invited)
        {
            Level = "Cấp huyện",
        },
        new("Đại biểu HĐND các xã, thị trấn", "People's Council deputies of the communes and towns", ParticipantRole.Invited)
        {
            Level = "Cấp xã", Condition = "Của các xã, thị trấn thuộc phạm vi buổi tiếp xúc, đối thoại (II.2)",
        },
        new("Bí thư Chi bộ, trưởng thôn, tổ dân phố", "Party cell secretaries and heads of villages and residential groups", ParticipantRole.Invited)
        {
            Level = "Thôn, tổ dân phố", Condition = "Của các xã, thị trấn thuộc phạm vi buổi tiếp xúc, đối thoại (II.2)",
        },
        new("Đại diện nhân dân", "Citizens' representatives", ParticipantRole.Citizens)
        {
            Level = "Thôn, tổ dân phố", Condition = "Của các xã, thị trấn thuộc phạm vi buổi tiếp xúc, đối thoại (II.2)",
        },
    ];

    /// <summary>Who may act, from the document (see the plan type's remarks for each reading).</summary>
    public static PlanAuthority Authority { get; } = new()
    {
        Grants =
        [
            new(PlanAction.Create, [Office]) { Clause = "Lời mở đầu; III.1" },
            new(PlanAction.Issue, [Chairman]) { Signed = true, Clause = "TM. THƯỜNG TRỰC HĐND, CHỦ TỊCH" },
            new(PlanAction.Complete, [Chairman]) { Signed = true },
            new(PlanAction.Cancel, [Chairman]) { Signed = true },
            new(PlanAction.ScheduleSession, [Chairman]) { Signed = true, Clause = "II.2" },
            new(PlanAction.RescheduleSession, [Chairman]) { Signed = true, Clause = "II.2" },
            new(PlanAction.PostponeSession, [Chairman]) { Signed = true },
            new(PlanAction.CancelSession, [Chairman]) { Signed = true },
            new(PlanAction.AddSession, [Chairman]) { Signed = true, Clause = "II.2; IV, đoạn cuối" },
            new(PlanAction.AnnounceSession, [Office]) { Clause = "III.1" },
            new(PlanAction.HoldSession, [Chairman]) { Signed = true, Clause = "II.3" },
            new(PlanAction.AnswerSessionInWriting, [Chairman]) { Signed = true, Clause = "I.2" },
            new(PlanAction.ConcludeSession, [Chairman]) { Signed = true, Clause = "III.2; III.3" },
            new(PlanAction.ReportSession, [Chairman]) { Signed = true, Delegates = [Office], Clause = "III.3" },
            new(PlanAction.CloseSession, [Chairman]) { Signed = true },
            new(PlanAction.ReceivePetition, [Office, Communes]) { Clause = "III.1; IV.3" },
            new(PlanAction.ClassifyPetition, [Office]) { Clause = "III.1" },
            new(PlanAction.AssignPetition, [Office, Chairman]) { Clause = "III.1; IV.1" },
            new(PlanAction.AnswerPetition, [Chairman, PeoplesCommittee, Agencies]) { Signed = true, Clause = "III.2" },
            new(PlanAction.RedirectPetition, [Chairman]) { Signed = true },
            new(PlanAction.EscalatePetition, [Chairman]) { Signed = true, Delegates = [Office], Clause = "I.1" },
            new(PlanAction.RejectPetition, [Chairman]) { Signed = true },
            new(PlanAction.NotifyPetitionResult, [Office, Agencies]) { Clause = "I.2; IV.1" },
            new(PlanAction.ClosePetition, [Office]) { Clause = "IV.1" },
        ],
        RecordingUnits = [Office],
        Clauses =
        [
            new("Văn phòng HĐND và UBND huyện theo dõi, đôn đốc, kiểm tra việc thực hiện kết luận và tổng hợp báo cáo: Văn phòng ghi nhận thay các đơn vị.",
                "The district Council and People's Committee office monitors, urges and checks the conclusions' implementation and compiles the reports: " +
                "it records the other units' work on their behalf.", "IV.1"),
            new("Kế hoạch do Chủ tịch HĐND huyện ký TM. Thường trực HĐND; Văn phòng tham mưu báo cáo, có thể ký TL.",
                "The plan is signed by the Council chairman on behalf of the standing committee (TM.); the office drafts the reports and may sign them by order (TL.).",
                "Thể thức; III.3"),
        ],
    };

    public static PetitionPolicy Petitions { get; } = new()
    {
        // Citizens speak at the session (III.2); the communes' compiled petitions come in beforehand (IV.3). No window is set.
        AcceptsAtSession = true,
        // "Kịp thời" only: the document sets no number of days for answers.
        AnswerDeadline = null,
        AnswerAnchor = PetitionAnswerAnchor.ConclusionIssued,
        AnswersInWritingWhenNotAnsweredAtSession = true,
        // "đề nghị cấp có thẩm quyền bổ sung, điều chỉnh các chủ trương, chính sách" (I.1).
        EscalatesBeyondAuthority = true,
        // The document provides for answers, assignment to the district's agencies and proposals upward, not for referring citizens elsewhere.
        RedirectsOutsideAuthority = false,
        Clauses =
        [
            new("Những ý kiến đề xuất, kiến nghị của Nhân dân tại các cuộc tiếp xúc, đối thoại phải được xem xét, giải đáp trả lời tại hội nghị hoặc chỉ đạo các cơ quan chuyên môn giải quyết kịp thời và trả lời Nhân dân.",
                "Citizens' proposals and petitions at the sessions must be considered and answered at the session, or the specialised agencies are directed to resolve them promptly and answer the citizens.",
                "I.2"),
            new("Kịp thời phát hiện những vấn đề vướng mắc, phát sinh từ thực tiễn để giải quyết hoặc đề nghị cấp có thẩm quyền bổ sung, điều chỉnh các chủ trương, chính sách, quy định chưa phù hợp.",
                "Detect problems arising in practice promptly, to resolve them or to propose that the competent level amend unsuitable policies and rules.",
                "I.1"),
            new("HĐND, UBND các xã, thị trấn tổng hợp kiến nghị, phản ánh của nhân dân, khó khăn vướng mắc của địa phương và đề xuất giải quyết để phục vụ tiếp xúc, đối thoại.",
                "The communes' and towns' Councils and People's Committees compile citizens' petitions and reports and local difficulties, with proposed solutions, for the session.",
                "IV.3"),
            new("Văn phòng HĐND&UBND huyện tổng hợp, nghiên cứu, phân loại nội dung đề xuất, kiến nghị, phản ánh, giao cho các cơ quan chức năng có liên quan chuẩn bị nội dung.",
                "The office compiles, studies and classifies the proposals, petitions and reports and assigns the competent agencies to prepare the answers.",
                "III.1"),
            new("Các đại biểu phát biểu ý kiến theo nhóm vấn đề với nội dung đã đăng ký; nghe tâm tư, nguyện vọng, ý kiến kiến nghị, phản ánh, đề xuất của Nhân dân về các nội dung đối thoại.",
                "Delegates speak by group of issues on the content they registered; the citizens' concerns, petitions, reports and proposals on the dialogue's topics are heard.",
                "III.2"),
            new("Chủ tịch HĐND, Lãnh đạo UBND huyện; người đứng đầu cơ quan, tổ chức trực tiếp trả lời hoặc phát biểu làm rõ những vấn đề liên quan.",
                "The Council chairman, the district People's Committee's leaders and the heads of the agencies and organisations answer directly or clarify the matters raised.",
                "III.2"),
            new("Văn phòng tổng hợp các ý kiến kiến nghị chưa được giải đáp tại Hội nghị, tham mưu văn bản cho Chủ tịch HĐND - UBND huyện giao nhiệm vụ cho các cơ quan liên quan giải quyết.",
                "The office compiles the petitions not answered at the session and drafts the document by which the chairmen of the district Council and People's Committee assign them to the agencies concerned.",
                "IV.1"),
        ],
    };

    public static IReadOnlyList<PolicyClause> Notes { get; } =
    [
        new("Mục đích: trực tiếp nắm bắt tâm tư nguyện vọng, phản ánh, kiến nghị của nhân dân, kịp thời chỉ đạo giải quyết ngay từ cơ sở; nâng cao trách nhiệm của các cấp chính quyền, cơ quan, đơn vị; bảo đảm quyền làm chủ và phát huy vai trò giám sát của Nhân dân; kịp thời phát hiện hạn chế, thiếu sót của đảng viên, cán bộ, công chức, viên chức.",
            "Purpose: hear citizens' concerns, reports and petitions directly and have them resolved at the grassroots; make every level of government and every agency more accountable; secure citizens' ownership and supervision; detect the shortcomings of Party members, officials and civil servants early.", "I.1"),
        new("Nội dung tập trung chủ yếu về: " + Topic, "Topics: economic development, culture and society, new rural areas; security, order and traffic safety; land use and land violations, natural resources and environment; forest management and forest economy; education, health, social security, poverty reduction and living standards.", "II.1"),
        new("Hình thức: tổ chức tiếp xúc đối thoại trực tiếp với nhân dân hoặc đại diện nhân dân.", "Form: direct meetings and dialogues with citizens or their representatives.", "II.2"),
        new("Quý II và Quý III: tiếp xúc, đối thoại với đại biểu HĐND các xã, thị trấn và bí thư chi bộ, tổ trưởng tổ dân phố và đại diện nhân dân của các đơn vị được nêu tên.",
            "Q2 and Q3: sessions with the commune and town Council deputies, Party cell secretaries, residential group heads and citizens' representatives of the named communes and towns.", "II.2"),
        new("Tổ chức tiếp xúc, đối thoại đột xuất khi có phát sinh các vấn đề, vụ việc trên địa bàn huyện cần chỉ đạo xử lý theo quy định; Chủ tịch HĐND huyện tổ chức tiếp xúc, đối thoại theo chuyên đề hoặc đột xuất khi cần thiết.",
            "Ad-hoc sessions are held whenever issues arise in the district that need direction; the chairman also holds thematic or ad-hoc sessions when needed.", "II.2; IV, đoạn cuối"),
        new("Văn bản không ấn định số ngày cho việc chuẩn bị (\"trước khi tiếp xúc, đối thoại\"), thông báo kết luận, đôn đốc, báo cáo và lập hồ sơ (\"sau hội nghị\", \"theo quy định\" – Quy chế ban hành kèm Quyết định 1158-QĐ/TU); các nhiệm vụ này không có hạn tính sẵn. Chỉ các việc tại hội nghị có hạn là ngày tổ chức.",
            "The document sets no number of days for the preparation (\"before the session\"), the conclusion notice, the follow-up, the reports or the dossier (\"after the session\", \"as required\" by the rules of Decision 1158-QĐ/TU); those tasks carry no computed deadline. Only the steps at the session are due on its day.", "III"),
        new("Việc giải quyết kiến nghị phải \"kịp thời\"; văn bản không ghi thời hạn trả lời.", "Petitions are to be resolved \"promptly\"; the document sets no answer deadline.", "I.2"),
        new("Yêu cầu: việc tiếp xúc, đối thoại trực tiếp với nhân dân đảm bảo dân chủ, công khai, hiệu quả, tránh hình thức.", "Requirement: the sessions are democratic, open and effective, not a formality.", "I.2"),
        new("Văn bản để trống số (\"Số: /KH-HĐND\") và ngày ban hành (\"Sơn Động, ngày tháng 01 năm 2024\"); ký TM. Thường trực HĐND, Chủ tịch Đỗ Văn Cẩm.",
            "The document leaves its number (\"Số: /KH-HĐND\") and its day (\"… January 2024\") blank; signed for the Council's standing committee by the chairman, Đỗ Văn Cẩm.", null),
        new("Nơi nhận: Thường trực HĐND tỉnh; Thường trực HU, HĐND, UBMTTQ huyện; Chủ tịch, các PCT UBND huyện; các đại biểu HĐND huyện; ĐU, HĐND, UBND các xã, thị trấn; LĐVP, CVTH; Lưu: VT.",
            "Distribution: the provincial Council's standing committee; the standing committees of the district Party committee, Council and Front; the district People's Committee's chairman and vice-chairmen; the district Council's deputies; the communes' and towns' Party committees, Councils and People's Committees; the office's leaders and staff; archive.", null),
    ];
}
