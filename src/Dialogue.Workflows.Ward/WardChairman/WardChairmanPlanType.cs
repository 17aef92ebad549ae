using System.Globalization;
using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using NodaTime;

namespace Dialogue.Workflows.Ward.WardChairman;

/// <summary>
/// <c>ward-chairman</c>: the dialogue between the chairman of a ward People's Committee and the
/// ward's people, after the 2023 plan of Chánh Lộ ward (Quảng Ngãi city) — one direct session in a
/// quarter, every unit's preparation ten days ahead, the time and place announced at least seven
/// working days ahead.
/// </summary>
/// <remarks>
/// <para>
/// Every default is the document's: one session in Quý III/2023, eight residential groups, Chánh Lộ
/// ward of Quảng Ngãi city. Each residential-group head gets his own tasks (<c>group-1</c> …
/// <c>group-N</c>), so changing <see cref="GroupsParameter"/> changes the units and tasks.
/// </para>
/// <para>
/// The document says the <em>city</em> People's Committee announces the time and place (II.4),
/// although it is the ward's plan; that wording is kept (task <c>city-notice</c>, owner <c>city</c>)
/// and explained in a note. The notice rule "ít nhất 07 ngày làm việc" is counted with seven whole
/// working days strictly between the notice and the session, the reading that is never late.
/// </para>
/// <para>
/// The document fixes no report of the results to a superior (the city is on the distribution list
/// "b/c", for the plan itself), so <see cref="PlanDefinition.ReportRecipients"/> is empty and a
/// session can close after its conclusion without a report.
/// </para>
/// <para>
/// Who may act (<see cref="PlanDefinition.Authority"/>) reads the document where its words do not map
/// one to one onto an action. The document does not say who drafts the plan: the office, which
/// "phối hợp chuẩn bị nội dung chương trình" (IV.3), creates it, and the chairman, who signs it
/// ("CHỦ TỊCH"), issues it (a vice-chairman may sign KT.). The city announces the session, as II.4 is
/// kept. The sections answer petitions only "khi có yêu cầu của chủ trì" (IV.2); the engine cannot see
/// the chair's request, so their heads may answer at any time. The reports and petitions of every unit
/// go "qua Văn phòng phường", so the office records any unit's task as done — including the city's
/// notice, which the document does not route through it: a recording unit cannot be limited to some
/// tasks. As the engine counts it, a recording unit may also take the other unsigned acts. Deviations
/// are the chairman's, and the city's too, since a deviation is recorded by whoever takes the deviating
/// act: a late notice can only be recorded with a deviation by the city that sends it.
/// </para>
/// </remarks>
public sealed class WardChairmanPlanType : IPlanType
{
    /// <summary>The type's key: <c>ward-chairman</c>.</summary>
    public const string TypeKey = "ward-chairman";

    /// <summary>The session's date or quarter (<c>2023-Q3</c> by default; a date <c>yyyy-MM-dd</c> once fixed).</summary>
    public const string SessionParameter = "session";

    /// <summary>The plan's year (<c>2023</c>).</summary>
    public const string YearParameter = "year";

    /// <summary>The number of residential groups, each head getting his own tasks (<c>8</c>).</summary>
    public const string GroupsParameter = "groups";

    /// <summary>
    /// The scope the chairman chooses (II.2): <c>ward</c> for the whole ward, or the numbers of the
    /// residential groups the session is held in. No default: the document leaves it to the chairman.
    /// </summary>
    public const string ScopeParameter = "scope";

    /// <summary>The scope value for a session with the whole ward.</summary>
    public const string WholeWardScope = "ward";

    /// <summary>The ward's name (<c>Chánh Lộ</c>).</summary>
    public const string WardParameter = "ward";

    /// <summary>The city the ward belongs to (<c>Quảng Ngãi</c>).</summary>
    public const string CityParameter = "city";

    /// <summary>The province the ward belongs to (<c>Quảng Ngãi</c>, the document's): its People's Committee is the ward's superior from 01/07/2025.</summary>
    public const string ProvinceParameter = "province";

    /// <summary>
    /// The body that announces the session. Default: the document's "UBND thành phố {city}" for a session before 01/07/2025; from
    /// then on the ward's own People's Committee, since the district-level city is gone (a named choice: Law 72/2025/QH15 leaves a
    /// commune's dialogue to the commune People's Committee, which announces it).
    /// </summary>
    public const string AnnouncerParameter = "announcer";

    /// <summary>
    /// The ward's superior body, invited and informed. Default: the document's "UBND thành phố {city}" before 01/07/2025, and
    /// "UBND tỉnh {province}" from then on, when the ward reports to the province.
    /// </summary>
    public const string SuperiorParameter = "superior";

    /// <summary>The wards merged into the ward in the 2025 arrangement, for the record (repeatable).</summary>
    public const string FormerWardsParameter = "former-wards";

    /// <summary>The venue (II.4).</summary>
    public const string VenueParameter = "venue";

    /// <summary>The chairman who signs the plan (<c>Lê Việt Dũng</c>).</summary>
    public const string SignerParameter = "signer";

    /// <summary>The documents the plan rests on (căn cứ).</summary>
    public const string BasisParameter = "basis";

    /// <summary>The plan's number, left blank in the document ("Số: /KH-UBND").</summary>
    public const string DocumentNumberParameter = "document-number";

    /// <summary>The plan's date of issue, left blank in the document ("ngày tháng 2 năm 2023").</summary>
    public const string IssuedOnParameter = "issued-on";

    private const string SessionKey = "session-1";

    private const string DocumentBasis =
        "Kế hoạch số 21/KH-UBND ngày 09/02/2023 của UBND thành phố Quảng Ngãi về việc tổ chức đối thoại giữa Chủ tịch UBND thành phố " +
        "với Nhân dân trên địa bàn thành phố Quảng Ngãi năm 2023";

