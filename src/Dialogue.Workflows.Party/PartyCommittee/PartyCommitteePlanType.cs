using System.Globalization;
using Dialogue.Workflows.Plans;
using NodaTime;

namespace Dialogue.Workflows.Party.PartyCommittee;

/// <summary>
/// The <c>party-committee</c> plan type: a ward Party committee's conference of direct meeting and
/// dialogue between the heads of the Party committee and the local government and the Fatherland
/// Front, the socio-political organisations and citizens, after plan 179-KH/ĐU of 21/09/2023 of the
/// Party Committee of Ward IV (Tây Ninh city).
/// </summary>
/// <remarks>
/// <para>
/// One conference, "dự kiến trong tháng 10" (III.1), co-chaired by the Party secretary, the ward
/// Council chair and the ward People's Committee chair (III.3), each answering the petitions of their
/// own domain (III.4, footnote 1). The Front and the unions survey their members and citizens and
/// send the results to the Party committee "chậm nhất ngày 04/10/2023" (IV.6) — a date the document
/// fixes, so it stays the same whatever day the conference is held on.
/// </para>
/// <para>
/// No other step has a number of days: preparation is "before" the conference, the People's
/// Committee answers "ngay sau khi có thông báo kết luận" (IV.2) and the Front supervises afterwards.
/// Those tasks carry no deadline rule (their anchors say what they follow); only the steps the
/// document places at the conference itself — minutes, answers, the closing conclusion, publicity
/// "trong Hội nghị" — are due on the conference's day.
/// </para>
/// <para>
/// Rules: the conference is in its planned month (October; another month only by a recorded deviation)
/// and after the survey's due day — the survey task is a <see cref="PlanRules.SessionPrerequisites"/>,
/// so the engine refuses to move the conference on or before it, as <see cref="Define"/> refuses it as
/// a parameter. The document names no one the results are reported to, so a report names no recipient.
/// </para>
/// <para>
/// <b>Across the 2025 reform.</b> District Party committees ended with the district level on 01/07/2025 (SECONDARY,
/// <see cref="LocalGovernmentReform"/>). For a conference from that day the superior is by default the province's Party
/// organisation (<see cref="ProvinceParameter"/>, <see cref="SuperiorParameter"/>): its standing members' representative is invited
/// in place of the city's three, and the plan is sent to it. Who announces is unchanged: the document already has the ward Party
/// committee announce, and <see cref="AnnouncerParameter"/> names another body only when a plan says so. The default basis keeps
/// only 218-QĐ/TW (<see cref="BasisParameter"/>). A merged ward records its former wards with <see cref="FormerWardsParameter"/>.
/// The document's dates (the survey's day, the issue day) must be given for another year.
/// </para>
/// <para>
/// Who may act (<see cref="PlanDefinition.Authority"/>), and where it reads the document:
/// </para>
/// <list type="bullet">
/// <item><description>The signature block is missing from the document as kept; a plan "Số 179-KH/ĐU" of
/// the ward Party committee is signed on behalf of the committee by its secretary ("T/M ĐẢNG ỦY, BÍ
/// THƯ"), so the secretary issues, completes or cancels the plan and fixes or moves the conference, and
/// a deputy secretary may sign KT. The Party office prepares the conference's "chương trình, nội dung,
/// thời gian" (IV.3): it creates (drafts) the plan and may sign the invitations ("sẽ có giấy mời sau",
/// III.1) and the report TL.</description></item>
/// <item><description>The three co-chairs (III.3) hold the conference and answer in writing when it cannot
/// meet; the secretary opens and concludes it ("Phát biểu kết luận, kết thúc hội nghị (đồng chí Bí thư Đảng
/// ủy)", III.4), so he alone concludes and closes it.</description></item>
/// <item><description>Footnote 1: each domain's route names its answering unit
/// (<see cref="PetitionRoute.Unit"/>) — the Party's leadership the secretary, the Council's work the
/// Council chair, the administration the People's Committee chair — so a petition of one domain answered
/// by another co-chair is refused. IV.2 has "Ủy ban nhân dân" answer the administration's petitions after
/// the conference; that is its chair. A petition with no domain may be answered by any co-chair.</description></item>
/// <item><description>Petitions come through the Front's survey (IV.6, "lấy phiếu ý kiến, phân loại, tổng hợp")
/// and the minutes the two offices take (IV.3, IV.5): those three receive and classify them; the Party
/// office sends the conclusions to the bodies concerned (IV.3) and the government office has the People's
/// Committee assign its units (IV.5), so both assign; the Party office and the People's Committee
/// ("gửi Mặt trận Tổ quốc … theo dõi, giám sát", IV.2) notify the results. Escalating, redirecting and
/// rejecting are kept to the co-chairs (II.3 "chỉ đạo giải quyết hoặc kiến nghị giải quyết").</description></item>
/// <item><description>The survey is sent "về Đảng ủy" and the plan is filed by the Party office ("Lưu Văn
/// phòng"), so the Party office records any unit's task as done (<see cref="PlanAuthority.RecordingUnits"/>);
/// as the engine counts it, it may also take the other unsigned acts. Waivers, extensions and deviations
/// fall to the secretary.</description></item>
/// </list>
/// </remarks>
public sealed class PartyCommitteePlanType : IPlanType
{
    /// <summary>The plan type's key.</summary>
    public const string TypeKey = "party-committee";

