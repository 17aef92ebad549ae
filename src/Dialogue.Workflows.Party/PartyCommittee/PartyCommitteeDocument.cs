using System.Globalization;
using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using NodaTime;

namespace Dialogue.Workflows.Party.PartyCommittee;

/// <summary>
/// What plan 179-KH/ĐU of the Ward IV Party Committee fixes, clause by clause, for the ward, the
/// counts and the survey date a plan is created with.
/// </summary>
internal sealed class PartyCommitteeDocument(
    string ward, string city, int year, LocalDate surveyDue, int quarters, int householdsPerQuarter, int frontMembers,
    int membersPerOrganisation, IReadOnlyList<int> subCommitteeQuarters)
{
    public const string Secretary = "secretary";
    public const string CouncilChair = "council-chair";
    public const string CommitteeChair = "pc-chair";
    public const string Council = "council";
    public const string PeoplesCommittee = "people-committee";
    public const string PartyOffice = "party-office";
    public const string Propaganda = "propaganda";
    public const string CultureCentre = "culture-centre";
    public const string GovernmentOffice = "council-pc-office";
    public const string Front = "front";

    public const string Topic =
        "Thông báo khái quát về tình hình phát triển kinh tế - xã hội; ý kiến đóng góp của Nhân dân về các chủ trương, chính sách quan trọng của cấp ủy, " +
        "chính quyền địa phương; góp ý, phản ánh về sự lãnh đạo của cấp ủy đảng, sự quản lý, điều hành của Ủy ban nhân dân, hoạt động của Hội đồng nhân dân, " +
        "của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội; trực tiếp giải quyết những vướng mắc, kiến nghị của Nhân dân";

    // A step the document places at the conference ("tại hội nghị", "trong Hội nghị") is due on its day;
    // counted forward with 0 days, so a conference held on a day off has it due by the next working day.
    private static readonly DeadlineRule AtTheConference = DeadlineRule.WithinDaysAfter(0, "tại hội nghị");

    public static IReadOnlyList<string> Basis { get; } =
    [
        "Quyết định số 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị (khóa XI) ban hành quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và Nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền",
        "Quyết định số 1816-QĐ/TU ngày 02/10/2017 của Ban Thường vụ Thành ủy về việc ban hành Quy chế tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền các cấp với Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân trên địa bàn thành phố Tây Ninh",
        "Quy chế làm việc số 03-QC/ĐU của Ban Chấp hành Đảng bộ, Ban Thường vụ Đảng ủy Phường IV khóa V, nhiệm kỳ 2020 – 2025 (sửa đổi, bổ sung năm 2022)",
    ];

    /// <summary>The bodies around the ward by the conference's day; the document's when not set.</summary>
    public PartyCommitteeBodies? Bodies { get; init; }

    /// <summary>The conference's date or planned period, for the notes.</summary>
    public Anchor? Session { get; init; }

    /// <summary>The conference's venue, for the notes.</summary>
    public string? Venue { get; init; }

    public string Ward => ward;

    public string PlanTitle => string.Create(CultureInfo.InvariantCulture,
        $"Kế hoạch tổ chức hội nghị tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân trên địa bàn năm {year}");

    public string EnglishPlanTitle => string.Create(CultureInfo.InvariantCulture,
        $"Plan for the {year} conference of direct dialogue between the heads of the Party committee and the local government and the Fatherland Front, the socio-political organisations and citizens of the ward");

    public string SessionTitle => string.Create(CultureInfo.InvariantCulture,
        $"Hội nghị tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân {ward} năm {year}");

    public string EnglishSessionTitle => string.Create(CultureInfo.InvariantCulture,
        $"{year} conference of direct dialogue of the heads of the {ward} Party committee and government with the Front, the socio-political organisations and citizens");

    public IReadOnlyList<string> Scope => [.. Enumerable.Range(1, quarters).Select(q => string.Create(CultureInfo.InvariantCulture, $"Khu phố {q}"))];

    public IReadOnlyList<ResponsibleUnit> Units =>
    [
        new(Secretary, $"Bí thư Đảng ủy {ward}", $"Secretary of the {ward} Party committee"),
        new(CouncilChair, $"Chủ tịch Hội đồng nhân dân {ward}", $"Chair of the {ward} People's Council"),
        new(CommitteeChair, $"Chủ tịch Ủy ban nhân dân {ward}", $"Chair of the {ward} People's Committee"),
        new(Council, $"Hội đồng nhân dân {ward}", $"{ward} People's Council"),
        new(PeoplesCommittee, $"Ủy ban nhân dân {ward}", $"{ward} People's Committee"),
        new(PartyOffice, "Văn phòng Đảng ủy", "Office of the Party committee"),
        new(Propaganda, "Tuyên giáo Đảng ủy", "Propaganda section of the Party committee"),
        new(CultureCentre, "Trung tâm Văn hóa - Thể thao và Truyền thanh", "Culture, Sports and Broadcasting Centre"),
        new(GovernmentOffice, "Văn phòng HĐND và UBND", "Office of the People's Council and People's Committee"),
        new(Front, "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội, hội quần chúng", "Fatherland Front, socio-political organisations and mass associations"),
    ];

    /// <summary>The tasks in the order they are done: before, at and after the conference; within a phase, the document's order.</summary>
    public IReadOnlyList<TaskDefinition> Tasks =>
    [
        // Before the conference.
        new("council-select-issues",
            "Chủ động thực hiện hoặc phối hợp lựa chọn những vấn đề được dư luận quan tâm, gây bức xúc trong Nhân dân, thường xuyên được phản ánh, kiến nghị liên quan đến các lĩnh vực để đề xuất với cấp ủy, chính quyền",
            "Select, alone or with others, the matters of public concern and frustration that are often raised in petitions, and propose them to the Party committee and the government",
            Council, TaskPhase.Before) { Clause = "IV.1" },
        new("front-monitor",
            "Theo chức năng, nhiệm vụ chủ động nắm tình hình trong đoàn viên, hội viên và Nhân dân về những vấn đề mà đoàn viên, hội viên phản ánh, kiến nghị và người dân quan tâm, bức xúc",
            "Within their remit, keep track of what members raise and what concerns and frustrates citizens",
            Front, TaskPhase.Before) { Clause = "IV.6" },
        new("front-survey",
            "Tổ chức lấy phiếu ý kiến, phân loại, tổng hợp ý kiến gửi về Đảng ủy",
            "Run the opinion survey, classify and compile the opinions, and send them to the Party committee",
            Front, TaskPhase.Before)
        {
            Deadline = DeadlineRule.OnOrBefore(surveyDue, $"Thời gian chậm nhất ngày {surveyDue.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}"),
            Anchor = AnchorPoint.None,
            Clause = "IV.6",
        },
        new("front-delegates",
            string.Create(CultureInfo.InvariantCulture,
                $"Mặt trận Tổ quốc chọn mời {frontMembers:00} ủy viên của Mặt trận Tổ quốc {ward}; các tổ chức chính trị - xã hội, hội quần chúng chọn cử {membersPerOrganisation:00} đoàn viên, hội viên/đơn vị đến tham dự hội nghị (tham gia phát biểu ý kiến phản ánh những vấn đề có liên quan đến công tác lãnh đạo của cấp ủy, hoạt động của Hội đồng nhân dân, vai trò quản lý, điều hành của Ủy ban nhân dân)"),
            string.Create(CultureInfo.InvariantCulture,
                $"The Front invites {frontMembers} members of its ward committee, and each socio-political organisation and mass association sends {membersPerOrganisation} members, to attend and speak on the Party committee's leadership, the Council's work and the People's Committee's administration"),
            Front, TaskPhase.Before) { Clause = "IV.6" },
        new("party-office-preparation",
            "Phối hợp các cơ quan có liên quan tham mưu chuẩn bị tổ chức hội nghị tiếp xúc, đối thoại: chương trình, nội dung, thời gian của hội nghị",
            "With the bodies concerned, prepare the conference: its programme, content and time",
            PartyOffice, TaskPhase.Before) { Clause = "IV.3", Supporting = [GovernmentOffice] },
        new("government-office-preparation",
            "Phối hợp các cơ quan có liên quan tham mưu chuẩn bị tổ chức hội nghị tiếp xúc, đối thoại",
            "With the bodies concerned, prepare the conference",
            GovernmentOffice, TaskPhase.Before) { Clause = "IV.5", Supporting = [PartyOffice] },
        new("prepare-answers",
            "Tham mưu lãnh đạo Ủy ban nhân dân phân công các đơn vị chuyên môn giải trình, trả lời và tổng hợp các nội dung giải trình, trả lời các ý kiến phản ánh, kiến nghị có liên quan đến hoạt động của Hội đồng nhân dân, vai trò quản lý, điều hành của Ủy ban nhân dân để tổng hợp và báo cáo tại hội nghị",
            "Advise the People's Committee's leaders on assigning the specialised units to explain and answer the petitions on the Council's work and the People's Committee's administration, and compile the answers to report at the conference",
            GovernmentOffice, TaskPhase.Before) { Clause = "IV.5" },
        new("propaganda-before",
            "Định hướng Trung tâm Văn hóa - Thể thao và Truyền thanh xây dựng những chuyên trang, chuyên mục tuyên truyền, phổ biến rộng rãi nội dung, mục đích, yêu cầu của Kế hoạch trước Hội nghị để quần chúng Nhân dân biết",
            "Guide the Culture, Sports and Broadcasting Centre to run pages and programmes publicising the plan's content, purpose and requirements before the conference",
            Propaganda, TaskPhase.Before) { Clause = "IV.4", Supporting = [CultureCentre] },

        // At the conference.
        new("direct-units",
            "Chỉ đạo các đơn vị có liên quan tham dự hội nghị tiếp xúc, đối thoại và có trách nhiệm nghiên cứu, xem xét, trả lời những vấn đề, những nội dung người dân phản ánh, kiến nghị có liên quan đến lĩnh vực, chức năng, nhiệm vụ được giao",
            "Direct the units concerned to attend the conference and to study, consider and answer the matters citizens raise in their fields",
            PeoplesCommittee, TaskPhase.At) { Deadline = AtTheConference, Clause = "IV.2" },
        new("secretary-answers",
            "Trả lời lĩnh vực liên quan vai trò lãnh đạo của Đảng",
            "Answer on the Party's leadership",
            Secretary, TaskPhase.At) { Deadline = AtTheConference, Clause = "III.4, chú thích 1" },
        new("council-chair-answers",
            "Trả lời lĩnh vực liên quan hoạt động của Hội đồng nhân dân",
            "Answer on the People's Council's work",
            CouncilChair, TaskPhase.At) { Deadline = AtTheConference, Clause = "III.4, chú thích 1" },
        new("pc-chair-answers",
            "Trả lời lĩnh vực liên quan đến quản lý, hoạt động của chính quyền",
            "Answer on the government's administration and work",
            CommitteeChair, TaskPhase.At) { Deadline = AtTheConference, Clause = "III.4, chú thích 1" },
        new("closing-conclusion",
            "Phát biểu kết luận, kết thúc hội nghị",
            "Give the concluding remarks and close the conference",
            Secretary, TaskPhase.At) { Deadline = AtTheConference, Clause = "III.4" },
        new("party-office-minutes",
            "Ghi biên bản các ý kiến phát biểu tại hội nghị",
            "Take the minutes of what is said at the conference",
            PartyOffice, TaskPhase.At) { Deadline = AtTheConference, Clause = "IV.3" },
        new("government-office-minutes",
            "Ghi biên bản các ý kiến phát biểu tại hội nghị",
            "Take the minutes of what is said at the conference",
            GovernmentOffice, TaskPhase.At) { Deadline = AtTheConference, Clause = "IV.5" },
        new("propaganda-during",
            "Định hướng Trung tâm Văn hóa - Thể thao và Truyền thanh tuyên truyền, phổ biến rộng rãi nội dung, mục đích, yêu cầu của Kế hoạch trong Hội nghị để quần chúng Nhân dân biết",
            "Guide the Culture, Sports and Broadcasting Centre to publicise the plan's content, purpose and requirements during the conference",
            Propaganda, TaskPhase.At)
        {
            Deadline = DeadlineRule.WithinDaysAfter(0, "trong Hội nghị"), Clause = "IV.4", Supporting = [CultureCentre],
        },

        // After the conference.
        new("conclusion-notice",
            "Thông báo ý kiến kết luận của người đứng đầu cấp ủy, chính quyền đến các cơ quan, đơn vị liên quan để xem xét, giải quyết các ý kiến theo thẩm quyền (trừ những nội dung đã được trả lời, làm rõ ngay tại hội nghị)",
            "Send the heads' conclusions to the bodies concerned to consider and resolve the opinions within their authority (except what was answered and clarified at the conference)",
            PartyOffice, TaskPhase.After) { Anchor = AnchorPoint.SessionHeld, Clause = "IV.3" },
        new("answer-outstanding",
            "Ngay sau khi có thông báo kết luận hội nghị, nghiên cứu, xem xét, trả lời những vấn đề phản ánh, kiến nghị của người dân theo quy định của Đảng, pháp luật của Nhà nước mà chưa được làm rõ tại hội nghị",
            "Right after the conclusion notice, study, consider and answer, under the Party's rules and the law, the citizens' petitions not cleared at the conference",
            PeoplesCommittee, TaskPhase.After) { Anchor = AnchorPoint.ConclusionIssued, Clause = "IV.2" },
        new("send-answers-to-front",
            "Gửi Mặt trận Tổ quốc và các tổ chức chính trị - xã hội theo dõi, giám sát",
            "Send the answers to the Front and the socio-political organisations to follow and supervise",
            PeoplesCommittee, TaskPhase.After) { Anchor = AnchorPoint.ConclusionIssued, Clause = "IV.2" },
        new("council-supervision",
            "Sau hội nghị tiếp xúc, đối thoại tiếp tục chỉ đạo, giám sát việc tổ chức giải quyết những kiến nghị có liên quan được các đại biểu đặt ra",
            "After the conference, keep directing and supervising the resolution of the related petitions the delegates raised",
            Council, TaskPhase.After) { Anchor = AnchorPoint.SessionHeld, Clause = "IV.1" },
        new("front-supervision",
            "Giám sát việc thực hiện kết luận sau hội nghị",
            "Supervise the implementation of the conclusions after the conference",
            Front, TaskPhase.After) { Anchor = AnchorPoint.ConclusionIssued, Clause = "IV.6" },
        new("front-mobilisation",
            "Tuyên truyền vận động các tầng lớp Nhân dân thực hiện theo kết quả giải quyết của các cơ quan chức năng",
            "Encourage all citizens to act on the competent bodies' resolutions",
            Front, TaskPhase.After) { Anchor = AnchorPoint.ConclusionIssued, Clause = "IV.6" },
        new("propaganda-after",
            "Định hướng Trung tâm Văn hóa - Thể thao và Truyền thanh tuyên truyền, phổ biến rộng rãi nội dung, mục đích, yêu cầu của Kế hoạch sau Hội nghị để quần chúng Nhân dân biết",
            "Guide the Culture, Sports and Broadcasting Centre to publicise the plan's content, purpose and requirements after the conference",
            Propaganda, TaskPhase.After) { Anchor = AnchorPoint.SessionHeld, Clause = "IV.4", Supporting = [CultureCentre] },
    ];

    public static IReadOnlyList<AgendaItem> Agenda { get; } =
    [
        new(1, "Tuyên bố lý do, giới thiệu đại biểu tham dự hội nghị; giới thiệu chủ trì hội nghị và thư ký hội nghị; thông qua chương trình hội nghị",
            "Statement of purpose, introduction of the delegates, of the chairs and the secretary; adoption of the programme",
            "Văn phòng Đảng ủy", "Office of the Party committee"),
        new(2, "Chủ trì hội nghị nêu mục đích, yêu cầu, nội dung hội nghị", "The chair states the conference's purpose, requirements and content",
            "Đồng chí Bí thư Đảng ủy", "The Party committee secretary"),
        new(3, "Thông báo nhanh về tình hình kinh tế - xã hội của Phường", "Brief report on the ward's economic and social situation",
            "Đồng chí Chủ tịch UBND", "The People's Committee chair"),
        new(4, "Điều hành chương trình phát biểu ý kiến, kiến nghị của các đại biểu tham dự hội nghị", "Moderating the delegates' statements and petitions",
            "MTTQ Phường", "The ward Fatherland Front"),
        new(5, "Chủ trì hội nghị trực tiếp giải thích, trao đổi, tiếp thu, trả lời các ý kiến, kiến nghị tại hội nghị hoặc yêu cầu lãnh đạo các cơ quan, đơn vị có liên quan phát biểu, trả lời làm rõ, giải quyết những vấn đề được nêu tại hội nghị (theo từng lĩnh vực)",
            "The chairs explain, discuss, take in and answer the opinions and petitions, or ask the leaders of the bodies concerned to answer and resolve them (by domain)",
            "Chủ trì hội nghị theo từng lĩnh vực: Bí thư Đảng ủy (lãnh đạo của Đảng), Chủ tịch HĐND Phường (hoạt động của HĐND), Chủ tịch UBND (quản lý, hoạt động của chính quyền); lãnh đạo các cơ quan, đơn vị có liên quan khi được yêu cầu",
            "The chairs by domain: the Party secretary (Party leadership), the Council chair (the Council's work), the People's Committee chair (administration); the leaders of the bodies concerned when asked"),
        new(6, "Phát biểu kết luận, kết thúc hội nghị", "Concluding remarks and close", "Đồng chí Bí thư Đảng ủy", "The Party committee secretary"),
    ];

    public IReadOnlyList<ParticipantGroup> Participants
    {
        get
        {
            const string CityLevel = "Cấp Thành phố";
            const string WardLevel = "Cấp phường";
            const string QuarterLevel = "Khu phố";
            var subCommittee = string.Join(", ", subCommitteeQuarters.Select(q => q.ToString(CultureInfo.InvariantCulture)));
            List<ParticipantGroup> superiors = Bodies is { Superior.IsDocuments: false } bodies
                ?
                [
                    new($"Đại diện Thường trực {bodies.Superior.Name}", $"A representative of the standing members of {bodies.Superior.EnglishName}",
                        ParticipantRole.Invited) { Level = "Cấp trên" },
                ]
                :
                [
                    new("Đại diện Thường trực Thành ủy", "A representative of the city Party committee's standing members", ParticipantRole.Invited) { Level = CityLevel },
                    new("Đại diện lãnh đạo Ban Dân vận Thành ủy", "A leader of the city Party committee's mass mobilisation board", ParticipantRole.Invited) { Level = CityLevel },
                    new($"Đại diện lãnh đạo UB. MTTQVN {city}", $"A leader of the {city} Fatherland Front committee", ParticipantRole.Invited) { Level = CityLevel },
                ];
            return
            [
                new($"Đồng chí Bí thư Đảng ủy {ward}", $"The {ward} Party committee secretary", ParticipantRole.CoChair),
                new($"Đồng chí Chủ tịch Hội đồng nhân dân {ward}", $"The {ward} People's Council chair", ParticipantRole.CoChair),
                new($"Đồng chí Chủ tịch Ủy ban nhân dân {ward}", $"The {ward} People's Committee chair", ParticipantRole.CoChair),
                new("Thư ký hội nghị", "The conference's secretary", ParticipantRole.Secretary)
                {
                    Condition = "Được giới thiệu khi khai mạc (III.4); văn bản không nêu người cụ thể",
                },
                .. superiors,
                new("Các đồng chí Ủy viên Ban Chấp hành Đảng bộ phường", "Members of the ward Party executive committee", ParticipantRole.Invited) { Level = WardLevel },
                new("Đại diện lãnh đạo Mặt trận Tổ quốc, các tổ chức chính trị - xã hội; các hội quần chúng Phường",
                    "Leaders of the ward Front, the socio-political organisations and the mass associations", ParticipantRole.Invited) { Level = WardLevel },
                new("Công chức Văn hóa – xã hội, Địa chính, Tư pháp, Văn phòng – Thống kê, Kế toán phường",
                    "Ward civil servants for culture and society, land, justice, office and statistics, and accounts", ParticipantRole.Invited) { Level = WardLevel },
                new("Đại diện Đội thuế phường", "A representative of the ward tax team", ParticipantRole.Invited) { Level = WardLevel },
                new("Đại diện Trạm Y tế phường", "A representative of the ward health station", ParticipantRole.Invited) { Level = WardLevel },
                new($"Tổ quản lý trật tự chợ {ward}", $"The {ward} market order team", ParticipantRole.Invited) { Level = WardLevel },
                new($"Ủy viên Ủy ban Mặt trận Tổ quốc {ward}", $"Members of the {ward} Fatherland Front committee", ParticipantRole.Invited)
                {
                    Level = WardLevel, Quota = new(frontMembers, frontMembers),
                    Condition = "Mặt trận Tổ quốc chọn mời; tham gia phát biểu ý kiến (IV.6)",
                },
                new("Đoàn viên, hội viên các tổ chức chính trị - xã hội, hội quần chúng", "Members of the socio-political organisations and mass associations", ParticipantRole.Invited)
                {
                    Level = WardLevel, Quota = new(membersPerOrganisation, membersPerOrganisation, "đơn vị", "organisation"),
                    Condition = "Mỗi tổ chức chọn cử; tham gia phát biểu ý kiến (IV.6)",
                },
                new("Bí thư, Phó Bí thư các chi, đảng bộ trực thuộc Đảng ủy", "Secretaries and deputy secretaries of the Party cells and branches under the ward Party committee", ParticipantRole.Invited)
                {
                    Level = QuarterLevel,
                },
                new($"Bí thư, Phó Bí thư các chi bộ trực thuộc Đảng ủy bộ phận khu phố {subCommittee}",
                    $"Secretaries and deputy secretaries of the Party cells under the sub-committee of quarters {subCommittee}", ParticipantRole.Invited) { Level = QuarterLevel },
                new(string.Create(CultureInfo.InvariantCulture, $"Các đồng chí trưởng {quarters} khu phố"),
                    string.Create(CultureInfo.InvariantCulture, $"Heads of the {quarters} residential quarters"), ParticipantRole.Invited)
                {
                    Level = QuarterLevel, Quota = new(1, 1, "khu phố", "quarter"),
                },
                new(string.Create(CultureInfo.InvariantCulture, $"Các đồng chí Trưởng Ban Công tác Mặt trận {quarters} khu phố"),
                    string.Create(CultureInfo.InvariantCulture, $"Heads of the Front work committees of the {quarters} quarters"), ParticipantRole.Invited)
                {
                    Level = QuarterLevel, Quota = new(1, 1, "khu phố", "quarter"),
                },
                new(string.Create(CultureInfo.InvariantCulture, $"Nhân dân {quarters} khu phố (mỗi khu phố mời đại diện {householdsPerQuarter:00} hộ gia đình)"),
                    string.Create(CultureInfo.InvariantCulture, $"Citizens of the {quarters} quarters ({householdsPerQuarter} households' representatives invited from each)"), ParticipantRole.Citizens)
                {
                    Level = QuarterLevel, Quota = new(householdsPerQuarter, householdsPerQuarter, "khu phố", "quarter"),
                },
            ];
        }
    }

    /// <summary>Who may act, from the document (see the plan type's remarks for each reading).</summary>
    public static PlanAuthority Authority { get; } = new()
    {
        Grants =
        [
            new(PlanAction.Create, [PartyOffice]) { Clause = "IV.3" },
            new(PlanAction.Issue, [Secretary]) { Signed = true, Clause = "T/M ĐẢNG ỦY, BÍ THƯ" },
            new(PlanAction.Complete, [Secretary]) { Signed = true },
            new(PlanAction.Cancel, [Secretary]) { Signed = true },
            new(PlanAction.ScheduleSession, [Secretary]) { Signed = true, Delegates = [PartyOffice], Clause = "III.1; IV.3" },
            new(PlanAction.RescheduleSession, [Secretary]) { Signed = true, Delegates = [PartyOffice], Clause = "III.1; IV.3" },
            new(PlanAction.PostponeSession, [Secretary]) { Signed = true },
            new(PlanAction.CancelSession, [Secretary]) { Signed = true },
            new(PlanAction.AddSession, [Secretary]) { Signed = true },
            new(PlanAction.AnnounceSession, [Secretary]) { Signed = true, Delegates = [PartyOffice], Clause = "III.1" },
            new(PlanAction.HoldSession, [Secretary, CouncilChair, CommitteeChair]) { Signed = true, Clause = "III.3" },
            new(PlanAction.AnswerSessionInWriting, [Secretary, CouncilChair, CommitteeChair]) { Signed = true, Clause = "III.3" },
            new(PlanAction.ConcludeSession, [Secretary]) { Signed = true, Clause = "III.4" },
            new(PlanAction.ReportSession, [Secretary]) { Signed = true, Delegates = [PartyOffice] },
            new(PlanAction.CloseSession, [Secretary]) { Signed = true, Clause = "III.4" },
            new(PlanAction.ReceivePetition, [Front, PartyOffice, GovernmentOffice]) { Clause = "IV.3; IV.5; IV.6" },
            new(PlanAction.ClassifyPetition, [Front, PartyOffice, GovernmentOffice]) { Clause = "IV.6" },
            new(PlanAction.AssignPetition, [PartyOffice, GovernmentOffice]) { Clause = "IV.3; IV.5" },
            new(PlanAction.AnswerPetition, [Secretary, CouncilChair, CommitteeChair]) { Signed = true, Clause = "III.4, chú thích 1" },
            new(PlanAction.RedirectPetition, [Secretary, CouncilChair, CommitteeChair]) { Signed = true },
            new(PlanAction.EscalatePetition, [Secretary, CouncilChair, CommitteeChair]) { Signed = true, Clause = "II.3" },
            new(PlanAction.RejectPetition, [Secretary, CouncilChair, CommitteeChair]) { Signed = true },
            new(PlanAction.NotifyPetitionResult, [PartyOffice, PeoplesCommittee]) { Clause = "IV.2; IV.3" },
            new(PlanAction.ClosePetition, [PartyOffice]) { Clause = "IV.3" },
        ],
        RecordingUnits = [PartyOffice],
        Clauses =
        [
            new("Đồng chí Bí thư Đảng ủy, Chủ tịch HĐND và Chủ tịch UBND Phường đồng chủ trì; mỗi đồng chí trả lời lĩnh vực của mình (chú thích 1).",
                "The Party secretary, the Council chair and the People's Committee chair co-chair; each answers the petitions of his own domain (footnote 1).",
                "III.3; III.4"),
            new("Ý kiến được gửi về Đảng ủy; Văn phòng Đảng ủy ghi nhận thay các đơn vị.",
                "Opinions are sent to the Party committee; its office records the units' work on their behalf.", "IV.6; Nơi nhận"),
        ],
    };

    public PetitionPolicy Petitions => new()
    {
        // Delegates speak at the conference (III.4 item 4); the Front's survey brings the rest beforehand (IV.6). No registration window.
        AcceptsAtSession = true,
        Routes =
        [
            new("party-leadership", "Lĩnh vực liên quan vai trò lãnh đạo của Đảng", "The Party's leadership",
                "Đồng chí Bí thư Đảng ủy", "The Party committee secretary") { Unit = Secretary },
            new("council-activity", "Lĩnh vực liên quan hoạt động của Hội đồng nhân dân", "The People's Council's work",
                "Đồng chí Chủ tịch HĐND Phường", "The ward People's Council chair") { Unit = CouncilChair },
            new("administration", "Lĩnh vực liên quan đến quản lý, hoạt động của chính quyền", "The government's administration and work",
                "Đồng chí Chủ tịch Ủy ban nhân dân", "The People's Committee chair") { Unit = CommitteeChair },
        ],
        // "Ngay sau khi có thông báo kết luận": the answers follow the conclusion notice, with no number of days.
        AnswerDeadline = null,
        AnswerAnchor = PetitionAnswerAnchor.ConclusionIssued,
        AnswersInWritingWhenNotAnsweredAtSession = true,
        // "chỉ đạo giải quyết hoặc kiến nghị giải quyết sau khi kết thúc hội nghị" (II.3).
        EscalatesBeyondAuthority = true,
        // The conclusions go to the bodies concerned to resolve within their authority; referring citizens elsewhere is not provided for.
        RedirectsOutsideAuthority = false,
        Clauses =
        [
            new("Đồng chí Bí thư Đảng ủy trả lời lĩnh vực liên quan vai trò lãnh đạo của Đảng. Đồng chí Chủ tịch HĐND Phường trả lời lĩnh vực liên quan hoạt động của hội đồng nhân dân. Đồng chí Chủ tịch Uỷ ban nhân dân trả lời lĩnh vực liên quan đến quản lý, hoạt động của chính quyền.",
                "The Party secretary answers on the Party's leadership; the ward Council chair on the Council's work; the People's Committee chair on administration and the government's work.",
                "III.4, chú thích 1"),
            new("Chủ trì hội nghị trực tiếp giải thích, trao đổi, tiếp thu, trả lời các ý kiến, kiến nghị tại hội nghị hoặc yêu cầu lãnh đạo các cơ quan, đơn vị có liên quan phát biểu, trả lời làm rõ, giải quyết những vấn đề được nêu tại hội nghị (theo từng lĩnh vực).",
                "The chairs answer at the conference, or ask the leaders of the bodies concerned to answer, clarify and resolve the matters raised, by domain.",
                "III.4"),
            new("Trực tiếp giải quyết những vướng mắc, kiến nghị của Nhân dân trong quá trình tiếp xúc, đối thoại; chỉ đạo giải quyết hoặc kiến nghị giải quyết sau khi kết thúc hội nghị.",
                "Citizens' problems and petitions are resolved directly during the dialogue, or their resolution is directed or recommended after the conference.",
                "II.3"),
            new("Sau hội nghị, các vấn đề nêu ra phải được giải quyết kịp thời, đúng quy định của Đảng, chính sách, pháp luật của Nhà nước.",
                "After the conference, the matters raised must be resolved promptly and under the Party's rules and the State's law.",
                "I.2"),
            new("Ủy ban nhân dân: ngay sau khi có thông báo kết luận hội nghị, nghiên cứu, xem xét, trả lời những vấn đề phản ánh, kiến nghị của người dân mà chưa được làm rõ tại hội nghị; đồng thời, gửi Mặt trận Tổ quốc và các tổ chức chính trị - xã hội theo dõi, giám sát.",
                "The People's Committee answers, right after the conclusion notice, the petitions not cleared at the conference, and sends the answers to the Front and the socio-political organisations to supervise.",
                "IV.2"),
            new("Văn phòng Đảng ủy thông báo ý kiến kết luận đến các cơ quan, đơn vị liên quan để xem xét, giải quyết các ý kiến theo thẩm quyền (trừ những nội dung đã được trả lời, làm rõ ngay tại hội nghị).",
                "The Party committee's office sends the conclusions to the bodies concerned to resolve within their authority, except what was answered at the conference.",
                "IV.3"),
            new("Mặt trận Tổ quốc và các tổ chức chính trị - xã hội, hội quần chúng tổ chức lấy phiếu ý kiến, phân loại, tổng hợp ý kiến gửi về Đảng ủy; thời gian chậm nhất ngày " +
                SurveyDueText + ".",
                "The Front, the socio-political organisations and the mass associations survey opinions, classify and compile them and send them to the Party committee by the date the plan fixes.",
                "IV.6"),
            new("Nội dung góp ý: các chủ trương, chính sách quan trọng của cấp ủy, chính quyền địa phương; những vấn đề liên quan trực tiếp đến quyền và lợi ích hợp pháp, chính đáng của Nhân dân; sự lãnh đạo của cấp ủy đảng, sự quản lý, điều hành của Ủy ban nhân dân, hoạt động của Hội đồng nhân dân, của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội; mối quan hệ giữa cấp ủy, tổ chức đảng và đảng viên với Nhân dân; đạo đức, lối sống, thái độ và tinh thần trách nhiệm của cán bộ, đảng viên, công chức, viên chức.",
                "What citizens may raise: important policies of the local Party committee and government; matters of their lawful rights and interests; the Party committee's leadership, the People's Committee's administration, the work of the Council, the Front and the organisations; the relations of Party bodies and members with citizens; officials' ethics, conduct and sense of duty.",
                "II.2"),
        ],
    };

    public IReadOnlyList<PolicyClause> Notes =>
    [
        new("Mục đích: kịp thời lắng nghe tâm tư, nguyện vọng, kiến nghị của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và các tầng lớp nhân dân; tuyên truyền, phổ biến chủ trương, chính sách; phát huy vai trò giám sát và phản biện xã hội; tăng cường mối quan hệ giữa Đảng, Nhà nước với Nhân dân.",
            "Purpose: hear the Front's, the organisations' and citizens' concerns and petitions; publicise policies; strengthen supervision and social criticism; strengthen the bond between the Party, the State and the people.", "I.1"),
        new("Yêu cầu: chuẩn bị chặt chẽ, chu đáo, hiệu quả, bảo đảm dân chủ, công khai, minh bạch, khách quan, có trọng tâm, trọng điểm, tránh phô trương, hình thức.",
            "Requirements: careful, effective preparation; democratic, open, transparent and objective; focused; no show or formality.", "I.2"),
        new("Nội dung hội nghị: " + Topic + ".", "Content: the economic and social situation; citizens' views on local policies, on the Party committee's leadership, the People's Committee's administration and the work of the Council, the Front and the organisations; direct resolution of citizens' problems.", "II"),
        // The document's words while the conference is planned for an October, as it is; otherwise the conference's own time.
        Session switch
        {
            null => TimeNote,
            { IsPending: true } when Session.Period.Start.Month == 10 && Session.Period.End.Month == 10 => TimeNote,
            { IsPending: true } => new($"Thời gian: 01 buổi, dự kiến trong {Session.Label} (sẽ có giấy mời sau).",
                $"Time: one half-day session, planned in {Session.EnglishLabel} (invitations to follow).", "III.1"),
            _ => new($"Thời gian: 01 buổi vào {Session.Label} (sẽ có giấy mời sau).", $"Time: one half-day session on {Session.EnglishLabel} (invitations to follow).", "III.1"),
        },
        Venue is null or DocumentVenue ? VenueNote : new($"Địa điểm: {Venue}.", $"Venue: {Venue}.", "III.2"),
        new("Chỉ kết quả lấy phiếu ý kiến có ngày cố định (chậm nhất ngày " + SurveyDueText + "). Văn bản không ấn định số ngày cho việc chuẩn bị trước hội nghị, cho việc thông báo kết luận (\"sau hội nghị\") hay cho việc trả lời kiến nghị (\"ngay sau khi có thông báo kết luận\"); các nhiệm vụ này không có hạn tính sẵn. Các việc tại hội nghị có hạn là ngày tổ chức.",
            "Only the survey results have a fixed date. The document sets no number of days for the preparation, the conclusion notice (\"after the conference\") or the answers (\"right after the conclusion notice\"); those tasks carry no computed deadline. The steps at the conference are due on its day.", "III; IV"),
        new("Ngày gửi kết quả lấy phiếu (" + SurveyDueText + ") nằm trong tháng dự kiến tổ chức hội nghị: hội nghị phải được tổ chức sau ngày này để có kết quả phục vụ hội nghị.",
            "The survey's date falls inside the month planned for the conference: the conference must come after it to have the results.", "III.1; IV.6"),
        Bodies is { Superior.IsDocuments: false } bodies
            ? new($"Văn bản không quy định báo cáo kết quả hội nghị lên cấp trên. Kế hoạch gửi {bodies.Superior.Name} (cấp trên) và các cơ quan, tổ chức của phường; " +
                "văn bản gốc gửi Ban Thường vụ, Ban Dân vận Thành ủy và MTTQVN Thành phố.",
                $"The document requires no report of the conference's results to a higher body. The plan is sent to {bodies.Superior.EnglishName} (the superior) and the " +
                "ward's bodies and organisations; the source plan was sent to the city Party committee's standing board, its mass mobilisation board and the city Front.", null)
            : new("Văn bản không quy định báo cáo kết quả hội nghị lên cấp trên. Nơi nhận kế hoạch: Ban Thường vụ Thành ủy; Ban Dân vận Thành ủy; MTTQVN Thành phố Tây Ninh; Ủy ban nhân dân Phường; MTTQ và các tổ chức CT-XH, hội quần chúng Phường; các chi, đảng bộ trực thuộc Đảng ủy và Đảng ủy bộ phận; các đồng chí Đảng ủy viên; lưu Văn phòng.",
            "The document requires no report of the conference's results to a higher body. The plan is sent to the city Party standing committee, its mass mobilisation board, the city Front, the ward People's Committee, the ward Front and organisations, the Party cells and branches, the Party committee members, and the office's archive.", null),
    ];

    /// <summary>The venue the document names (III.2): the type's default for <c>venue</c>.</summary>
    public const string DocumentVenue = "Hội trường UBND Phường (số 133, đường Nguyễn Trãi, khu phố 6, phường IV, Thành phố Tây Ninh)";

    private static readonly PolicyClause TimeNote =
        new("Thời gian: 01 buổi, dự kiến trong tháng 10 (sẽ có giấy mời sau).", "Time: one half-day session, planned for October (invitations to follow).", "III.1");

    private static readonly PolicyClause VenueNote =
        new("Địa điểm: " + DocumentVenue + ".", "Venue: the ward People's Committee's hall, 133 Nguyễn Trãi street, quarter 6, Ward IV, Tây Ninh city.", "III.2");

    private string SurveyDueText => surveyDue.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