    private const string BeforeTenDays = "trước 10 ngày tổ chức đối thoại";
    private const string SevenWorkingDays = "trước thời điểm tổ chức đối thoại ít nhất 07 ngày làm việc";

    /// <inheritdoc />
    public string Key => TypeKey;

    /// <inheritdoc />
    public int Version => 1;

    /// <inheritdoc />
    public string Title => "Đối thoại giữa Chủ tịch UBND phường với Nhân dân trên địa bàn phường";

    /// <inheritdoc />
    public string EnglishTitle => "Dialogue between the ward People's Committee chairman and the ward's people";

    /// <summary>
    /// Law 10/2022/QH15 Art. 32 (the chairman's dialogue at least once a year), with no end: the type serves wards before and after
    /// 01/07/2025, its announcing and superior bodies following the structure of the session's day (see <see cref="AnnouncerParameter"/>,
    /// <see cref="SuperiorParameter"/>). From 01/07/2025 a commune's yearly dialogue under Law 72/2025/QH15 Art. 43 is <c>commune-dialogue</c>.
    /// </summary>
    public LegalBasis LegalBasis { get; } = new(
        "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, Điều 32; kế hoạch của UBND phường Chánh Lộ năm 2023",
        "Law on Grassroots Democracy No. 10/2022/QH15, Art. 32; the 2023 plan of Chánh Lộ ward")
    {
        SourceStatus = "Điều 32: CONFIRMED.",
    };

    /// <inheritdoc />
    public IReadOnlyList<PlanParameter> Parameters { get; } =
    [
        new(SessionParameter, "Thời gian tổ chức đối thoại: một ngày, hoặc quý dự kiến", "When the session is held: a date, or the quarter planned",
            PlanParameterKind.DateOrPeriod) { Defaults = ["2023-Q3"] },
        new(YearParameter, "Năm của kế hoạch (mặc định: năm của buổi đối thoại)", "The plan's year (default: the session's year)", PlanParameterKind.Integer)
        {
            Minimum = 1995, Maximum = 2199,
        },
        new(GroupsParameter, "Số tổ dân phố", "Number of residential groups", PlanParameterKind.Integer) { Defaults = ["8"], Minimum = 1, Maximum = 200 },
        new(ScopeParameter, "Phạm vi đối thoại do Chủ tịch UBND phường quyết định: 'ward' (toàn phường) hoặc số các tổ dân phố",
            "The scope the chairman chooses: 'ward' (the whole ward) or the numbers of residential groups", PlanParameterKind.Text) { Multiple = true },
        new(WardParameter, "Tên phường", "The ward's name", PlanParameterKind.Text) { Defaults = ["Chánh Lộ"], DefaultPredatesReform = true },
        new(CityParameter, "Tên thành phố (cấp huyện, đến 30/06/2025)", "The city's name (district level, until 2025-06-30)", PlanParameterKind.Text)
        {
            Defaults = ["Quảng Ngãi"],
        },
        new(ProvinceParameter, "Tên tỉnh", "The province's name", PlanParameterKind.Text) { Defaults = ["Quảng Ngãi"] },
        new(AnnouncerParameter, "Cơ quan thông báo thời gian, địa điểm (mặc định: UBND thành phố trước 01/07/2025, UBND phường từ ngày đó)",
            "The body that announces the time and place (default: the city before 2025-07-01, the ward from then on)", PlanParameterKind.Text),
        new(SuperiorParameter, "Cơ quan cấp trên (mặc định: UBND thành phố trước 01/07/2025, UBND tỉnh từ ngày đó)",
            "The superior body (default: the city before 2025-07-01, the province from then on)", PlanParameterKind.Text),
        new(FormerWardsParameter, "Các phường cũ đã sắp xếp vào phường (để ghi nhận)", "The former wards merged into the ward (for the record)",
            PlanParameterKind.Text) { Multiple = true },
        new(VenueParameter, "Địa điểm", "Venue", PlanParameterKind.Text)
        {
            Defaults = ["Hội trường UBND phường hoặc tại điểm sinh hoạt văn hóa của tổ dân phố"],
        },
        new(SignerParameter, "Chủ tịch UBND phường ký kế hoạch", "The chairman who signs the plan", PlanParameterKind.Text) { Defaults = ["Lê Việt Dũng"] },
        new(BasisParameter, "Căn cứ (mặc định: kế hoạch của thành phố trước 01/07/2025, các luật từ ngày đó)",
            "Basis documents (default: the city's plan before 2025-07-01, the laws from then on)", PlanParameterKind.Text) { Multiple = true },
        new(DocumentNumberParameter, "Số kế hoạch", "The plan's number", PlanParameterKind.Text),
        new(IssuedOnParameter, "Ngày ban hành", "Date of issue", PlanParameterKind.Date),
    ];