    /// <summary>Parameter: the conference's date or period (default <c>2023-10</c>, "dự kiến trong tháng 10").</summary>
    public const string SessionParameter = "session";

    /// <summary>Parameter: the year the plan runs in (default 2023).</summary>
    public const string YearParameter = "year";

    /// <summary>Parameter: the ward's name (default "Phường IV").</summary>
    public const string WardParameter = "ward";

    /// <summary>Parameter: the city's name (default "Thành phố Tây Ninh").</summary>
    public const string CityParameter = "city";

    /// <summary>
    /// Parameter: the province the ward belongs to (default <c>Tây Ninh</c>, the province of the document's city): its Party
    /// organisation is the ward Party committee's superior from 01/07/2025.
    /// </summary>
    public const string ProvinceParameter = "province";

    /// <summary>
    /// Parameter: the ward Party committee's superior, whose representatives are invited and to whom the plan is sent. Default: the
    /// document's "Đảng bộ {city}" (its heading, "ĐẢNG BỘ THÀNH PHỐ TÂY NINH") for a conference before 01/07/2025; from that day
    /// "Đảng bộ tỉnh {province}", since district Party committees ended with the district level (SECONDARY).
    /// </summary>
    public const string SuperiorParameter = "superior";

    /// <summary>
    /// Parameter: the body that announces the conference and sends the invitations ("sẽ có giấy mời sau", III.1). Default: the
    /// ward Party committee, in every year — the document has it announce, and the reform changes nothing here. A body given here
    /// that is not the ward Party committee becomes the unit <c>announcer</c>, which may announce the conference as the secretary may.
    /// </summary>
    public const string AnnouncerParameter = "announcer";

    /// <summary>Parameter: the wards merged into the ward in an arrangement of administrative units, for the record (repeatable).</summary>
    public const string FormerWardsParameter = "former-wards";

    /// <summary>
    /// Parameter: the documents the plan rests on (căn cứ), one per value. Default: the document's three for a conference before
    /// 01/07/2025; from that day only the Politburo's Quyết định 218-QĐ/TW the document cites, since the city's regulation and the
    /// ward's 2020–2025 working rules belong to bodies and a term that ended (a named choice; see <see cref="LegalBasis"/>).
    /// </summary>
    public const string BasisParameter = "basis";

    /// <summary>Parameter: the conference's venue (default the ward People's Committee's hall, 133 Nguyễn Trãi).</summary>
    public const string VenueParameter = "venue";

    /// <summary>Parameter: the day the Front's and unions' survey results are due (default 2023-10-04, "chậm nhất ngày 04/10/2023").</summary>
    public const string SurveyDueParameter = "survey-due";

    /// <summary>Parameter: the number of residential quarters (khu phố) of the ward (default 6).</summary>
    public const string QuartersParameter = "quarters";