    /// <inheritdoc />
    /// <exception cref="InvalidPlanParameterException">
    /// The session is not in the plan's year, the scope is neither <c>ward</c> nor distinct group
    /// numbers within <see cref="GroupsParameter"/>, or the plan would be issued after its session.
    /// </exception>
    public PlanDefinition Define(PlanParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var groups = parameters.Integer(GroupsParameter);
        var ward = parameters.Text(WardParameter);
        var session = parameters.Anchors(SessionParameter, "ngày tổ chức đối thoại", "day of the session")[0];
        var year = PlanYear.Resolve(parameters, YearParameter, SessionParameter, [session]);
        var twoTier = LocalGovernmentReform.IsTwoTier(session.Period.Start);
        var city = parameters.Text(CityParameter);
        var document = new PlanBody($"UBND thành phố {city}", $"{city} city People's Committee", IsDocuments: true);
        var announcer = PlanBody.ForDay(parameters.OptionalText(AnnouncerParameter), session.Period.Start, document,
            new PlanBody($"UBND phường {ward}", $"{ward} ward People's Committee"));
        var province = parameters.Text(ProvinceParameter);
        var superior = PlanBody.ForDay(parameters.OptionalText(SuperiorParameter), session.Period.Start, document,
            new PlanBody($"UBND tỉnh {province}", $"{province} provincial People's Committee"));

        var scope = Scope(parameters.Texts(ScopeParameter), groups);
        var issuedOn = parameters.OptionalText(IssuedOnParameter) is null ? (LocalDate?)null : parameters.Date(IssuedOnParameter);
        if (issuedOn is { } issued && issued > session.Period.End)
        {
            throw new InvalidPlanParameterException(Key, IssuedOnParameter, parameters.Text(IssuedOnParameter),
                $"a date on or before the session's last possible day {session.Period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        return new PlanDefinition
        {
            TypeKey = Key,
            TypeVersion = Version,
            Title = $"Tổ chức đối thoại giữa Chủ tịch UBND phường với Nhân dân trên địa bàn phường {ward} năm {year}",
            EnglishTitle = $"Dialogue between the chairman of the {ward} ward People's Committee and the ward's people, {year}",
            Issuer = $"UBND phường {ward}",
            Year = year,
            DocumentNumber = parameters.OptionalText(DocumentNumberParameter),
            IssuedOn = issuedOn,
            LegalBasis = LegalBasis,
            Basis = parameters.Texts(BasisParameter) is { Count: > 0 } basis ? basis
                : twoTier ? ["Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 (Điều 32)"] : [DocumentBasis],
            Units = Units(groups, announcer),
            Sessions =
            [
                new SessionDefinition(SessionKey,
                    "Đối thoại với nhân dân trên địa bàn phường về tình hình phát triển kinh tế - xã hội và thủ tục hành chính, giải quyết thủ tục hành chính",
                    "Dialogue with the ward's people on socio-economic development, administrative procedures and their handling", session)
                {
                    Venue = parameters.Text(VenueParameter),
                    Scope = scope,
                    Topic = "Trao đổi, tiếp nhận và trả lời những nội dung thắc mắc, khiếu nại, kiến nghị, phản ánh của Nhân dân về tình hình phát triển " +
                        "kinh tế - xã hội và thủ tục hành chính, giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết của UBND phường",
                },
            ],
            Tasks = Tasks(groups, year, announcer == document ? $"{city} city People's Committee, as the plan words it" : announcer.EnglishName),
            Participants = superior == document ? Participants(ward) : [.. Superiors(superior, ward), .. Participants(ward).Where(p => p.Level != "Cấp thành phố")],
            Petitions = Petitions(),
            Authority = Authority(groups),
            Rules = new PlanRules
            {
                AnnouncementLeadTime = DeadlineRule.WorkingDaysBefore(7, WorkingDaysBeforeConvention.ExcludeBothEnds, SevenWorkingDays),
                RequiresAnnouncement = true,
                RequiresConclusionNotice = true,
            },
            Notes =
            [
                .. Notes(session, city, parameters.Text(SignerParameter), groups,
                    unnumbered: parameters.OptionalText(DocumentNumberParameter) is null && issuedOn is null)
                    .Where(n => announcer == document || !n.Text.StartsWith("Thời gian, địa điểm chi tiết", StringComparison.Ordinal)),
                .. Structure(ward, announcer, superior, document, parameters.Texts(FormerWardsParameter)),
            ],
        };
    }

    private IReadOnlyList<string> Scope(IReadOnlyList<string> values, int groups)
    {
        const string Expected = "'ward' alone (the whole ward), or distinct residential-group numbers from 1 to the number of groups";
        if (values.Count == 0)
        {
            return [];
        }

        if (values.Any(v => v == WholeWardScope))
        {
            return values.Count == 1
                ? ["Toàn nhân dân trên địa bàn phường"]
                : throw new InvalidPlanParameterException(Key, ScopeParameter, string.Join(", ", values), Expected);
        }

        var numbers = new List<int>();
        foreach (var value in values)
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > groups || numbers.Contains(n))
            {
                throw new InvalidPlanParameterException(Key, ScopeParameter, value, $"{Expected} ({groups})");
            }

            numbers.Add(n);
        }

        return [.. numbers.Order().Select(n => $"Tổ dân phố {n}")];
    }

    private static List<ResponsibleUnit> Units(int groups, PlanBody announcer)
    {
        var units = new List<ResponsibleUnit>
        {
            new("chairman", "Chủ tịch UBND phường", "Chairman of the ward People's Committee"),
            // The key stays 'city' (the document's announcer) for the version's hosts; the name is the announcing body, the ward's own committee from 01/07/2025.
            new("city", announcer.Name, announcer.EnglishName),
            new("front", "Ủy ban Mặt trận Tổ quốc Việt Nam, các đoàn thể phường", "Ward Vietnam Fatherland Front committee and mass organisations"),
            new("departments", "Các ban ngành, đơn vị trực thuộc UBND phường", "Departments and units under the ward People's Committee"),
            new("one-stop", "Các bộ phận chuyên môn, bộ phận Một cửa của UBND phường",
                "Specialist sections and the one-stop desk of the ward People's Committee"),
            new("office", "Văn phòng phường", "Ward office"),
            new("justice", "Bộ phận Tư pháp phường", "Ward justice section"),
            new("land", "Bộ phận Địa chính - Môi trường", "Land administration and environment section"),
            new("construction", "Bộ phận xây dựng - QLTTĐT phường", "Ward construction and urban order section"),
            new("culture", "Bộ phận Văn hóa - Thông tin, Đài Truyền thanh phường", "Ward culture and information section and radio station"),
            new("police", "Công an phường", "Ward police"),
            new("finance", "Bộ phận Tài chính - Kế toán", "Finance and accounting section"),
            new("civil-defence", "Ban BVDP phường", "Ward civil defence team"),
            new("labour", "Bộ phận LĐ-TB&XH", "Labour, invalids and social affairs section"),
        };
        for (var n = 1; n <= groups; n++)
        {
            units.Add(new($"group-{n}", $"Tổ trưởng tổ dân phố {n}", $"Head of residential group {n}"));
        }

        return units;
    }

    private static List<TaskDefinition> Tasks(int groups, int year, string announcer)
    {
        var tenDays = DeadlineRule.CalendarDaysBefore(10, BeforeTenDays);
        var tasks = new List<TaskDefinition>
        {
            Task("chairman-scope", "Quyết định lựa chọn phạm vi đối thoại tại một số tổ dân phố hoặc với toàn nhân dân trên địa bàn phường",
                "Decide the scope: some residential groups, or the whole ward", "chairman", TaskPhase.Before, "II.2"),
            Task("city-notice", "Thông báo cụ thể thời gian, địa điểm chi tiết tổ chức đối thoại",
                $"Announce the exact time and place of the session ({announcer})", "city", TaskPhase.Before, "II.4",
                DeadlineRule.WorkingDaysBefore(7, WorkingDaysBeforeConvention.ExcludeBothEnds, SevenWorkingDays)),

            // IV.1: the Front is asked ("đề nghị"), not ordered: it is not under the People's Committee.
            Task("front-summary",
                "Nắm bắt tâm tư nguyện vọng của nhân dân, những vấn đề kiến nghị, phản ánh liên quan đến CCHC và giải quyết TTHC của UBND phường; " +
                "tổng hợp các ý kiến gửi về UBND phường (qua Văn phòng phường)",
                "Gather the people's concerns and their petitions on administrative reform and the ward's handling of procedures; " +
                "send the summary to the ward People's Committee (through the ward office)", "front", TaskPhase.Before, "IV.1", tenDays),

            Task("departments-prepare", "Chuẩn bị nội dung tham dự hội nghị tiếp xúc đối thoại",
                "Prepare what to contribute to the dialogue conference", "departments", TaskPhase.Before, "IV.2"),
            Task("departments-review",
                "Rà soát những nội dung nhiệm vụ được giao, những vấn đề vướng mắc trên địa bàn phường; tổng hợp, báo cáo và chủ động đề xuất với " +
                "UBND phường biện pháp giải quyết",
                "Review assigned duties and open problems in the ward; report them and propose solutions to the ward People's Committee",
                "departments", TaskPhase.Before, "IV.2"),
            Task("one-stop-review", $"Rà soát kết quả thực hiện công tác CCHC, giải quyết TTHC của tổ chức và cá nhân trong năm {year}",
                $"Review the results of administrative reform and of handling organisations' and citizens' procedures in {year}",
                "one-stop", TaskPhase.Before, "IV.2"),
            Task("departments-answer",
                "Tham dự hội nghị và trả lời giải quyết những vấn đề liên quan đến chức năng nhiệm vụ khi có yêu cầu của chủ trì đối thoại",
                "Attend the conference and answer matters within their remit when the chair asks", "departments", TaskPhase.At, "IV.2"),
            Task("departments-report", "Sau khi kết thúc hội nghị, tổng hợp báo cáo những nội dung nhiệm vụ liên quan theo kết luận của Chủ tịch UBND phường",
                "After the conference, report on the duties concerned as the chairman concluded", "departments", TaskPhase.After, "IV.2"),

            Task("office-classify",
                "Phối hợp tổng hợp, phân loại nội dung kiến nghị, phản ánh, giao các ban ngành, đơn vị liên quan tham mưu giải quyết",
                "Compile and classify the petitions and assign them to the departments concerned to propose answers", "office", TaskPhase.Before, "IV.3",
                supporting: ["front", "departments", .. GroupKeys(groups)]),
            Task("office-programme", "Phối hợp chuẩn bị nội dung chương trình, phục vụ cuộc tiếp xúc, đối thoại",
                "Help prepare the programme and serve the dialogue", "office", TaskPhase.Before, "IV.3"),
            Task("office-venue", "Chuẩn bị hội trường, trang trí khánh tiết và những nội dung liên quan công tác chuẩn bị phục vụ hội nghị",
                "Prepare the hall, its decoration and everything else the conference needs", "office", TaskPhase.Before, "IV.3"),
            Task("office-notify-results", "Thông báo kết quả giải quyết các ý kiến, kiến nghị sau khi tiếp xúc, đối thoại",
                "Announce how the opinions and petitions were resolved after the dialogue", "office", TaskPhase.After, "IV.3"),
            Task("office-urge", "Đôn đốc các cơ quan, đơn vị tham mưu cho UBND phường giải quyết yêu cầu, kiến nghị của cử tri",
                "Press the units to propose to the ward People's Committee how to resolve the voters' requests and petitions", "office", TaskPhase.After, "IV.3"),

            Task("justice-report",
                $"Rà soát, tổng hợp báo cáo Chủ tịch UBND phường những nội dung vụ việc từ đầu năm {year} đến nay, tập trung những đơn thư kiến nghị " +
                "chưa được giải quyết, nội dung phức tạp, kéo dài; gửi về UBND phường (qua Văn phòng phường)",
                $"Report to the chairman the cases since the start of {year}, above all unresolved petitions and complex, protracted matters; " +
                "send it to the ward People's Committee (through the ward office)", "justice", TaskPhase.Before, "IV.4", tenDays),
            Task("justice-results",
                "Tổng hợp, tham mưu thông báo kết quả giải quyết các ý kiến, kiến nghị sau khi tiếp xúc, đối thoại theo kết luận của Chủ tịch UBND phường (nếu có liên quan)",
                "Compile and draft the notice of how the petitions were resolved after the dialogue, as the chairman concluded (where concerned)",
                "justice", TaskPhase.After, "IV.4"),

            Task("land-report",
                "Rà soát, tổng hợp báo cáo Chủ tịch UBND phường những nội dung kiến nghị, tranh chấp đất đai phức tạp kéo dài; các tồn tại vướng mắc của " +
                "các dự án trên địa bàn phường; đề xuất biện pháp xử lý; gửi về UBND phường (qua Văn phòng phường)",
                "Report to the chairman the complex, protracted land petitions and disputes and the problems of projects in the ward, with proposed " +
                "measures; send it to the ward People's Committee (through the ward office)", "land", TaskPhase.Before, "IV.5", tenDays),

            Task("construction-report",
                "Rà soát, tổng hợp báo cáo Chủ tịch UBND phường về các trường hợp xây dựng trái phép, các trường hợp có quyết định xử phạt vi phạm hành chính " +
                "trong lĩnh vực đất đai, xây dựng trên địa bàn phường; biện pháp xử lý trong thời gian đến; gửi về UBND phường (qua Văn phòng phường)",
                "Report to the chairman the illegal constructions and the administrative fines in land and construction in the ward, with the measures " +
                "planned; send it to the ward People's Committee (through the ward office)", "construction", TaskPhase.Before, "IV.6", tenDays),

            Task("culture-mobile", "Tổ chức công tác tuyên truyền thông tin lưu động, treo băng rôn trên địa bàn",
                "Run mobile information campaigns and hang banners in the ward", "culture", TaskPhase.Before, "IV.7"),
            Task("culture-sound", "Chuẩn bị tốt âm thanh phục vụ đối thoại", "Prepare the sound system for the dialogue", "culture", TaskPhase.Before, "IV.7"),
            Task("culture-broadcast",
                "Thông tin, tuyên truyền về chủ trương, mục đích, ý nghĩa của hội nghị; thông báo trên hệ thống phát thanh nội dung của kế hoạch để nhân dân được biết",
                "Publicise the conference's policy, purpose and meaning; broadcast the plan's content on the radio system so the people know it",
                "culture", TaskPhase.Before, "IV.7"),
            Task("culture-article", "Tham dự và viết bài về chương trình hội nghị", "Attend and write an article about the conference",
                "culture", TaskPhase.At, "IV.7"),

            Task("police-plan", "Xây dựng kế hoạch bảo đảm an ninh cho hội nghị", "Draw up the security plan for the conference",
                "police", TaskPhase.Before, "IV.8"),
            Task("police-security",
                "Bố trí lực lượng, phương tiện bảo đảm an ninh cho hội nghị, an toàn cho nhân dân và các đại biểu tham dự hội nghị",
                "Deploy officers and equipment to keep the conference secure and the people and delegates safe", "police", TaskPhase.At, "IV.8"),

            Task("finance-funding", "Tham mưu UBND phường nguồn kinh phí tổ chức thực hiện Hội nghị đối thoại trên tinh thần hiệu quả, tiết kiệm",
                "Advise the ward People's Committee on funding the conference, effectively and economically", "finance", TaskPhase.Before, "IV.9"),

            Task("civil-defence-security",
                "Phối hợp cùng với lực lượng Công an phường bố trí lực lượng, phương tiện bảo đảm an ninh cho hội nghị, an toàn cho nhân dân và các đại biểu tham dự",
                "With the ward police, deploy people and equipment to keep the conference secure and the people and delegates safe",
                "civil-defence", TaskPhase.At, "IV.10", supporting: ["police"]),

            Task("labour-report",
                $"Rà soát việc tổ chức thực hiện công tác đảm bảo chính sách, an sinh xã hội trên địa bàn; việc tiếp nhận và giải quyết các thủ tục hành chính " +
                $"lĩnh vực chính sách - xã hội trong năm {year}; gửi về UBND phường (qua Văn phòng)",
                $"Review how social policies and social security were delivered in the ward and how social-policy procedures were received and handled in {year}; " +
                "send it to the ward People's Committee (through the office)", "labour", TaskPhase.Before, "IV.11", tenDays),
        };

        // IV.12 gives the same three duties to every residential-group head: one task each, so each head's is tracked.
        for (var n = 1; n <= groups; n++)
        {
            tasks.Add(Task($"group-{n}-inform",
                "Thông báo về nội dung, mục đích, ý nghĩa của hội nghị và nội dung của kế hoạch để nhân dân, các tổ chức và cá nhân trên địa bàn được biết",
                $"Tell the people and organisations of residential group {n} about the conference's content, purpose and meaning and about the plan",
                $"group-{n}", TaskPhase.Before, "IV.12"));
        }

        for (var n = 1; n <= groups; n++)
        {
            tasks.Add(Task($"group-{n}-invite",
                "Mời đại biểu của tổ dân phố và nhân dân, các tổ chức và cá nhân trên địa bàn tổ dân phố tham dự hội nghị",
                $"Invite residential group {n}'s delegates, people and organisations to the conference", $"group-{n}", TaskPhase.Before, "IV.12"));
        }

        for (var n = 1; n <= groups; n++)
        {
            tasks.Add(Task($"group-{n}-report",
                "Chủ động nắm tình hình tại tổ dân phố, báo cáo, đề xuất với UBND phường giải quyết những vấn đề vướng mắc cần giải quyết tại khu dân cư; " +
                "gửi về UBND phường (qua Văn phòng phường)",
                $"Keep track of residential group {n} and report and propose to the ward People's Committee the problems to resolve there; " +
                "send it to the ward People's Committee (through the ward office)", $"group-{n}", TaskPhase.Before, "IV.12", tenDays));
        }

        return tasks;
    }