    /// <summary>Parameter: the households invited from each quarter (default 5, "mỗi khu phố mời đại diện 05 hộ gia đình").</summary>
    public const string HouseholdsPerQuarterParameter = "households-per-quarter";

    /// <summary>Parameter: the Front committee members the Front invites (default 5, "05 ủy viên").</summary>
    public const string FrontMembersParameter = "front-members";

    /// <summary>Parameter: the members each socio-political organisation and mass association sends (default 5, "05 đoàn viên, hội viên/đơn vị").</summary>
    public const string MembersPerOrganisationParameter = "members-per-organisation";

    /// <summary>Parameter: the quarters whose Party cells sit under a sub-committee (Đảng ủy bộ phận; default 5 and 6).</summary>
    public const string SubCommitteeQuartersParameter = "subcommittee-quarters";

    /// <summary>Parameter: the plan's document number (default "179-KH/ĐU").</summary>
    public const string DocumentNumberParameter = "document-number";

    /// <summary>Parameter: the day the plan was issued (default 2023-09-21).</summary>
    public const string IssuedOnParameter = "issued-on";

    /// <inheritdoc />
    public string Key => TypeKey;

    /// <inheritdoc />
    public int Version => 1;

    /// <inheritdoc />
    public string Title => "Hội nghị tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân";

    /// <inheritdoc />
    public string EnglishTitle => "Conference of direct dialogue between the heads of the Party committee and the local government and the Fatherland Front, socio-political organisations and citizens";

    /// <summary>
    /// The basis the type follows: the Politburo's Quyết định 218-QĐ/TW of 12/12/2013, as plan 179-KH/ĐU of the Ward IV Party
    /// committee (2023) cites it. No period: a ward Party committee's dialogue did not end with the district level, so the type
    /// serves plans before and after 01/07/2025, its superior following the structure of the conference's day.
    /// </summary>
    /// <remarks>
    /// Which source says what, and how sure: the document (CONFIRMED, read) cites 218-QĐ/TW, the city's regulation 1816-QĐ/TU and the
    /// ward's working rules; whether 218-QĐ/TW is still in force was not checked (UNCONFIRMED), so the post-reform default basis keeps
    /// it as the document's citation and a plan names its own with <see cref="BasisParameter"/>. District Party committees ended on
    /// 01/07/2025 (SECONDARY, <see cref="LocalGovernmentReform"/>). Quy định 11-QĐi/TW as amended by Kết luận 215-KL/TW (SECONDARY):
    /// Party committee heads exist at province and commune level and answer a petitioner in writing within 10 working days; it fixes
    /// no dialogue frequency, so the type keeps the document's single conference and sets no answer deadline of its own.
    /// </remarks>
    public LegalBasis LegalBasis { get; } = new(
        "Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị; kế hoạch 179-KH/ĐU của Đảng ủy Phường IV (Tây Ninh) năm 2023",
        "Politburo Decision 218-QĐ/TW of 12/12/2013; plan 179-KH/ĐU of the Ward IV Party committee (Tây Ninh), 2023")
    {
        SourceStatus = "Văn bản gốc: CONFIRMED; hiệu lực hiện nay của 218-QĐ/TW: UNCONFIRMED (chưa kiểm tra); cấp ủy cấp huyện kết thúc từ 01/07/2025: SECONDARY. " +
            "The document: CONFIRMED; whether 218-QĐ/TW is still in force: UNCONFIRMED (not checked); district Party committees ended on 01/07/2025: SECONDARY.",
    };