    private static IEnumerable<string> GroupKeys(int groups) => Enumerable.Range(1, groups).Select(n => $"group-{n}");

    private static TaskDefinition Task(string key, string title, string englishTitle, string owner, TaskPhase phase, string clause,
        DeadlineRule? deadline = null, IReadOnlyList<string>? supporting = null) =>
        new(key, title, englishTitle, owner, phase)
        {
            Deadline = deadline,
            // A task the document gives no deadline counts from nothing.
            Anchor = deadline is null ? AnchorPoint.None : AnchorPoint.SessionDate,
            Clause = clause,
            Supporting = supporting ?? [],
        };

    private static List<ParticipantGroup> Superiors(PlanBody superior, string ward) =>
    [
        new($"Đại diện {superior.Name}", $"Representatives of the {superior.EnglishName}", ParticipantRole.Invited) { Level = "Cấp trên", Condition = "xét thấy cần thiết" },
        new("Cá nhân, tổ chức", "Citizens and organisations", ParticipantRole.Citizens)
        {
            Condition = $"có nhu cầu đối thoại liên quan đến việc giải quyết thủ tục hành chính của UBND phường {ward}",
        },
    ];

    /// <summary>The bodies above the ward when they are not the document's: who announces, who is the superior, and the merged wards.</summary>
    private static IEnumerable<PolicyClause> Structure(string ward, PlanBody announcer, PlanBody superior, PlanBody document, IReadOnlyList<string> formerWards)
    {
        if (announcer != document)
        {
            yield return new($"Thời gian, địa điểm chi tiết do {announcer.Name} thông báo trước thời điểm tổ chức đối thoại ít nhất 07 ngày làm việc " +
                $"(văn bản gốc ghi UBND thành phố; từ ngày 01/07/2025 không còn cấp huyện). Hạn được tính để giữa ngày thông báo và ngày đối thoại có trọn 07 ngày làm việc.",
                $"The {announcer.EnglishName} announces the exact time and place at least 7 working days before the session (the source plan names the city, " +
                "a district-level body that no longer exists from 2025-07-01). The deadline leaves 7 whole working days between the notice and the session.", "II.4");
        }

        if (superior != document)
        {
            yield return new($"Cơ quan cấp trên: {superior.Name} ({LocalGovernmentReform.Text}).", $"Superior body: the {superior.EnglishName} ({LocalGovernmentReform.EnglishText}).",
                "Nơi nhận");
        }

        if (LocalGovernmentReform.MergedUnitsNote($"Phường {ward}", $"{ward} ward", formerWards) is { } merged)
        {
            yield return merged;
        }
    }


    private static List<ParticipantGroup> Participants(string ward) =>
    [
        new("Chủ tịch UBND phường", "Chairman of the ward People's Committee", ParticipantRole.Chair) { Level = "Cấp phường" },
        new("Đại diện Thường trực HĐND, UBND thành phố", "Representatives of the city People's Council standing committee and People's Committee",
            ParticipantRole.Invited) { Level = "Cấp thành phố", Condition = "xét thấy cần thiết" },
        new("Các phòng, ban, đơn vị có liên quan thuộc UBND thành phố", "The city People's Committee's departments and units concerned",
            ParticipantRole.Invited) { Level = "Cấp thành phố" },
        new("Cá nhân, tổ chức trên địa bàn thành phố", "Citizens and organisations of the city", ParticipantRole.Citizens)
        {
            Level = "Cấp thành phố",
            Condition = $"có nhu cầu đối thoại liên quan đến việc giải quyết thủ tục hành chính của UBND phường {ward}",
        },
        new("Đại diện Thường trực Đảng ủy, HĐND, Ủy ban Mặt trận Tổ quốc Việt Nam, các hội, đoàn thể phường",
            "Representatives of the ward Party committee's standing members, the People's Council, the Fatherland Front committee and the mass organisations",
            ParticipantRole.Invited) { Level = "Cấp phường" },
        new("Các bộ phận giúp việc của Đảng ủy có liên quan", "The Party committee's assisting sections concerned", ParticipantRole.Invited)
        {
            Level = "Cấp phường",
        },
        new("Các ban ngành, đơn vị trực thuộc UBND phường", "Departments and units under the ward People's Committee (IV.2: attend and answer)",
            ParticipantRole.Invited) { Level = "Cấp phường" },
        new("Nhân dân trên địa bàn phường", "The people of the ward", ParticipantRole.Citizens) { Level = "Cấp phường" },
        new("Các tổ chức, cá nhân có nhu cầu đối thoại về thủ tục hành chính, giải quyết thủ tục hành chính",
            "Organisations and citizens who wish to discuss administrative procedures and their handling", ParticipantRole.Citizens)
        {
            Condition = "có nhu cầu đối thoại về thủ tục hành chính, giải quyết thủ tục hành chính",
        },
    ];