    /// <inheritdoc />
    public IReadOnlyList<PlanParameter> Parameters { get; } =
    [
        new(SessionParameter, "Thời gian tổ chức hội nghị (ngày, hoặc tháng dự kiến)", "The conference's date, or the month planned", PlanParameterKind.DateOrPeriod)
        {
            Defaults = ["2023-10"],
        },
        new(YearParameter, "Năm thực hiện kế hoạch (mặc định: năm của hội nghị)", "The year the plan runs in (default: the conference's year)", PlanParameterKind.Integer)
        {
            Minimum = 1995, Maximum = 2199,
        },
        new(WardParameter, "Tên phường", "The ward's name", PlanParameterKind.Text) { Defaults = ["Phường IV"], DefaultPredatesReform = true },
        new(CityParameter, "Tên thành phố (cấp huyện, đến 30/06/2025)", "The city's name (district level, until 2025-06-30)", PlanParameterKind.Text)
        {
            Defaults = ["Thành phố Tây Ninh"],
        },
        new(ProvinceParameter, "Tên tỉnh", "The province's name", PlanParameterKind.Text) { Defaults = ["Tây Ninh"] },
        new(SuperiorParameter, "Cấp ủy cấp trên (mặc định: Đảng bộ thành phố trước 01/07/2025, Đảng bộ tỉnh từ ngày đó)",
            "The superior Party organisation (default: the city's before 2025-07-01, the province's from then on)", PlanParameterKind.Text),
        new(AnnouncerParameter, "Cơ quan thông báo, phát hành giấy mời (mặc định: Đảng ủy phường)",
            "The body that announces the conference and sends the invitations (default: the ward Party committee)", PlanParameterKind.Text),
        new(FormerWardsParameter, "Các phường cũ đã sắp xếp vào phường (để ghi nhận)", "The former wards merged into the ward (for the record)",
            PlanParameterKind.Text) { Multiple = true },
        new(BasisParameter, "Căn cứ (mặc định: ba văn bản của kế hoạch gốc trước 01/07/2025, Quyết định 218-QĐ/TW từ ngày đó)",
            "Basis documents (default: the source plan's three before 2025-07-01, Decision 218-QĐ/TW from then on)", PlanParameterKind.Text) { Multiple = true },
        new(VenueParameter, "Địa điểm", "The venue", PlanParameterKind.Text)
        {
            Defaults = [PartyCommitteeDocument.DocumentVenue], DefaultPredatesReform = true,
        },
        new(SurveyDueParameter, "Hạn gửi kết quả lấy phiếu ý kiến về Đảng ủy", "The day the survey results are due at the Party committee", PlanParameterKind.Date)
        {
            Defaults = ["2023-10-04"],
        },
        new(QuartersParameter, "Số khu phố", "The number of residential quarters", PlanParameterKind.Integer) { Defaults = ["6"], Minimum = 1, Maximum = 99 },
        new(HouseholdsPerQuarterParameter, "Số hộ gia đình mời mỗi khu phố", "Households invited from each quarter", PlanParameterKind.Integer)
        {
            Defaults = ["5"], Minimum = 1, Maximum = 99,
        },
        new(FrontMembersParameter, "Số ủy viên Mặt trận Tổ quốc Phường được mời", "Front committee members invited", PlanParameterKind.Integer)
        {
            Defaults = ["5"], Minimum = 1, Maximum = 99,
        },
        new(MembersPerOrganisationParameter, "Số đoàn viên, hội viên mỗi tổ chức cử dự", "Members each organisation sends", PlanParameterKind.Integer)
        {
            Defaults = ["5"], Minimum = 1, Maximum = 99,
        },
        new(SubCommitteeQuartersParameter, "Các khu phố có chi bộ trực thuộc Đảng ủy bộ phận", "Quarters whose Party cells sit under a sub-committee", PlanParameterKind.Integer)
        {
            Multiple = true, Defaults = ["5", "6"], Minimum = 1, Maximum = 99,
        },
        new(DocumentNumberParameter, "Số kế hoạch", "The plan's number", PlanParameterKind.Text) { Defaults = ["179-KH/ĐU"] },
        new(IssuedOnParameter, "Ngày ban hành kế hoạch", "The day the plan was issued", PlanParameterKind.Date) { Defaults = ["2023-09-21"] },
    ];