    /// <summary>
    /// Who may act, from the document: the chairman signs the plan and chairs the dialogue (signature
    /// block "CHỦ TỊCH"; II.2; IV.2 "khi có yêu cầu của chủ trì đối thoại"), the city announces the
    /// session (II.4), the office compiles, classifies and forwards petitions and announces their
    /// results (IV.3), the heads of the sections answer within their remit at the chair's request
    /// (IV.2), and every unit reports "qua Văn phòng phường", so the office records tasks done.
    /// </summary>
    private static PlanAuthority Authority(int groups)
    {
        string[] chairman = ["chairman"];
        string[] office = ["office"];
        return new PlanAuthority
        {
            Grants =
            [
                new(PlanAction.Create, office) { Clause = "IV.3" },
                new(PlanAction.Issue, chairman) { Signed = true, Clause = "Chữ ký: CHỦ TỊCH" },
                new(PlanAction.Complete, chairman) { Signed = true },
                new(PlanAction.Cancel, chairman) { Signed = true },
                new(PlanAction.ScheduleSession, chairman) { Signed = true, Clause = "II.2, II.4" },
                new(PlanAction.RescheduleSession, chairman) { Signed = true },
                new(PlanAction.PostponeSession, chairman) { Signed = true },
                new(PlanAction.CancelSession, chairman) { Signed = true },
                new(PlanAction.AddSession, chairman) { Signed = true },
                new(PlanAction.AnnounceSession, ["city"]) { Signed = true, Clause = "II.4" },
                new(PlanAction.HoldSession, chairman) { Signed = true, Clause = "IV.2" },
                new(PlanAction.AnswerSessionInWriting, chairman) { Signed = true },
                new(PlanAction.ConcludeSession, chairman) { Signed = true, Clause = "IV.2" },
                new(PlanAction.ReportSession, chairman) { Signed = true, Delegates = office },
                new(PlanAction.CloseSession, chairman) { Signed = true },
                new(PlanAction.ReceivePetition, ["office", "front", .. GroupKeys(groups)]) { Clause = "IV.1, IV.3, IV.12" },
                new(PlanAction.ClassifyPetition, office) { Clause = "IV.3" },
                new(PlanAction.AssignPetition, office) { Clause = "IV.3" },
                new(PlanAction.AnswerPetition, chairman) { Signed = true, Clause = "II.1" },
                new(PlanAction.AnswerPetition, ["departments", "one-stop", "justice", "land", "construction", "labour", "police"])
                {
                    Signed = true, Clause = "IV.2",
                },
                new(PlanAction.RedirectPetition, chairman) { Signed = true, Delegates = office },
                new(PlanAction.EscalatePetition, chairman) { Signed = true, Delegates = office },
                new(PlanAction.RejectPetition, chairman) { Signed = true, Delegates = office },
                new(PlanAction.NotifyPetitionResult, ["office", "justice"]) { Clause = "IV.3, IV.4" },
                new(PlanAction.ClosePetition, office) { Clause = "IV.3" },
                // The chairman answers for the plan; the city, which announces, answers for its own notice's lead time.
                new(PlanAction.Deviate, ["chairman", "city"]) { Signed = true, Clause = "II.4" },
            ],
            RecordingUnits = office,
            Clauses =
            [
                new PolicyClause("Các đơn vị gửi báo cáo về UBND phường qua Văn phòng phường: Văn phòng ghi nhận thay các đơn vị.",
                    "Units send their reports to the ward People's Committee through the ward office: the office records on their behalf.", "IV.1–IV.12"),
            ],
        };
    }

    private static PetitionPolicy Petitions() => new()
    {
        // Petitions come through the Front, the departments and the group heads, or at the session; the plan sets no form or window.
        RegistrationWindow = null,
        AcceptsAtSession = true,
        // II.1 names complaints among the topics; nothing is excluded.
        ExcludedCategories = [],
        AnswerDeadline = null,
        AnswersInWritingWhenNotAnsweredAtSession = true,
        Clauses =
        [
            new("Trao đổi, tiếp nhận và trả lời những nội dung thắc mắc, khiếu nại, kiến nghị, phản ánh của Nhân dân về tình hình phát triển kinh tế - xã hội " +
                "và thủ tục hành chính, giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết của UBND phường.",
                "The dialogue takes, discusses and answers the people's questions, complaints, petitions and reports on socio-economic development and on " +
                "administrative procedures within the ward People's Committee's authority.", "II.1"),
            new("Đảm bảo mọi phản ánh, kiến nghị của Nhân dân phải được tiếp nhận đầy đủ, xử lý kịp thời, hiệu quả đúng quy định.",
                "Every report and petition of the people must be received in full and handled promptly and effectively, as the rules require.", "I.2"),
            new("Thủ trưởng các cơ quan, đơn vị và cá nhân chịu trách nhiệm trước pháp luật và cơ quan cấp trên về trả lời các ý kiến phản ánh, kiến nghị của " +
                "Nhân dân khi tham gia đối thoại.",
                "Heads of units and individuals answer before the law and their superiors for the answers they give to petitions at the dialogue.", "I.2"),
            new("Ủy ban MTTQ và các đoàn thể phường tổng hợp kiến nghị, phản ánh của nhân dân liên quan đến CCHC và giải quyết TTHC, gửi về UBND phường " +
                "(qua Văn phòng phường) trước 10 ngày tổ chức đối thoại.",
                "The Front and the mass organisations compile the people's petitions on administrative reform and procedures and send them to the ward " +
                "(through the office) 10 days before the session.", "IV.1"),
            new("Các ban ngành, đơn vị trả lời giải quyết những vấn đề liên quan đến chức năng nhiệm vụ khi có yêu cầu của chủ trì đối thoại.",
                "The departments answer matters within their remit when the chair asks.", "IV.2"),
            new("Văn phòng phường tổng hợp, phân loại kiến nghị, phản ánh, giao các ban ngành, đơn vị liên quan tham mưu giải quyết; thông báo kết quả " +
                "giải quyết sau khi tiếp xúc, đối thoại; đôn đốc các cơ quan, đơn vị tham mưu giải quyết yêu cầu, kiến nghị của cử tri.",
                "The ward office compiles and classifies the petitions and assigns them to the departments concerned; announces the results after the " +
                "dialogue; and presses the units to propose how to resolve the voters' requests.", "IV.3"),
            new("Bộ phận Tư pháp tập trung những đơn thư kiến nghị chưa được giải quyết, nội dung phức tạp, kéo dài; tham mưu thông báo kết quả giải quyết " +
                "theo kết luận của Chủ tịch UBND phường (nếu có liên quan).",
                "The justice section concentrates on unresolved petitions and complex, protracted matters and drafts the notice of results as the chairman " +
                "concluded (where concerned).", "IV.4"),
            new("Tổ trưởng tổ dân phố chủ động nắm tình hình, báo cáo, đề xuất với UBND phường giải quyết những vấn đề vướng mắc tại khu dân cư trước 10 ngày " +
                "tổ chức đối thoại.",
                "Residential-group heads report and propose the problems of their area to the ward 10 days before the session.", "IV.12"),
        ],
    };

    private static List<PolicyClause> Notes(Anchor session, string city, string signer, int groups, bool unnumbered) =>
    [
        new("Mục đích: nâng cao trách nhiệm của người đứng đầu trong đối thoại với Nhân dân; nắm bắt tâm tư nguyện vọng, kịp thời chỉ đạo giải quyết kiến nghị; " +
            "tuyên truyền, phổ biến chủ trương, chính sách, pháp luật; phát hiện ưu điểm, hạn chế của chính sách và khuyết điểm của cán bộ, công chức.",
            "Purpose: make the head of the administration answerable in dialogue with the people; learn their concerns and have petitions resolved promptly; " +
            "explain the Party's and the State's policies and laws; find the strengths and weaknesses of policies and the shortcomings of officials.", "I.1"),
        new("Việc tổ chức đối thoại phải đảm bảo tính dân chủ, công khai, minh bạch, khách quan, thẳng thắn, trung thực, cởi mở, hợp tác, xây dựng; " +
            "được chuẩn bị chu đáo, đảm bảo chất lượng và nghiêm túc, thiết thực, hiệu quả.",
            "The dialogue must be democratic, public, transparent, objective, frank, honest, open, cooperative and constructive, and carefully, " +
            "seriously and effectively prepared.", "I.2"),
        new("Phạm vi đối thoại: tùy theo tình hình, Chủ tịch UBND phường quyết định lựa chọn phạm vi đối thoại tại một số tổ dân phố hoặc tổ chức đối thoại " +
            "với toàn nhân dân trên địa bàn phường.",
            "Scope: as circumstances require, the chairman chooses to hold the dialogue in some residential groups or with the whole ward.", "II.2"),
        new("Hình thức tổ chức: Đối thoại trực tiếp.", "Form: direct, face-to-face dialogue.", "II.3"),
        session.IsPending
            ? new($"Thời gian: dự kiến 01 buổi trong {session.Label}.", $"Time: one session planned in {session.EnglishLabel}.", "II.4")
            : new($"Thời gian: 01 buổi vào {session.Label}.", $"Time: one session on {session.EnglishLabel}.", "II.4"),
        new($"Thời gian, địa điểm chi tiết sẽ được UBND thành phố thông báo cụ thể trước thời điểm tổ chức đối thoại ít nhất 07 ngày làm việc. " +
            $"Văn bản ghi UBND thành phố (không phải UBND phường) thông báo – nhiều khả năng giữ nguyên từ kế hoạch của thành phố; giữ như văn bản " +
            $"(nhiệm vụ 'city-notice' do UBND thành phố {city} thực hiện). Hạn được tính để giữa ngày thông báo và ngày đối thoại có trọn 07 ngày làm việc.",
            $"The {city} city People's Committee will announce the exact time and place at least 7 working days before the session. The plan names the city " +
            "(not the ward) People's Committee, most likely carried over from the city's own plan; it is kept as written (task 'city-notice', owned by the city). " +
            "The deadline leaves 7 whole working days between the notice and the session, the reading that is never late.", "II.4"),
        new("Kinh phí tổ chức Hội nghị đối thoại được thực hiện theo quy định.", "The conference is funded as the rules provide.", "III"),
        new("Yêu cầu các ban ngành, đơn vị, tổ dân phố căn cứ chức năng, nhiệm vụ nghiêm túc triển khai thực hiện.",
            "Departments, units and residential groups must carry the plan out seriously within their remits.", "IV"),
        new($"Nơi nhận: UBND Thành phố (b/c); Cơ quan Tổ chức - Nội vụ TP; TT Đảng ủy, HĐND phường; CT, PCT UBND phường; Mặt trận, các ban ngành, đoàn thể; " +
            $"Các ban ngành, đơn vị, trường học; Cấp ủy Chi bộ, Tổ trưởng {groups} Tổ dân phố; Lưu VT. Kế hoạch không quy định báo cáo kết quả đối thoại lên cấp trên.",
            $"Distribution: the city People's Committee (for its information), the city's Organisation and Home Affairs office, the ward Party committee's standing " +
            $"members and People's Council, the ward chairman and vice-chairmen, the Front, departments and mass organisations, departments, units and schools, " +
            $"the Party cells and the {groups} residential-group heads; archive. The plan fixes no report of the dialogue's results to a superior.", "Nơi nhận"),
        new($"Chủ tịch UBND phường {signer} ký kế hoạch.", $"Signed by the ward chairman, {signer}.", "Thể thức"),
        .. unnumbered
            ? [new PolicyClause("Chưa có số và ngày ban hành: văn bản gốc (phường Chánh Lộ, 2023) để trống số và ngày (\"Số: /KH-UBND\", \"ngày tháng 2 năm 2023\").",
                "No number or date of issue: the source document (Chánh Lộ ward, 2023) leaves both blank (\"No. /KH-UBND\", \"… February 2023\").", "Thể thức")]
            : Array.Empty<PolicyClause>(),
    ];
}