    /// <inheritdoc />
    /// <exception cref="InvalidPlanParameterException">
    /// The conference is outside the plan's year, it is held on or before the survey's due day (or
    /// planned for a period that ends before it), or a sub-committee quarter is not one of the ward's quarters.
    /// </exception>
    public PlanDefinition Define(PlanParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var text = parameters.Text(SessionParameter);
        // One value: Bind refuses a second, and the parameter has a default.
        var session = parameters.Anchors(SessionParameter, "ngày tổ chức hội nghị", "day of the conference")[0];
        var year = PlanYear.Resolve(parameters, YearParameter, SessionParameter, [session]);

        // The survey feeds the conference: a conference on or before the survey's day would go without it.
        var surveyDue = parameters.Date(SurveyDueParameter);
        if (session.Period.End <= surveyDue)
        {
            throw new InvalidPlanParameterException(Key, SessionParameter, text,
                $"a date after the survey results' due day {Iso(surveyDue)} (or a period that reaches past it)");
        }

        var quarters = parameters.Integer(QuartersParameter);
        var subCommittee = parameters.Texts(SubCommitteeQuartersParameter).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList();
        if (subCommittee.Find(q => q > quarters) is var outside and > 0)
        {
            throw new InvalidPlanParameterException(Key, SubCommitteeQuartersParameter, outside.ToString(CultureInfo.InvariantCulture),
                $"a quarter number from 1 to {quarters}, the ward's number of quarters");
        }

        if (subCommittee.Distinct().Count() != subCommittee.Count)
        {
            throw new InvalidPlanParameterException(Key, SubCommitteeQuartersParameter, string.Join(", ", subCommittee), "each quarter once");
        }

        var bodies = PartyCommitteeBodies.Read(parameters, session);
        var document = new PartyCommitteeDocument(
            parameters.Text(WardParameter), parameters.Text(CityParameter), year, surveyDue, quarters,
            parameters.Integer(HouseholdsPerQuarterParameter), parameters.Integer(FrontMembersParameter),
            parameters.Integer(MembersPerOrganisationParameter), subCommittee)
        {
            Bodies = bodies, Session = session, Venue = parameters.Text(VenueParameter),
        };
        return new PlanDefinition
        {
            TypeKey = Key,
            TypeVersion = Version,
            Title = document.PlanTitle,
            EnglishTitle = document.EnglishPlanTitle,
            Issuer = $"Đảng ủy {document.Ward}",
            Year = year,
            DocumentNumber = parameters.Text(DocumentNumberParameter),
            IssuedOn = parameters.Date(IssuedOnParameter),
            LegalBasis = LegalBasis,
            Basis = parameters.Texts(BasisParameter) is { Count: > 0 } basis ? basis
                : bodies.TwoTier ? [PartyCommitteeDocument.Basis[0]] : PartyCommitteeDocument.Basis,
            Units = [.. document.Units, .. bodies.AnnouncerUnit],
            Sessions =
            [
                new SessionDefinition("conference", document.SessionTitle, document.EnglishSessionTitle, session)
                {
                    Venue = parameters.Text(VenueParameter),
                    Scope = document.Scope,
                    Topic = PartyCommitteeDocument.Topic,
                },
            ],
            Tasks = document.Tasks,
            Agenda = PartyCommitteeDocument.Agenda,
            Participants = document.Participants,
            Petitions = document.Petitions,
            Authority = bodies.AnnouncerUnit.Count == 0 ? PartyCommitteeDocument.Authority : PartyCommitteeDocument.Authority with
            {
                Grants = [.. PartyCommitteeDocument.Authority.Grants, new(PlanAction.AnnounceSession, [PartyCommitteeBodies.AnnouncerKey]) { Signed = true, Clause = "III.1" }],
            },
            Rules = new PlanRules
            {
                // IV.6: the survey feeds the conference, which comes after its due day.
                SessionPrerequisites = ["front-survey"],
                // One conference, "sẽ có giấy mời sau" (III.1); no ad-hoc conferences are provided for.
                AllowsAdHocSessions = false,
                RequiresAnnouncement = true,
                RequiresConclusionNotice = true,
            },
            // The document names no one the results are reported to; "Nơi nhận" is the plan's distribution (see the notes).
            ReportRecipients = [],
            Notes = [.. document.Notes, .. bodies.Notes(document.Ward, parameters.Texts(FormerWardsParameter))],
        };
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
